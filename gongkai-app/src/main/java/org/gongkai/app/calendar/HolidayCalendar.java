package org.gongkai.app.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The holiday (放假) and adjusted working day (调休上班) dates announced by the State Council, one notice per year,
 * optionally merged with regional extra holidays. Immutable: loading a notice returns a new calendar.
 *
 * <p>The shipped data lives in {@code calendar/cn/YYYY.txt}, listed in {@code calendar/cn/index.txt}, each file citing
 * its notice. A year whose notice has not been published has no file; {@link #hasNoticeFor(int)} then answers
 * {@code false} and {@link WorkingDays} computes provisionally for that year.
 *
 * <p>Merging: notices apply in order of their year, so if two notices ever list the same date the later notice wins;
 * regional entries apply last and override the national ones for their dates.
 */
final class HolidayCalendar {

    /** Where the national data files live on the classpath. */
    public static final String NATIONAL_DIRECTORY = "calendar/cn";

    private final SortedMap<Integer, HolidayNotice> notices;
    private final List<CalendarEntry> regional;
    private final Map<LocalDate, CalendarEntry> entries;

    private HolidayCalendar(SortedMap<Integer, HolidayNotice> notices, List<CalendarEntry> regional) {
        this.notices = Collections.unmodifiableSortedMap(new TreeMap<>(notices));
        this.regional = List.copyOf(regional);
        Map<LocalDate, CalendarEntry> merged = new HashMap<>();
        this.notices.values().forEach(notice -> notice.entries().forEach(e -> merged.put(e.date(), e)));
        this.regional.forEach(e -> merged.put(e.date(), e));
        this.entries = Map.copyOf(merged);
    }

    /** A calendar with no notice at all: every year is provisional. */
    public static HolidayCalendar empty() {
        return new HolidayCalendar(new TreeMap<>(), List.of());
    }

    /** The national calendar shipped with the application ({@value #NATIONAL_DIRECTORY}). */
    public static HolidayCalendar national() {
        return fromClasspath(NATIONAL_DIRECTORY);
    }

    /**
     * Loads the notice files listed in {@code <directory>/index.txt}: one notice year per line, {@code #} comments
     * allowed; each year is read from {@code <directory>/<year>.txt}.
     */
    public static HolidayCalendar fromClasspath(String directory) {
        String index = readResource(directory + "/index.txt");
        HolidayCalendar calendar = empty();
        String[] lines = index.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (!line.matches("\\d{4}")) {
                throw new HolidayFileException(i + 1, directory + "/index.txt 中的“" + line + "”不是四位年份");
            }
            int year = Integer.parseInt(line);
            String file = directory + "/" + year + ".txt";
            try {
                calendar = calendar.withNotice(HolidayFileParser.parseNotice(year, readResource(file)));
            } catch (HolidayFileException e) {
                throw new IllegalStateException(file + "：" + e.getMessage(), e);
            }
        }
        return calendar;
    }

    /** This calendar with the notice of {@code notice.year()} added, replacing any notice already loaded for it. */
    public HolidayCalendar withNotice(HolidayNotice notice) {
        SortedMap<Integer, HolidayNotice> next = new TreeMap<>(notices);
        next.put(notice.year(), notice);
        return new HolidayCalendar(next, regional);
    }

    /**
     * This calendar with regional extra holidays merged over the national data (《全国年节及纪念日放假办法》第四条: 少数民族
     * festivals are set by the local government). Regional entries do not count as a notice for
     * {@link #hasNoticeFor(int)}.
     */
    public HolidayCalendar withRegionalHolidays(List<CalendarEntry> extra) {
        List<CalendarEntry> next = new ArrayList<>(regional);
        next.addAll(extra);
        return new HolidayCalendar(notices, next);
    }

    /** What the loaded notices (or regional data) say about {@code date}; empty if they say nothing. */
    public Optional<DayType> entry(LocalDate date) {
        return find(date).map(CalendarEntry::type);
    }

    /** The full entry for {@code date}, with the festival name. */
    public Optional<CalendarEntry> find(LocalDate date) {
        return Optional.ofNullable(entries.get(date));
    }

    /** Whether the State Council notice for {@code year} is loaded. */
    public boolean hasNoticeFor(int year) {
        return notices.containsKey(year);
    }

    /** The notice years loaded, ascending. */
    public SortedSet<Integer> noticeYears() {
        return Collections.unmodifiableSortedSet(new TreeSet<>(notices.keySet()));
    }

    /** The loaded notice of {@code year}, with its source citations. */
    public Optional<HolidayNotice> notice(int year) {
        return Optional.ofNullable(notices.get(year));
    }

    private static String readResource(String name) {
        ClassLoader loader = HolidayCalendar.class.getClassLoader();
        try (InputStream in = loader.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("节假日数据文件不存在：" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(name, e);
        }
    }
}
