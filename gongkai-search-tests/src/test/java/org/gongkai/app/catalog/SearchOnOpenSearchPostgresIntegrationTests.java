package org.gongkai.app.catalog;

import org.gongkai.app.PostgresIntegrationTest;

/** {@link SearchOnOpenSearchIntegrationTests} on PostgreSQL. */
@PostgresIntegrationTest
class SearchOnOpenSearchPostgresIntegrationTests extends SearchOnOpenSearchIntegrationTests {}
