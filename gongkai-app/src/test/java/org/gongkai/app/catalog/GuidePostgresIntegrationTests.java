package org.gongkai.app.catalog;

import org.gongkai.app.PostgresIntegrationTest;

/** {@link GuideIntegrationTests} on PostgreSQL. */
@PostgresIntegrationTest
class GuidePostgresIntegrationTests extends GuideIntegrationTests {}
