package org.gongkai.app.agency;

import org.gongkai.app.PostgresIntegrationTest;

/** {@link LockoutIntegrationTests} on PostgreSQL. */
@PostgresIntegrationTest
class LockoutPostgresIntegrationTests extends LockoutIntegrationTests {}
