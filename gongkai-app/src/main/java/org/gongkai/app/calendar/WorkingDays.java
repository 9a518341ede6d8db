package org.gongkai.app.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;
import org.gongkai.app.calendar.api.Certainty;
import org.gongkai.app.calendar.api.WorkingDayCount;
import org.gongkai.app.calendar.api.WorkingDayDate;

/**
 * The working-day calculator: the one place where the deadline law of the 条例 turns into dates.
 *
 * <p>Law applied:
 *
 * <ul>
 *   <li>条例第三十三条: the reply is due "自收到申请之日起20个工作日内", extendable by at most 20 working days; the
 *       same 工作日 unit is used by 第二十六条 (20 working days to publish), 第三十条 (7 working days to ask for a
 *       补正), 第三十二条 and 第三十四条 (15 working days for a consulted third party or agency). The 条例 does not
 *       define 工作日; as in 行政许可法第八十二条 it excludes 法定节假日.
 *   <li>民法典第二百零一条: "开始的当日不计入，自下一日开始计算" — the receipt day itself is not counted.
 *   <li>Working days: the State Council's yearly notice decides (放假 days and 调休上班 weekend days, kept as data in
 *       {@link HolidayCalendar}); otherwise Monday to Friday. 民法典第二百零三条 (a last day on a holiday moves to the
 *       day after) needs no rule of its own: counting only working days never ends on a holiday.
 *   <li>Years whose notice is not loaded: weekdays minus the holidays of 《全国年节及纪念日放假办法》
 *       ({@link StatutoryHolidays}), and the result is {@link Certainty#PROVISIONAL 暂定}.
 * </ul>
 *
 * <p>The algorithm is domain-spec §5.2, exactly. Thread-safe and immutable.
 */
final class WorkingDays {

    private final HolidayCalendar calendar;
    private final StatutoryHolidays statutory;

    public WorkingDays(HolidayCalendar calendar, StatutoryHolidays statutory) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        this.statutory = Objects.requireNonNull(statutory, "statutory");
    }

    /** The shipped national calendar with the standard statutory rules for years without a notice. */
    public static WorkingDays national() {
        return new WorkingDays(HolidayCalendar.national(), StatutoryHolidays.standard());
    }

    /** A calculator on another calendar (e.g. after the administrator loaded a notice), same statutory rules. */
    public WorkingDays withCalendar(HolidayCalendar next) {
        return new WorkingDays(next, statutory);
    }

    public HolidayCalendar calendar() {
        return calendar;
    }

    /**
     * Whether {@code date} is a working day: the calendar's entry if it has one (so a 调休 Saturday is a working
     * day); otherwise, in a year without a notice, not if it is a statutory holiday; otherwise Monday to Friday.
     *
     * @throws IllegalArgumentException for a year that has neither a notice nor a configured revision of the 办法
     *     (before 2014 with {@link StatutoryHolidays#standard()})
     */
    public boolean isWorkingDay(LocalDate date) {
        var entry = calendar.entry(date);
        if (entry.isPresent()) {
            return entry.get() == DayType.WORK;
        }
        if (!calendar.hasNoticeFor(date.getYear()) && statutory.holiday(date).isPresent()) {
            return false;
        }
        return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    /** Whether the answer of {@link #isWorkingDay} for {@code date} is only 暂定. */
    public boolean isProvisional(LocalDate date) {
        return !calendar.hasNoticeFor(date.getYear());
    }

    /**
     * The {@code n}-th working day after {@code start}; {@code start} itself is not counted (民法典第二百零一条). For a
     * disclosure application received on day D, {@code addWorkingDays(D, 20)} is the last day to reply
     * (条例第三十三条第二款).
     *
     * @param start the legal receipt date (条例第三十一条) or other start of the period
     * @param n the number of working days, at least 0; {@code addWorkingDays(d, 0)} is {@code d}, final
     */
    public WorkingDayDate addWorkingDays(LocalDate start, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("工作日数不能为负数：" + n);
        }
        SortedSet<Integer> missing = new TreeSet<>();
        LocalDate day = start;
        int counted = 0;
        while (counted < n) {
            day = day.plusDays(1);
            noteMissingNotice(day, missing);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return new WorkingDayDate(day, certainty(missing), missing);
    }

    /**
     * The number of working days after {@code start} up to and including {@code end}: the inverse of
     * {@link #addWorkingDays}, so {@code workingDaysBetween(d, addWorkingDays(d, n).date()) == n}. Used to measure a
     * pause of the reply clock (条例第三十三条第三款: time spent consulting a third party or another agency is not
     * counted). Zero if {@code end} is not after {@code start}.
     */
    public WorkingDayCount workingDaysBetween(LocalDate start, LocalDate end) {
        SortedSet<Integer> missing = new TreeSet<>();
        int count = 0;
        for (LocalDate day = start.plusDays(1); !day.isAfter(end); day = day.plusDays(1)) {
            noteMissingNotice(day, missing);
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return new WorkingDayCount(count, certainty(missing), missing);
    }

    private void noteMissingNotice(LocalDate day, SortedSet<Integer> missing) {
        if (!calendar.hasNoticeFor(day.getYear())) {
            missing.add(day.getYear());
        }
    }

    private static Certainty certainty(SortedSet<Integer> missing) {
        return missing.isEmpty() ? Certainty.FINAL : Certainty.PROVISIONAL;
    }
}
