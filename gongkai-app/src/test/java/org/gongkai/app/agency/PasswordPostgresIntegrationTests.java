package org.gongkai.app.agency;

import org.gongkai.app.PostgresIntegrationTest;

/** {@link PasswordIntegrationTests} on PostgreSQL. */
@PostgresIntegrationTest
class PasswordPostgresIntegrationTests extends PasswordIntegrationTests {}
