package org.gongkai.app.agency;

import org.gongkai.app.PostgresIntegrationTest;

@PostgresIntegrationTest
class SessionsEndPostgresIntegrationTests extends SessionsEndIntegrationTests {}
