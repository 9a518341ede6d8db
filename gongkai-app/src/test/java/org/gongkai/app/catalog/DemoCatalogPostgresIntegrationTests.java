package org.gongkai.app.catalog;

import org.gongkai.app.PostgresIntegrationTest;

/** {@link DemoCatalogIntegrationTests} on PostgreSQL. */
@PostgresIntegrationTest
class DemoCatalogPostgresIntegrationTests extends DemoCatalogIntegrationTests {}
