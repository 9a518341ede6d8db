package org.gongkai.app.catalog;

import org.gongkai.app.PostgresIntegrationTest;

/** {@link SearchAcrossAgenciesOnOpenSearchIntegrationTests} on PostgreSQL. */
@PostgresIntegrationTest
class SearchAcrossAgenciesOnOpenSearchPostgresIntegrationTests
        extends SearchAcrossAgenciesOnOpenSearchIntegrationTests {}
