package org.gongkai.app.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.gongkai.app.calendar.api.Certainty;
import org.gongkai.app.calendar.api.HolidayNoticeLoaded;
import org.gongkai.app.calendar.api.WorkingDayCalendar;
import org.gongkai.app.calendar.api.WorkingDayCount;
import org.gongkai.app.calendar.api.WorkingDayDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The working-day calendar of the platform, for every module that counts a statutory period (条例第二十六条、第三十条、
 * 第三十二条至第三十四条): the national data files shipped with the platform, overridden year by year by the notices a
 * platform administrator loaded ({@code holiday_notice}), and for years with neither the provisional holidays of
 * 《全国年节及纪念日放假办法》 ({@link WorkingDays}).
 *
 * <p>Every answer that rests on a year without a notice is {@link Certainty#PROVISIONAL 暂定}. When a notice is loaded
 * this service reloads before {@link HolidayNoticeLoaded} reaches other listeners, so they can recompute at once.
 * Other application nodes see the new notice within {@code gongkai.calendar.refresh} (a cheap fingerprint query).
 */
@Service
class CalendarService implements WorkingDayCalendar {

    /** The region code of the State Council's national notices. */
    public static final String NATIONAL = "CN";

    /**
     * How far ahead, in working days, a period starting today can reach: a reply due in 20 working days, extended by 20
     * (条例第三十三条), with a 15-working-day consultation not counted (第三十二条、第三十四条) comes to 55; 60 covers it.
     */
    public static final int HORIZON_WORKING_DAYS = 60;

    private static final Logger log = LoggerFactory.getLogger(CalendarService.class);
    private static final Pattern REGION_CODE = Pattern.compile("CN|\\d{6}");
    private static final String CITATION_PREFIX = "通知：";

    private final HolidayNotices notices;
    private final long refreshNanos;
    private final HolidayCalendar shipped = HolidayCalendar.national();
    private final StatutoryHolidays statutory = StatutoryHolidays.standard();
    private volatile Snapshot snapshot;

    CalendarService(HolidayNotices notices, CalendarProperties properties) {
        this.notices = notices;
        this.refreshNanos = properties.refresh().toNanos();
    }

    /**
     * Whether a region code is acceptable: {@link #NATIONAL}, or a six-digit administrative division code
     * (行政区划代码, GB/T 2260) such as {@code 511700} (达州市).
     */
    public static boolean isRegionCode(String code) {
        return code != null && REGION_CODE.matcher(code).matches();
    }

    /** The national calculator as of now (immutable: keep it for a batch of computations that must agree). */
    public WorkingDays national() {
        return current().national();
    }

    /**
     * The calculator of a region: the national calendar with the region's extra holidays (e.g. a 少数民族 festival set by
     * a prefecture under 《全国年节及纪念日放假办法》第四条) merged over it. A region without extra holidays, or
     * {@link #NATIONAL}, gets the national calculator.
     */
    public WorkingDays forRegion(String code) {
        Snapshot s = current();
        return s.regions().getOrDefault(code, s.national());
    }

    /** Whether {@code date} is a working day in the national calendar (暂定 for a year without a notice). */
    @Override
    public boolean isWorkingDay(LocalDate date) {
        return national().isWorkingDay(date);
    }

    /** The {@code n}-th working day after {@code start} (the start day not counted), FINAL or PROVISIONAL. */
    @Override
    public WorkingDayDate addWorkingDays(LocalDate start, int n) {
        return national().addWorkingDays(start, n);
    }

    /** The working days after {@code start} up to and including {@code end}, FINAL or PROVISIONAL. */
    @Override
    public WorkingDayCount workingDaysBetween(LocalDate start, LocalDate end) {
        return national().workingDaysBetween(start, end);
    }

    /** Whether the national notice of {@code year} is available (shipped or loaded). */
    public boolean hasNoticeFor(int year) {
        return national().calendar().hasNoticeFor(year);
    }

    /**
     * The years without a national notice that a period starting {@code today} could reach: today's year and any year
     * within the next {@value #HORIZON_WORKING_DAYS} working days (in December: the next year). Deadlines that reach
     * them are 暂定 until the notice is loaded.
     */
    public SortedSet<Integer> missingNoticeYears(LocalDate today) {
        WorkingDays calculator = national();
        SortedSet<Integer> missing = new TreeSet<>(
                calculator.addWorkingDays(today, HORIZON_WORKING_DAYS).yearsWithoutNotice());
        if (!calculator.calendar().hasNoticeFor(today.getYear())) {
            missing.add(today.getYear());
        }
        return missing;
    }

    /**
     * The national notice years from the first shipped one to next year (or the last loaded one), each with its
     * source, missing years included; then the years of regional extra holidays.
     */
    public List<CalendarYear> years(LocalDate today) {
        Snapshot s = current();
        Map<Integer, StoredNotice> loadedNational = new HashMap<>();
        List<StoredNotice> regional = new ArrayList<>();
        for (StoredNotice stored : s.stored()) {
            if (stored.national()) {
                loadedNational.put(stored.year(), stored);
            } else {
                regional.add(stored);
            }
        }
        int first = shipped.noticeYears().isEmpty()
                ? today.getYear()
                : shipped.noticeYears().first();
        int last = today.getYear() + 1;
        for (int year : loadedNational.keySet()) {
            first = Math.min(first, year);
            last = Math.max(last, year);
        }
        List<CalendarYear> years = new ArrayList<>();
        for (int year = first; year <= last; year++) {
            StoredNotice stored = loadedNational.get(year);
            Optional<HolidayNotice> file = shipped.notice(year);
            if (stored != null) {
                years.add(loaded(stored, file.isPresent()));
            } else if (file.isPresent()) {
                HolidayNotice notice = file.get();
                years.add(new CalendarYear(
                        year,
                        NATIONAL,
                        CalendarYear.Origin.SHIPPED,
                        citation(notice),
                        null,
                        null,
                        false,
                        count(notice, DayType.OFF),
                        count(notice, DayType.WORK)));
            } else {
                years.add(new CalendarYear(year, NATIONAL, CalendarYear.Origin.MISSING, null, null, null, false, 0, 0));
            }
        }
        regional.stream()
                .sorted(Comparator.comparing(StoredNotice::region).thenComparing(StoredNotice::year))
                .forEach(stored -> years.add(loaded(stored, false)));
        return years;
    }

    /** Reads the loaded notices again, now. */
    public void reload() {
        snapshot = build(notices.fingerprint());
    }

    /** Reloads before any other listener hears of the new notice, so that they recompute with it. */
    @TransactionalEventListener(fallbackExecution = true)
    @Order(Ordered.HIGHEST_PRECEDENCE)
    void on(HolidayNoticeLoaded loaded) {
        reload();
    }

    private Snapshot current() {
        Snapshot s = snapshot;
        long now = System.nanoTime();
        if (s == null || now - s.checkedAt() > refreshNanos) {
            synchronized (this) {
                s = snapshot;
                if (s == null || now - s.checkedAt() > refreshNanos) {
                    String fingerprint = notices.fingerprint();
                    s = s != null && s.fingerprint().equals(fingerprint) ? s.checked(now) : build(fingerprint);
                    snapshot = s;
                }
            }
        }
        return s;
    }

    private Snapshot build(String fingerprint) {
        List<StoredNotice> stored = notices.findAll();
        HolidayCalendar calendar = shipped;
        Map<String, List<CalendarEntry>> extras = new HashMap<>();
        for (StoredNotice notice : stored) {
            HolidayNotice parsed;
            try {
                parsed = HolidayFileParser.parseNotice(notice.year(), notice.content());
            } catch (HolidayFileException e) {
                // validated when loaded; a row edited by hand in the database is ignored rather than stopping the
                // platform
                log.error(
                        "holiday_notice {}/{} cannot be read and is ignored: {}",
                        notice.year(),
                        notice.region(),
                        e.getMessage());
                continue;
            }
            if (notice.national()) {
                calendar = calendar.withNotice(parsed);
            } else {
                extras.computeIfAbsent(notice.region(), r -> new ArrayList<>()).addAll(parsed.entries());
            }
        }
        WorkingDays national = new WorkingDays(calendar, statutory);
        Map<String, WorkingDays> regions = new HashMap<>();
        HolidayCalendar nationalCalendar = calendar;
        extras.forEach((region, entries) ->
                regions.put(region, national.withCalendar(nationalCalendar.withRegionalHolidays(entries))));
        return new Snapshot(national, Map.copyOf(regions), List.copyOf(stored), fingerprint, System.nanoTime());
    }

    private static CalendarYear loaded(StoredNotice stored, boolean replacesShippedFile) {
        int off = 0;
        int work = 0;
        try {
            HolidayNotice parsed = HolidayFileParser.parseNotice(stored.year(), stored.content());
            off = count(parsed, DayType.OFF);
            work = count(parsed, DayType.WORK);
        } catch (HolidayFileException e) {
            // logged when the snapshot was built
        }
        return new CalendarYear(
                stored.year(),
                stored.region(),
                CalendarYear.Origin.LOADED,
                stored.source(),
                stored.loadedAt(),
                stored.loadedBy(),
                replacesShippedFile,
                off,
                work);
    }

    // The shipped files cite their notices on comment lines "# 通知：…"; other comment lines describe the data.
    private static String citation(HolidayNotice notice) {
        List<String> titles = notice.sources().stream()
                .filter(line -> line.startsWith(CITATION_PREFIX))
                .map(line -> line.substring(CITATION_PREFIX.length()).strip())
                .toList();
        if (!titles.isEmpty()) {
            return titles.stream().collect(Collectors.joining("；"));
        }
        return notice.sources().isEmpty() ? "" : notice.sources().get(0);
    }

    private static int count(HolidayNotice notice, DayType type) {
        return (int) notice.entries().stream().filter(e -> e.type() == type).count();
    }

    private record Snapshot(
            WorkingDays national,
            Map<String, WorkingDays> regions,
            List<StoredNotice> stored,
            String fingerprint,
            long checkedAt) {

        Snapshot checked(long now) {
            return new Snapshot(national, regions, stored, fingerprint, now);
        }
    }
}
