package org.gongkai.app.calendar;

import java.time.OffsetDateTime;

/**
 * A row of {@code holiday_notice}: a notice year loaded by a platform administrator, for the whole country
 * ({@link CalendarService#NATIONAL}) or as the extra holidays of one region.
 *
 * @param content the text in the data-file format of domain-spec §10, as submitted
 * @param source the citation of the notice (title and document number, or its URL)
 * @param loadedBy who loaded it, as the record of actions names people: {@code 姓名（用户名）}
 */
record StoredNotice(int year, String region, String content, String source, OffsetDateTime loadedAt, String loadedBy) {

    boolean national() {
        return CalendarService.NATIONAL.equals(region);
    }
}
