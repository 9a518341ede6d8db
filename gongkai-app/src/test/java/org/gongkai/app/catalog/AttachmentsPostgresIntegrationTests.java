package org.gongkai.app.catalog;

import org.gongkai.app.PostgresIntegrationTest;

/** {@link AttachmentsIntegrationTests} on PostgreSQL. */
@PostgresIntegrationTest
class AttachmentsPostgresIntegrationTests extends AttachmentsIntegrationTests {}
