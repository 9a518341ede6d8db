package org.gongkai.app.security;

import org.gongkai.app.PostgresIntegrationTest;

/** {@link SecurityIntegrationTests} on PostgreSQL. */
@PostgresIntegrationTest
class SecurityPostgresIntegrationTests extends SecurityIntegrationTests {}
