package org.gongkai.app.catalog;

import org.gongkai.app.PostgresIntegrationTest;

/** {@link RegisterIntegrationTests} on PostgreSQL. */
@PostgresIntegrationTest
class RegisterPostgresIntegrationTests extends RegisterIntegrationTests {}
