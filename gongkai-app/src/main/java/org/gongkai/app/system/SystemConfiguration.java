package org.gongkai.app.system;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Time comes from one injected {@link Clock} in Asia/Shanghai: deadlines are law, tests pin dates. */
@Configuration(proxyBeanMethods = false)
class SystemConfiguration {
    @Bean
    Clock clock(@Value("${gongkai.zone:Asia/Shanghai}") String zone) {
        return Clock.system(ZoneId.of(zone));
    }
}
