package org.gongkai.app.request;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The request module's settings: the fee schedule ({@code gongkai.fees.*}) and the identity-hash key. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(FeeSchedule.class)
class RequestConfiguration {
    @Bean
    ProcessingFees processingFees(FeeSchedule schedule) {
        return new ProcessingFees(schedule);
    }

    /** The key of the identity numbers' hashes: {@code gongkai.request.identity-key}; set your own. */
    @Bean
    IdentityHashes identityHashes(
            @Value("${gongkai.request.identity-key:gongkai-demo-identity-key-change-me}") String key) {
        return new IdentityHashes(key);
    }
}
