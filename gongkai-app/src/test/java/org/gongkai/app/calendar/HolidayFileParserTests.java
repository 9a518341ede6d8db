package org.gongkai.app.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HolidayFileParserTests {

    private static final String HEADER =
            "# 国务院办公厅关于2026年部分节假日安排的通知\n# https://www.gov.cn/zhengce/zhengceku/202511/content_7047091.htm\n";

    @Test
    void readsEntriesAndKeepsTheCitation() {
        HolidayNotice notice = HolidayFileParser.parseNotice(
                2026, HEADER + "\n2026-01-01 off  元旦\n2026-01-04 work  元旦\n2026-09-25 off  国庆节、中秋节\n");

        assertThat(notice.year()).isEqualTo(2026);
        assertThat(notice.entries())
                .containsExactly(
                        new CalendarEntry(LocalDate.parse("2026-01-01"), DayType.OFF, "元旦"),
                        new CalendarEntry(LocalDate.parse("2026-01-04"), DayType.WORK, "元旦"),
                        new CalendarEntry(LocalDate.parse("2026-09-25"), DayType.OFF, "国庆节、中秋节"));
        assertThat(notice.sources()).anyMatch(line -> line.contains("gov.cn"));
    }

    @Test
    void acceptsDecemberOfThePreviousYearAByteOrderMarkAndWindowsLineEnds() {
        HolidayNotice notice = HolidayFileParser.parseNotice(
                2019, "\uFEFF# 2019\r\n2018-12-29 work  元旦\r\n2018-12-30 off\u3000元旦\r\n2019-01-01 off  元旦\r\n");

        assertThat(notice.entries())
                .extracting(CalendarEntry::date)
                .containsExactly(
                        LocalDate.parse("2018-12-29"), LocalDate.parse("2018-12-30"), LocalDate.parse("2019-01-01"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "2026-13-01 off 元旦          | 第4行：日期“2026-13-01”无效",
                "2026-02-30 off 春节          | 第4行：日期“2026-02-30”无效",
                "26-10-01 off 国庆节          | 第4行：日期“26-10-01”无效",
                "2026-10-01 holiday 国庆节    | 第4行：类型“holiday”无效，应为 off（放假）或 work（调休上班）",
                "2026-10-01 off               | 第4行：格式应为“YYYY-MM-DD off",
                "2026-10-01                   | 第4行：格式应为",
                "2027-01-01 off 元旦          | 第4行：日期 2027-01-01 不属于2026年的节假日安排",
                "2025-11-30 off 元旦          | 第4行：日期 2025-11-30 不属于2026年的节假日安排",
                "2026-01-01 off 元旦（重复）  | 第4行：日期 2026-01-01 与第3行重复",
            })
    void rejectsAMalformedLineNamingIt(String badLine, String expectedMessage) {
        String text = HEADER + "2026-01-01 off  元旦\n" + badLine.strip() + "\n2026-10-02 off  国庆节\n";

        assertThatThrownBy(() -> HolidayFileParser.parseNotice(2026, text))
                .isInstanceOf(HolidayFileException.class)
                .hasMessageStartingWith(expectedMessage.strip())
                .satisfies(
                        e -> assertThat(((HolidayFileException) e).lineNumber()).isEqualTo(4));
    }

    @Test
    void rejectsANoticeWithoutDates() {
        assertThatThrownBy(() -> HolidayFileParser.parseNotice(2027, "# 2027年的通知尚未发布\n"))
                .isInstanceOf(HolidayFileException.class)
                .hasMessageContaining("2027年的节假日安排文件中没有任何日期")
                .satisfies(
                        e -> assertThat(((HolidayFileException) e).lineNumber()).isZero());
    }

    @Test
    void regionalFilesTakeAnyDateButCheckTheLines() {
        assertThat(HolidayFileParser.parseRegional("# 某自治州\n2031-03-12 off  民族节日\n"))
                .containsExactly(new CalendarEntry(LocalDate.parse("2031-03-12"), DayType.OFF, "民族节日"));
        assertThat(HolidayFileParser.parseRegional("")).isEmpty();
        assertThatThrownBy(() -> HolidayFileParser.parseRegional("# 某自治州\n\n2031-03-12 of 民族节日\n"))
                .hasMessage("第3行：类型“of”无效，应为 off（放假）或 work（调休上班）");
    }
}
