/**
 * The working-day calendar (工作日历): the State Council's yearly holiday notices, regional extra holidays,
 * and the working-day arithmetic of the 条例's deadlines. Other modules use {@code calendar :: api}: the
 * {@link org.gongkai.app.calendar.api.WorkingDayCalendar} and {@link org.gongkai.app.calendar.api.HolidayNoticeLoaded},
 * to recompute 暂定 deadlines.
 */
@org.springframework.modulith.ApplicationModule(displayName = "工作日历", allowedDependencies = "system :: api")
package org.gongkai.app.calendar;
