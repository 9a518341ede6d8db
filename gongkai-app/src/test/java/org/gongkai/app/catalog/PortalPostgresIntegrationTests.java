package org.gongkai.app.catalog;

import org.gongkai.app.PostgresIntegrationTest;

/** {@link PortalIntegrationTests} on PostgreSQL. */
@PostgresIntegrationTest
class PortalPostgresIntegrationTests extends PortalIntegrationTests {}
