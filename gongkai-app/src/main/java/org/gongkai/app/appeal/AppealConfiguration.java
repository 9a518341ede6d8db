package org.gongkai.app.appeal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** The appeal module's settings: {@link AppealProperties} ({@code gongkai.appeals.*}). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AppealProperties.class)
class AppealConfiguration {}
