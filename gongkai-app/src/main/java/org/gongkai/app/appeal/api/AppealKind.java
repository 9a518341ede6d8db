package org.gongkai.app.appeal.api;

import org.gongkai.report.Table4Group;

/**
 * What kind of case an appeal is: the three groups of table 4 (domain-spec §2.5). The Chinese name is the
 * message {@code appealKind.<NAME>}.
 */
public enum AppealKind {
    /** 行政复议: an application for administrative reconsideration (行政复议法第二十条: within 60 days). */
    RECONSIDERATION(Table4Group.RECONSIDERATION),
    /** 行政诉讼·未经复议直接起诉: a lawsuit filed without reconsideration (行政诉讼法第四十六条: within 6 months). */
    LITIGATION_DIRECT(Table4Group.LITIGATION_DIRECT),
    /** 行政诉讼·复议后起诉: a lawsuit filed after a reconsideration decision. */
    LITIGATION_AFTER_RECONSIDERATION(Table4Group.LITIGATION_AFTER_RECONSIDERATION);

    private final Table4Group group;

    AppealKind(Table4Group group) {
        this.group = group;
    }

    /** The group of table 4 the case is counted in. */
    public Table4Group group() {
        return group;
    }

    /** Whether the case is a lawsuit (heard by a court) rather than a reconsideration. */
    public boolean litigation() {
        return this != RECONSIDERATION;
    }
}
