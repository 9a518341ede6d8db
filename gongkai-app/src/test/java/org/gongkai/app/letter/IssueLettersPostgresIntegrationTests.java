package org.gongkai.app.letter;

import org.gongkai.app.PostgresIntegrationTest;

/** {@link IssueLettersIntegrationTests} on PostgreSQL: concurrent issues and the trigger on the production engine. */
@PostgresIntegrationTest
class IssueLettersPostgresIntegrationTests extends IssueLettersIntegrationTests {}
