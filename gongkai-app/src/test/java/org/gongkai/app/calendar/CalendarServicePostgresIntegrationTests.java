package org.gongkai.app.calendar;

import org.gongkai.app.PostgresIntegrationTest;

/** {@link CalendarServiceIntegrationTests} on PostgreSQL. */
@PostgresIntegrationTest
class CalendarServicePostgresIntegrationTests extends CalendarServiceIntegrationTests {}
