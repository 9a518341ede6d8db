package org.gongkai.app.calendar;

import java.util.List;

/**
 * The holiday arrangement of one notice year, as published by the 国务院办公厅 in its yearly 《关于YYYY年部分节假日安排的通知》
 * (plus any later notice changing it, such as the 2020 extension of the Spring Festival).
 *
 * @param year the notice year; entries may also fall in December of the year before (元旦 holidays that start
 *     on 12-30 or 12-31)
 * @param entries the dates, in file order
 * @param sources the comment lines of the file, without the leading {@code #}: they cite the notice
 */
record HolidayNotice(int year, List<CalendarEntry> entries, List<String> sources) {
    public HolidayNotice {
        entries = List.copyOf(entries);
        sources = List.copyOf(sources);
    }
}
