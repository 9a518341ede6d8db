package org.gongkai.app.request;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The request module's settings: the fee schedule ({@code gongkai.fees.*}). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(FeeSchedule.class)
class RequestConfiguration {
    @Bean
    ProcessingFees processingFees(FeeSchedule schedule) {
        return new ProcessingFees(schedule);
    }
}
