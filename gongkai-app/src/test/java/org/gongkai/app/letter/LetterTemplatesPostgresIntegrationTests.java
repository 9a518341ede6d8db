package org.gongkai.app.letter;

import org.gongkai.app.PostgresIntegrationTest;

/** {@link LetterTemplatesIntegrationTests} on PostgreSQL. */
@PostgresIntegrationTest
class LetterTemplatesPostgresIntegrationTests extends LetterTemplatesIntegrationTests {}
