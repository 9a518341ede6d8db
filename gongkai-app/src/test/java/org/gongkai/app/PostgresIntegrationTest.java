package org.gongkai.app;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.test.context.ActiveProfiles;

/**
 * Runs the annotated subclass of an {@link IntegrationTest} on PostgreSQL at 127.0.0.1:5432; skipped,
 * with a message saying so, when no server answers there (CI always has one).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(PostgresAvailable.class)
@ActiveProfiles({"test", "postgres"})
public @interface PostgresIntegrationTest {}
