package org.gongkai.app;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;

/**
 * An integration test of the whole application on H2 (the embedded default). Every such class has
 * a twin on PostgreSQL: {@code class XPostgresIntegrationTests extends XIntegrationTests} annotated
 * {@link PostgresIntegrationTest} ({@code DatabaseTwinsTests} fails the build when one is missing).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
public @interface IntegrationTest {}
