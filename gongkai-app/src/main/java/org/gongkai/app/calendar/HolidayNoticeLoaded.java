package org.gongkai.app.calendar;

/**
 * The platform administrator loaded (or replaced) the holiday notice of {@code year} for {@code region}. Deadlines
 * computed as 暂定 for that year must be recomputed: listeners ask {@link CalendarService} again, which already
 * answers with the new notice when the event is delivered (after the commit).
 *
 * @param year the notice year
 * @param region {@link CalendarService#NATIONAL} for the State Council's notice, otherwise the code of the region
 *     whose extra holidays were loaded
 */
public record HolidayNoticeLoaded(int year, String region) {}
