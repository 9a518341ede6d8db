package org.gongkai.app.calendar.api;

import java.util.Collections;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A number of working days computed by {@link WorkingDayCalendar#workingDaysBetween}, e.g. the length of a pause of the
 * reply clock while a third party is consulted (条例第三十二条、第三十三条第三款), with how certain it is.
 *
 * @param days the number of working days
 * @param certainty {@link Certainty#PROVISIONAL} if the interval crossed a year without a loaded notice
 * @param yearsWithoutNotice those years (empty when final)
 */
public record WorkingDayCount(int days, Certainty certainty, SortedSet<Integer> yearsWithoutNotice) {
    public WorkingDayCount {
        Objects.requireNonNull(certainty, "certainty");
        yearsWithoutNotice = Collections.unmodifiableSortedSet(new TreeSet<>(yearsWithoutNotice));
    }

    /** Whether the count is 暂定. */
    public boolean isProvisional() {
        return certainty == Certainty.PROVISIONAL;
    }
}
