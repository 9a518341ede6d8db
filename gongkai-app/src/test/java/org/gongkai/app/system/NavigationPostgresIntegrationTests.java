package org.gongkai.app.system;

import org.gongkai.app.PostgresIntegrationTest;

@PostgresIntegrationTest
class NavigationPostgresIntegrationTests extends NavigationIntegrationTests {}
