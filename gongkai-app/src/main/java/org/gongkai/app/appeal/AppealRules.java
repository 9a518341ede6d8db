package org.gongkai.app.appeal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.gongkai.app.appeal.api.AppealResult;
import org.gongkai.app.system.api.PlainText;
import org.springframework.validation.Errors;

/** The checks the case forms share, each said in Chinese at its field ({@code appeal.*} messages). */
final class AppealRules {
    /** 《政府信息公开条例》 (2007) came into force on 2008-05-01: no disclosure case is older. */
    static final LocalDate FIRST_REGULATIONS_IN_FORCE = LocalDate.of(2008, 5, 1);

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");

    private AppealRules() {}

    /** A date as documents write it: 2020年12月31日. */
    static String day(LocalDate date) {
        return date.format(DAY);
    }

    /** A required line of plain text, stripped; its error at {@code field}. */
    static String line(String value, String field, int max, boolean required, Errors errors) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            if (required) {
                errors.rejectValue(field, "appeal." + field + ".required");
            }
        } else if (PlainText.hasHiddenCharacters(text)) {
            errors.rejectValue(field, "text.hiddenCharacters");
        } else if (text.length() > max) {
            errors.rejectValue(field, "appeal.tooLong", new Object[] {max}, null);
        }
        return text;
    }

    /** An optional text of several lines (the note): each line plain text, at most {@code max} characters. */
    static String text(String value, String field, int max, Errors errors) {
        String text = value == null ? "" : value.strip().replace("\r\n", "\n");
        if (text.lines().anyMatch(PlainText::hasHiddenCharacters)) {
            errors.rejectValue(field, "text.hiddenCharacters");
        } else if (text.length() > max) {
            errors.rejectValue(field, "appeal.tooLong", new Object[] {max}, null);
        }
        return text;
    }

    /**
     * A result and its date: a decision needs the day it was made (not before the case was filed, not after
     * today); a pending case has none. {@code filedOn} may be null (then only today bounds the date).
     */
    static void decision(AppealResult result, LocalDate decidedOn, LocalDate filedOn, LocalDate today, Errors errors) {
        if (errors.hasFieldErrors("result") || errors.hasFieldErrors("decidedOn")) {
            return;
        }
        if (result == null) {
            errors.rejectValue("result", "appeal.result.required");
        } else if (result.decided()) {
            if (decidedOn == null) {
                errors.rejectValue("decidedOn", "appeal.decidedOn.required");
            } else if (decidedOn.isAfter(today)) {
                errors.rejectValue("decidedOn", "appeal.decidedOn.future");
            } else if (filedOn != null && decidedOn.isBefore(filedOn)) {
                errors.rejectValue("decidedOn", "appeal.decidedOn.beforeFiled", new Object[] {day(filedOn)}, null);
            }
        } else if (decidedOn != null) {
            errors.rejectValue("decidedOn", "appeal.decidedOn.pending");
        }
    }
}
