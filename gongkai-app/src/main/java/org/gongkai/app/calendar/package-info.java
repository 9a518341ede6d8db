/**
 * The working-day calendar (工作日历): the State Council's yearly holiday notices, regional extra holidays, and the
 * working-day arithmetic of the 条例's deadlines. Other modules use {@link org.gongkai.app.calendar.CalendarService}
 * and listen to {@link org.gongkai.app.calendar.HolidayNoticeLoaded} to recompute 暂定 deadlines.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "system")
package org.gongkai.app.calendar;
