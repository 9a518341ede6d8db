package org.gongkai.app.request;

import org.gongkai.app.PostgresIntegrationTest;

/** {@link DemoRequestsIntegrationTests} on PostgreSQL. */
@PostgresIntegrationTest
class DemoRequestsPostgresIntegrationTests extends DemoRequestsIntegrationTests {}
