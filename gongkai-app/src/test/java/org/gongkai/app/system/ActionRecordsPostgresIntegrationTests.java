package org.gongkai.app.system;

import org.gongkai.app.PostgresIntegrationTest;

/** {@link ActionRecordsIntegrationTests} on PostgreSQL. */
@PostgresIntegrationTest
class ActionRecordsPostgresIntegrationTests extends ActionRecordsIntegrationTests {}
