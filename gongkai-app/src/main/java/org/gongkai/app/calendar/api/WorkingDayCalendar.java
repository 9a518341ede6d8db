package org.gongkai.app.calendar.api;

import java.time.LocalDate;

/**
 * The working-day arithmetic of the 条例's deadlines (第三十三条: 20 working days, extended by at most
 * 20), on the platform's calendar: official holidays and 调休 working weekends as loaded, 暂定 for years
 * without a notice.
 */
public interface WorkingDayCalendar {
    /** Whether {@code date} is a working day. */
    boolean isWorkingDay(LocalDate date);

    /** The date {@code n} working days after {@code start} (the day after start is the first). */
    WorkingDayDate addWorkingDays(LocalDate start, int n);

    /** How many working days lie after {@code start} up to and including {@code end}. */
    WorkingDayCount workingDaysBetween(LocalDate start, LocalDate end);
}
