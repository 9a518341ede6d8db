package org.gongkai.app.calendar;

import org.gongkai.app.PostgresIntegrationTest;

/** {@link CalendarAdminIntegrationTests} on PostgreSQL. */
@PostgresIntegrationTest
class CalendarAdminPostgresIntegrationTests extends CalendarAdminIntegrationTests {}
