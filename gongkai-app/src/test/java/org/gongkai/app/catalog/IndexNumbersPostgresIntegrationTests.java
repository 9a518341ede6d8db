package org.gongkai.app.catalog;

import org.gongkai.app.PostgresIntegrationTest;

/** {@link IndexNumbersIntegrationTests} on PostgreSQL: concurrent transactions on the production engine. */
@PostgresIntegrationTest
class IndexNumbersPostgresIntegrationTests extends IndexNumbersIntegrationTests {}
