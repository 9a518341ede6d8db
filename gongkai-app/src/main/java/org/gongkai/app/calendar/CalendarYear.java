package org.gongkai.app.calendar;

import java.time.OffsetDateTime;

/**
 * One line of the platform administrator's list of holiday data: a notice year, for the whole country or one region,
 * and where its data comes from.
 *
 * @param region {@link CalendarService#NATIONAL} or the code of a region with extra holidays
 * @param source the notice cited: the {@code 通知：} lines of a shipped file, or the citation given when loading
 * @param loadedAt when a platform administrator loaded it; {@code null} unless {@link Origin#LOADED}
 * @param loadedBy who loaded it; {@code null} unless {@link Origin#LOADED}
 * @param replacesShippedFile whether a loaded notice overrides the data file shipped with the platform
 * @param daysOff the number of 放假 dates listed
 * @param workingWeekendDays the number of 调休上班 dates listed
 */
record CalendarYear(
        int year,
        String region,
        Origin origin,
        String source,
        OffsetDateTime loadedAt,
        String loadedBy,
        boolean replacesShippedFile,
        int daysOff,
        int workingWeekendDays) {

    /** Where the data of a year comes from. */
    public enum Origin {
        /** The data file {@code calendar/cn/YYYY.txt} shipped with the platform. */
        SHIPPED,
        /** Loaded by a platform administrator (table {@code holiday_notice}). */
        LOADED,
        /** No notice: deadlines that reach this year are 暂定. */
        MISSING
    }

    public boolean national() {
        return CalendarService.NATIONAL.equals(region);
    }

    public boolean missing() {
        return origin == Origin.MISSING;
    }
}
