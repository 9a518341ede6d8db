package org.gongkai.app.system.actions;

import org.gongkai.app.PostgresIntegrationTest;

/** {@link ActionRecordsIntegrationTests} on PostgreSQL. */
@PostgresIntegrationTest
class ActionRecordsPostgresIntegrationTests extends ActionRecordsIntegrationTests {}
