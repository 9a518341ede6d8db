package org.gongkai.app.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One line of a holiday data file: a date, whether it is off or an adjusted working day, and the festival the
 * notice names it after (e.g. {@code 2026-02-14 work 春节}: the Saturday worked to lengthen the Spring Festival).
 */
record CalendarEntry(LocalDate date, DayType type, String name) {
    public CalendarEntry {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
    }
}
