package org.gongkai.app.calendar;

import java.util.List;

/**
 * A message for the office home page, as a key of {@code i18n/calendar.properties} and its arguments, so that the page
 * renders it in the person's language: {@code th:text="${#messages.msgWithParams(alert.key, alert.arguments)}"}.
 */
record CalendarAlert(String key, List<String> args) {
    public CalendarAlert {
        args = List.copyOf(args);
    }

    /** The arguments as the array {@code #messages.msgWithParams} takes. */
    public Object[] arguments() {
        return args.toArray();
    }
}
