package org.gongkai.app.agency;

import org.gongkai.app.PostgresIntegrationTest;

/** {@link DemoDataIntegrationTests} on PostgreSQL. */
@PostgresIntegrationTest
class DemoDataPostgresIntegrationTests extends DemoDataIntegrationTests {}
