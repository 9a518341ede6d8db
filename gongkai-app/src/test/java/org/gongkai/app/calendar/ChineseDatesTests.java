package org.gongkai.app.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.gongkai.app.calendar.api.ChineseDates;
import org.junit.jupiter.api.Test;

/** Dates as official documents write them. */
class ChineseDatesTests {

    @Test
    void writesYearMonthAndDayWithoutLeadingZeros() {
        assertThat(ChineseDates.format(LocalDate.parse("2020-12-31"))).isEqualTo("2020年12月31日");
        assertThat(ChineseDates.format(LocalDate.parse("2026-01-05"))).isEqualTo("2026年1月5日");
    }

    @Test
    void writesAMomentInBeijingTime() {
        assertThat(ChineseDates.formatDateTime(OffsetDateTime.parse("2020-12-31T16:05:00Z")))
                .isEqualTo("2021年1月1日 00:05");
    }

    @Test
    void writesNothingForNoDate() {
        assertThat(ChineseDates.format(null)).isEmpty();
        assertThat(ChineseDates.formatDateTime(null)).isEmpty();
    }
}
