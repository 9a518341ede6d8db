package org.gongkai.app.calendar.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Dates as Chinese official documents write them: {@code 2020年12月31日} (no leading zeros), and
 * {@code 2020年12月31日 09:05} for a moment, in Beijing time. Templates reach it as {@code #chineseDates}.
 */
public final class ChineseDates {

    /** The zone of every date the platform shows: deadlines are counted in Beijing time. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu年M月d日");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu年M月d日 HH:mm");

    private ChineseDates() {}

    /** {@code 2020年12月31日}; an empty string for {@code null}, so that templates need no guard. */
    public static String format(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** {@code 2020年12月31日 09:05} in Beijing time; an empty string for {@code null}. */
    public static String formatDateTime(OffsetDateTime moment) {
        return moment == null ? "" : DATE_TIME.format(moment.atZoneSameInstant(ZONE));
    }
}
