package org.gongkai.app.request;

import org.gongkai.app.PostgresIntegrationTest;

@PostgresIntegrationTest
class FeeTotalsPostgresIntegrationTests extends FeeTotalsIntegrationTests {}
