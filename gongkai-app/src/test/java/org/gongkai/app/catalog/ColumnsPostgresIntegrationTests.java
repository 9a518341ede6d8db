package org.gongkai.app.catalog;

import org.gongkai.app.PostgresIntegrationTest;

/** {@link ColumnsIntegrationTests} on PostgreSQL. */
@PostgresIntegrationTest
class ColumnsPostgresIntegrationTests extends ColumnsIntegrationTests {}
