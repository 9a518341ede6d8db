package org.gongkai.app.catalog;

import org.gongkai.app.PostgresIntegrationTest;

/** {@link ItemsIntegrationTests} on PostgreSQL. */
@PostgresIntegrationTest
class ItemsPostgresIntegrationTests extends ItemsIntegrationTests {}
