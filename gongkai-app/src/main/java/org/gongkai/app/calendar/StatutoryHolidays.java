package org.gongkai.app.calendar;

import com.tyme.lunar.LunarDay;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The public holidays fixed by 《全国年节及纪念日放假办法》 itself, computed for any year: the fallback for years whose
 * State Council notice is not yet loaded (domain-spec §5.2, "provisional"). It knows nothing about 调休 (the notice
 * decides those), so a result based on it is only 暂定.
 *
 * <p>Lunar dates and the solar term 清明 are computed with the tyme4j library (6tail), never tabulated.
 */
final class StatutoryHolidays {

    /** One holiday rule of an article of the 办法. */
    public sealed interface Rule permits SolarDate, LunarDate, LunarNewYearsEve, SolarTerm {
        /** The festival name, as the notices spell it. */
        String name();
    }

    /** {@code days} consecutive days starting on a Gregorian date (元旦, 劳动节, 国庆节). */
    public record SolarDate(String name, int month, int day, int days) implements Rule {}

    /** {@code days} consecutive days starting on a lunar date of the same lunar year (春节, 端午节, 中秋节). */
    public record LunarDate(String name, int lunarMonth, int lunarDay, int days) implements Rule {}

    /**
     * 农历除夕: the last day of the twelfth lunar month, i.e. the day before 正月初一. It can be 腊月廿九 or 三十, so it is
     * computed as the day before the new year rather than given as a lunar date.
     */
    public record LunarNewYearsEve(String name) implements Rule {}

    /** The day of a solar term (清明节 is 清明 itself, 4, 5 or 6 April depending on the year). */
    public record SolarTerm(String name, String term) implements Rule {}

    /**
     * One revision of the 办法 and the first year whose holidays it governs.
     *
     * @param citation the revision, for display and for the Javadoc of derived results
     * @param firstYear the first calendar year it applies to
     * @param rules the 全体公民放假的节日 of its 第二条
     */
    public record Revision(String citation, int firstYear, List<Rule> rules) {
        public Revision {
            Objects.requireNonNull(citation, "citation");
            rules = List.copyOf(rules);
        }
    }

    private final List<Revision> revisions;
    private final boolean compensateWeekendHolidays;
    private final Map<Integer, SortedMap<LocalDate, String>> cache = new ConcurrentHashMap<>();

    /**
     * @param revisions the revisions of the 办法; the one with the latest {@code firstYear} not after a year governs it
     * @param compensateWeekendHolidays whether to apply 第六条 (“全体公民放假的假日，如果适逢周六、周日，应当在工作日补假”) by
     *     moving each weekend holiday to the next weekday that is not itself a holiday. Off in {@link #standard()}: the
     *     notice decides where the 补假 goes, and domain-spec §5.2 specifies "weekdays minus the statutory holidays".
     */
    public StatutoryHolidays(List<Revision> revisions, boolean compensateWeekendHolidays) {
        this.revisions = revisions.stream()
                .sorted(Comparator.comparingInt(Revision::firstYear))
                .toList();
        this.compensateWeekendHolidays = compensateWeekendHolidays;
    }

    /** The two revisions that govern the years of this platform, without 第六条 补假 (see the constructor). */
    public static StatutoryHolidays standard() {
        return new StatutoryHolidays(List.of(REVISION_2013, REVISION_2024), false);
    }

    /**
     * 《全国年节及纪念日放假办法》 as revised on 2013-12-11, in force 2014-01-01: 11 days (第二条).
     * Governs the arrangements of 2014–2024.
     */
    public static final Revision REVISION_2013 = new Revision(
            "《全国年节及纪念日放假办法》（2013年12月11日修订）第二条",
            2014,
            List.of(
                    new SolarDate("元旦", 1, 1, 1),
                    new LunarDate("春节", 1, 1, 3), // 农历正月初一、初二、初三
                    new SolarTerm("清明节", "清明"),
                    new SolarDate("劳动节", 5, 1, 1),
                    new LunarDate("端午节", 5, 5, 1),
                    new LunarDate("中秋节", 8, 15, 1),
                    new SolarDate("国庆节", 10, 1, 3)));

    /**
     * 《全国年节及纪念日放假办法》 as revised on 2024-11-10, in force 2025-01-01: 13 days (第二条); adds 除夕 to 春节 and
     * 5月2日 to 劳动节.
     */
    public static final Revision REVISION_2024 = new Revision(
            "《全国年节及纪念日放假办法》（2024年11月10日修订）第二条",
            2025,
            List.of(
                    new SolarDate("元旦", 1, 1, 1),
                    new LunarNewYearsEve("春节"), // 农历除夕
                    new LunarDate("春节", 1, 1, 3), // 正月初一至初三
                    new SolarTerm("清明节", "清明"),
                    new SolarDate("劳动节", 5, 1, 2),
                    new LunarDate("端午节", 5, 5, 1),
                    new LunarDate("中秋节", 8, 15, 1),
                    new SolarDate("国庆节", 10, 1, 3)));

    /** The revision that governs {@code year}. */
    public Revision revisionFor(int year) {
        Revision found = null;
        for (Revision revision : revisions) {
            if (revision.firstYear() <= year) {
                found = revision;
            }
        }
        if (found == null) {
            throw new IllegalArgumentException(year + "年早于已配置的《全国年节及纪念日放假办法》各版本的施行年份，无法暂定计算节假日");
        }
        return found;
    }

    /** The statutory days off of {@code year} with their festival names, ascending. */
    public SortedMap<LocalDate, String> holidaysOf(int year) {
        return cache.computeIfAbsent(year, this::compute);
    }

    /** The festival name if {@code date} is a statutory day off of its year. */
    public Optional<String> holiday(LocalDate date) {
        return Optional.ofNullable(holidaysOf(date.getYear()).get(date));
    }

    private SortedMap<LocalDate, String> compute(int year) {
        SortedMap<LocalDate, String> days = new TreeMap<>();
        for (Rule rule : revisionFor(year).rules()) {
            if (rule instanceof SolarDate r) {
                addRun(days, LocalDate.of(year, r.month(), r.day()), r.days(), r.name());
            } else if (rule instanceof LunarDate r) {
                addRun(days, solar(LunarDay.fromYmd(year, r.lunarMonth(), r.lunarDay())), r.days(), r.name());
            } else if (rule instanceof LunarNewYearsEve r) {
                put(days, solar(LunarDay.fromYmd(year, 1, 1)).minusDays(1), r.name());
            } else if (rule instanceof SolarTerm r) {
                put(days, solarTerm(year, r.term()), r.name());
            }
        }
        if (compensateWeekendHolidays) {
            compensate(days);
        }
        return Collections.unmodifiableSortedMap(days);
    }

    // 第六条: each holiday on a Saturday or Sunday gives one 补假 on the next weekday that is not already a holiday.
    private static void compensate(SortedMap<LocalDate, String> days) {
        for (Map.Entry<LocalDate, String> holiday : List.copyOf(days.entrySet())) {
            if (!isWeekend(holiday.getKey())) {
                continue;
            }
            LocalDate makeUp = holiday.getKey().plusDays(1);
            while (isWeekend(makeUp) || days.containsKey(makeUp)) {
                makeUp = makeUp.plusDays(1);
            }
            days.put(makeUp, holiday.getValue() + "（补假）");
        }
    }

    private static boolean isWeekend(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    private static void addRun(SortedMap<LocalDate, String> days, LocalDate first, int length, String name) {
        for (int i = 0; i < length; i++) {
            put(days, first.plusDays(i), name);
        }
    }

    // Two festivals can fall on one day (中秋节 on 10月1日 in 2020): keep both names, as the notices do.
    private static void put(SortedMap<LocalDate, String> days, LocalDate date, String name) {
        days.merge(date, name, (earlier, later) -> earlier.equals(later) ? earlier : earlier + "、" + later);
    }

    private static LocalDate solar(LunarDay day) {
        com.tyme.solar.SolarDay solar = day.getSolarDay();
        return LocalDate.of(solar.getYear(), solar.getMonth(), solar.getDay());
    }

    // tyme4j computes solar terms in Beijing time (UTC+8), which is what the calendar date of 清明 depends on.
    private static LocalDate solarTerm(int year, String term) {
        com.tyme.solar.SolarDay solar =
                com.tyme.solar.SolarTerm.fromName(year, term).getJulianDay().getSolarDay();
        return LocalDate.of(solar.getYear(), solar.getMonth(), solar.getDay());
    }
}
