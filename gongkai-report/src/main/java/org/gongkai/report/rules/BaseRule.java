package org.gongkai.report.rules;

import org.gongkai.report.Severity;

/** Holds the id, severity and title every rule has, so a rule class only says what it checks. */
abstract class BaseRule implements Rule {
    private final String id;
    private final Severity severity;
    private final String title;

    BaseRule(String id, Severity severity, String title) {
        this.id = id;
        this.severity = severity;
        this.title = title;
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final Severity severity() {
        return severity;
    }

    @Override
    public final String title() {
        return title;
    }

    @Override
    public String toString() {
        return id;
    }
}
