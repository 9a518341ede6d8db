package org.gongkai.app.security;

import org.gongkai.app.PostgresIntegrationTest;

/** {@link AuthorizationMatrixIntegrationTests} on PostgreSQL. */
@PostgresIntegrationTest
class AuthorizationMatrixPostgresIntegrationTests extends AuthorizationMatrixIntegrationTests {}
