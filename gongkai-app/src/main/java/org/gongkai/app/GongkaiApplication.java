package org.gongkai.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The Gongkai platform: the public portal ({@code /}), the agency office ({@code /office}), the
 * supervising office ({@code /supervision}) and the JSON API ({@code /api}). Each feature is a
 * package and a Spring Modulith module ({@code agency}, {@code calendar}, {@code system}, …).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
@EnableAsync
public class GongkaiApplication {
    public static void main(String[] args) {
        SpringApplication.run(GongkaiApplication.class, args);
    }
}
