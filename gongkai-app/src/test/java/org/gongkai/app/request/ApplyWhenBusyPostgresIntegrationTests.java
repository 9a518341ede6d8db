package org.gongkai.app.request;

import org.gongkai.app.PostgresIntegrationTest;

@PostgresIntegrationTest
class ApplyWhenBusyPostgresIntegrationTests extends ApplyWhenBusyIntegrationTests {}
