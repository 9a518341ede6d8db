package org.gongkai.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;

/**
 * Every integration test runs on both databases: each class annotated {@link IntegrationTest} (H2)
 * has a subclass annotated {@link PostgresIntegrationTest}. Adding an integration test without its
 * PostgreSQL twin fails the build here, naming the class to add.
 */
class DatabaseTwinsTests {

    @Test
    void everyIntegrationTestHasItsPostgresTwin() throws ClassNotFoundException {
        List<Class<?>> h2 = new ArrayList<>();
        List<Class<?>> twins = new ArrayList<>();
        for (Class<?> c : scan(IntegrationTest.class)) {
            (c.isAnnotationPresent(PostgresIntegrationTest.class) ? twins : h2).add(c);
        }
        Set<String> missing = new TreeSet<>();
        for (Class<?> test : h2) {
            boolean twinned = twins.stream().anyMatch(t -> t.getSuperclass() == test);
            if (!twinned) {
                missing.add(test.getName() + " → add: @PostgresIntegrationTest class "
                        + test.getSimpleName().replace("IntegrationTests", "PostgresIntegrationTests")
                        + " extends " + test.getSimpleName() + " {}");
            }
        }

        assertThat(h2).as("integration tests found by the scan").isNotEmpty();
        assertThat(missing).as("integration tests without a PostgreSQL twin").isEmpty();
    }

    @Test
    void twinsAreNamedAfterTheirDatabase() throws ClassNotFoundException {
        for (Class<?> c : scan(PostgresIntegrationTest.class)) {
            assertThat(c.getSimpleName()).as(c.getName()).contains("Postgres");
            assertThat(c.getSuperclass().isAnnotationPresent(IntegrationTest.class))
                    .as(c.getName() + " extends an @IntegrationTest class")
                    .isTrue();
        }
    }

    private static List<Class<?>> scan(Class<? extends java.lang.annotation.Annotation> annotation)
            throws ClassNotFoundException {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(
                    org.springframework.beans.factory.annotation.AnnotatedBeanDefinition definition) {
                return definition.getMetadata().isIndependent();
            }
        };
        scanner.addIncludeFilter(new AnnotationTypeFilter(annotation, true));
        List<Class<?>> classes = new ArrayList<>();
        for (BeanDefinition d : scanner.findCandidateComponents("org.gongkai.app")) {
            classes.add(ClassUtils.forName(d.getBeanClassName(), DatabaseTwinsTests.class.getClassLoader()));
        }
        return classes;
    }
}
