package org.gongkai.app.agency;

import org.gongkai.app.PostgresIntegrationTest;

/** {@link PeopleIntegrationTests} on PostgreSQL. */
@PostgresIntegrationTest
class PeoplePostgresIntegrationTests extends PeopleIntegrationTests {}
