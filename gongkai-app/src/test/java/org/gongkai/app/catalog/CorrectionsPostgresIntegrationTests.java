package org.gongkai.app.catalog;

import org.gongkai.app.PostgresIntegrationTest;

/** {@link CorrectionsIntegrationTests} on PostgreSQL. */
@PostgresIntegrationTest
class CorrectionsPostgresIntegrationTests extends CorrectionsIntegrationTests {}
