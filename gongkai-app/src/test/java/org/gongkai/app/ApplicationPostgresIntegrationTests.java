package org.gongkai.app;

/** {@link ApplicationIntegrationTests} on PostgreSQL. */
@PostgresIntegrationTest
class ApplicationPostgresIntegrationTests extends ApplicationIntegrationTests {}
