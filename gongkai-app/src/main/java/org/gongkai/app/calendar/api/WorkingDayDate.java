package org.gongkai.app.calendar.api;

import java.time.LocalDate;
import java.util.Collections;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A date computed by {@link WorkingDayCalendar#addWorkingDays}, typically a statutory deadline (the last day permitted,
 * inclusive), with how certain it is.
 *
 * @param date the computed date
 * @param certainty {@link Certainty#PROVISIONAL} if the computation crossed a year without a loaded notice
 * @param yearsWithoutNotice those years (empty when final): the notices the administrator must load
 */
public record WorkingDayDate(LocalDate date, Certainty certainty, SortedSet<Integer> yearsWithoutNotice) {
    public WorkingDayDate {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(certainty, "certainty");
        yearsWithoutNotice = Collections.unmodifiableSortedSet(new TreeSet<>(yearsWithoutNotice));
    }

    /** Whether the date is 暂定. */
    public boolean isProvisional() {
        return certainty == Certainty.PROVISIONAL;
    }
}
