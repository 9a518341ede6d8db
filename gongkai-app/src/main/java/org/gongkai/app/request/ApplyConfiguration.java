package org.gongkai.app.request;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The public application form's settings ({@code gongkai.apply.*}) and its body size limit. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ApplyProperties.class)
class ApplyConfiguration {
    /** Before Spring Security's filters (order -100), so that no oversized body is parsed. */
    static final int SIZE_LIMIT_ORDER = -200;

    @Bean
    FilterRegistrationBean<PublicFormSizeLimit> publicFormSizeLimit(ApplyProperties settings) {
        FilterRegistrationBean<PublicFormSizeLimit> registration =
                new FilterRegistrationBean<>(new PublicFormSizeLimit(settings.maxBodyBytes()));
        registration.setOrder(SIZE_LIMIT_ORDER);
        return registration;
    }
}
