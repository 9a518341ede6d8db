package org.gongkai.app.agency;

import org.gongkai.app.PostgresIntegrationTest;

/** {@link AgenciesIntegrationTests} on PostgreSQL. */
@PostgresIntegrationTest
class AgenciesPostgresIntegrationTests extends AgenciesIntegrationTests {}
