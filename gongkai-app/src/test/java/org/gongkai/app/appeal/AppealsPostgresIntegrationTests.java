package org.gongkai.app.appeal;

import org.gongkai.app.PostgresIntegrationTest;

@PostgresIntegrationTest
class AppealsPostgresIntegrationTests extends AppealsIntegrationTests {}
