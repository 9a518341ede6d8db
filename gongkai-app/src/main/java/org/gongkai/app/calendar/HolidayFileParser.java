package org.gongkai.app.calendar;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.gongkai.app.system.api.PlainText;

/**
 * Reads the holiday data format of domain-spec §10: one date per line, {@code YYYY-MM-DD off|work 名称}, lines
 * starting with {@code #} cite the notice. The same format serves the national files shipped in
 * {@code calendar/cn/YYYY.txt}, a notice uploaded by the platform administrator, and regional extra holidays (少数民族
 * festivals set by local governments under 《全国年节及纪念日放假办法》第四条).
 *
 * <p>Every rejection is a {@link HolidayFileException} with a Chinese message naming the line.
 */
final class HolidayFileParser {

    private static final Pattern FIELD_SEPARATOR = Pattern.compile("[\\s\\u3000]+");
    private static final Pattern DATE_SHAPE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private HolidayFileParser() {}

    /**
     * Reads the file of one notice year. Dates must fall in that year or in December of the year before: the
     * notice for year N regularly starts the 元旦 holiday on 12-30 or 12-31 of year N−1 (see {@code 2019.txt}).
     */
    public static HolidayNotice parseNotice(int noticeYear, String text) {
        List<String> sources = new ArrayList<>();
        List<CalendarEntry> entries = parse(text, sources, noticeYear);
        if (entries.isEmpty()) {
            throw new HolidayFileException(0, noticeYear + "年的节假日安排文件中没有任何日期。尚未发布通知的年份不要建文件。");
        }
        return new HolidayNotice(noticeYear, entries, sources);
    }

    /** Reads a regional extra-holidays file: same format, any dates, no notice year. */
    public static List<CalendarEntry> parseRegional(String text) {
        return parse(text, new ArrayList<>(), null);
    }

    private static List<CalendarEntry> parse(String text, List<String> sources, Integer noticeYear) {
        List<CalendarEntry> entries = new ArrayList<>();
        Map<LocalDate, Integer> seenOnLine = new HashMap<>();
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            int lineNumber = i + 1;
            String line = lines[i].strip();
            if (i == 0 && line.startsWith("\uFEFF")) {
                line = line.substring(1).strip(); // byte-order mark left by Windows editors
            }
            if (line.isEmpty()) {
                continue;
            }
            if (line.startsWith("#")) {
                sources.add(line.substring(1).strip());
                continue;
            }
            CalendarEntry entry = parseLine(lineNumber, line);
            if (noticeYear != null && !belongsToNoticeYear(entry.date(), noticeYear)) {
                throw new HolidayFileException(
                        lineNumber,
                        "日期 " + entry.date() + " 不属于" + noticeYear + "年的节假日安排（只能是" + noticeYear + "年的日期，或"
                                + (noticeYear - 1) + "年12月的元旦假期日期）");
            }
            Integer earlier = seenOnLine.putIfAbsent(entry.date(), lineNumber);
            if (earlier != null) {
                throw new HolidayFileException(lineNumber, "日期 " + entry.date() + " 与第" + earlier + "行重复");
            }
            entries.add(entry);
        }
        return entries;
    }

    private static CalendarEntry parseLine(int lineNumber, String line) {
        String[] fields = FIELD_SEPARATOR.split(line, 3);
        if (fields.length < 3 || fields[2].isBlank()) {
            throw new HolidayFileException(lineNumber, "格式应为“YYYY-MM-DD off|work 名称”（如“2026-10-01 off 国庆节”）");
        }
        LocalDate date = parseDate(lineNumber, fields[0]);
        DayType type = switch (fields[1]) {
            case "off" -> DayType.OFF;
            case "work" -> DayType.WORK;
            default ->
                throw new HolidayFileException(
                        lineNumber, "类型“" + PlainText.excerpt(fields[1], 20) + "”无效，应为 off（放假）或 work（调休上班）");
        };
        return new CalendarEntry(date, type, fields[2].strip());
    }

    private static LocalDate parseDate(int lineNumber, String field) {
        if (DATE_SHAPE.matcher(field).matches()) {
            try {
                return LocalDate.parse(field);
            } catch (DateTimeParseException e) {
                // falls through: the shape is right but the day does not exist (2025-02-30)
            }
        }
        throw new HolidayFileException(
                lineNumber, "日期“" + PlainText.excerpt(field, 20) + "”无效，应为 YYYY-MM-DD 格式的真实日期（如 2026-10-01）");
    }

    private static boolean belongsToNoticeYear(LocalDate date, int noticeYear) {
        return date.getYear() == noticeYear || (date.getYear() == noticeYear - 1 && date.getMonth() == Month.DECEMBER);
    }
}
