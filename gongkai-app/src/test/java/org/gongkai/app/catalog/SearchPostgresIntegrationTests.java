package org.gongkai.app.catalog;

import org.gongkai.app.PostgresIntegrationTest;

/** {@link SearchIntegrationTests} on PostgreSQL. */
@PostgresIntegrationTest
class SearchPostgresIntegrationTests extends SearchIntegrationTests {}
