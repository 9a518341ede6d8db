package org.gongkai.app.system;

import org.gongkai.app.PostgresIntegrationTest;

/** {@link JobLockIntegrationTests} on PostgreSQL. */
@PostgresIntegrationTest
class JobLockPostgresIntegrationTests extends JobLockIntegrationTests {}
