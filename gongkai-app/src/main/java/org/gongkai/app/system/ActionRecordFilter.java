package org.gongkai.app.system;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What a reader of the record of actions asked for: a date range (both days included, China
 * Standard Time), an action code, part of the actor's name, and text found in the summary, reason,
 * subject or before/after states. Blank means "any". Bound from the query string of the list and the
 * export, so an export gives exactly the rows the list showed.
 */
record ActionRecordFilter(
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
        String action,
        String actor,
        String text) {

    static final ActionRecordFilter NONE = new ActionRecordFilter(null, null, null, null, null);

    ActionRecordFilter {
        action = blankToNull(action);
        actor = blankToNull(actor);
        text = blankToNull(text);
    }

    /** The query string that selects the same rows (for paging and export links). */
    String query() {
        UriComponentsBuilder b = UriComponentsBuilder.newInstance();
        if (from != null) {
            b.queryParam("from", from);
        }
        if (to != null) {
            b.queryParam("to", to);
        }
        if (action != null) {
            b.queryParam("action", action);
        }
        if (actor != null) {
            b.queryParam("actor", actor);
        }
        if (text != null) {
            b.queryParam("text", text);
        }
        return b.encode().build().getQuery();
    }

    /** A short description for the record of the export itself, e.g. {@code from=2020-01-01 text=公开}. */
    String describe() {
        String q = "";
        q += from == null ? "" : " from=" + from;
        q += to == null ? "" : " to=" + to;
        q += action == null ? "" : " action=" + action;
        q += actor == null ? "" : " actor=" + actor;
        q += text == null ? "" : " text=" + text;
        return q.strip();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
