package org.gongkai.app.system;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.config.annotation.web.http.EnableJdbcHttpSession;
import org.springframework.session.web.http.DefaultCookieSerializer;

/**
 * Sessions live in the database ({@code spring_session}, created by Flyway) so that any application
 * node can serve any request (docs/adr/0004). Spring Boot 4 moved Spring Session's auto-configuration
 * into {@code spring-boot-session-jdbc}, which this build does not have: without this annotation the
 * sessions would silently stay in each node's memory. Thirty minutes of inactivity end a session.
 */
@Configuration(proxyBeanMethods = false)
@EnableJdbcHttpSession(maxInactiveIntervalInSeconds = SessionConfiguration.THIRTY_MINUTES)
class SessionConfiguration {
    static final int THIRTY_MINUTES = 30 * 60;

    /** The session cookie: not readable by scripts, not sent on cross-site requests, Secure over HTTPS. */
    @Bean
    DefaultCookieSerializer cookieSerializer() {
        DefaultCookieSerializer cookie = new DefaultCookieSerializer();
        cookie.setCookieName("SESSION");
        cookie.setUseHttpOnlyCookie(true);
        cookie.setSameSite("Lax");
        return cookie;
    }
}
