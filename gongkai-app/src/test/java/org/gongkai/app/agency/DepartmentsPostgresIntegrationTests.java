package org.gongkai.app.agency;

import org.gongkai.app.PostgresIntegrationTest;

/** {@link DepartmentsIntegrationTests} on PostgreSQL. */
@PostgresIntegrationTest
class DepartmentsPostgresIntegrationTests extends DepartmentsIntegrationTests {}
