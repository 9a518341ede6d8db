package org.gongkai.app.catalog;

import org.gongkai.app.PostgresIntegrationTest;

/** {@link SearchAcrossAgenciesIntegrationTests} on PostgreSQL. */
@PostgresIntegrationTest
class SearchAcrossAgenciesPostgresIntegrationTests extends SearchAcrossAgenciesIntegrationTests {}
