package org.gongkai.app.letter;

import java.util.List;
import java.util.stream.Collectors;
import org.gongkai.app.letter.api.LetterKind;
import org.springframework.validation.Errors;

/**
 * What a template must be: a headline of at most 60 characters, a body of at most 10,000, no placeholder the
 * letters do not know (a misspelt {@code {申请人}} would otherwise print as written), and for a reply the remedies
 * paragraph {@code {救济途径}}, since every reply must tell of 行政复议 and 行政诉讼 and their periods.
 */
final class TemplateRules {
    static final int HEADLINE_MAX = 60;
    static final int BODY_MAX = 10_000;

    private TemplateRules() {}

    /** Rejects the fields of {@code form} that break a rule; true when none does. */
    static boolean check(LetterKind kind, TemplateForm form, Errors errors) {
        LetterTemplate t = form.template();
        if (t.headline().isEmpty()) {
            errors.rejectValue("headline", "letter.headline.required");
        } else if (t.headline().length() > HEADLINE_MAX) {
            errors.rejectValue("headline", "letter.headline.tooLong", new Object[] {HEADLINE_MAX}, null);
        } else {
            unknown(t.headline(), "headline", errors);
        }
        if (t.body().isEmpty()) {
            errors.rejectValue("body", "letter.body.required");
        } else if (t.body().length() > BODY_MAX) {
            errors.rejectValue("body", "letter.body.tooLong", new Object[] {BODY_MAX}, null);
        } else if (!unknown(t.body(), "body", errors)
                && kind.isReply()
                && !LetterText.used(t.body()).contains(Placeholder.REMEDIES)) {
            errors.rejectValue("body", "letter.body.remedies");
        }
        return !errors.hasErrors();
    }

    private static boolean unknown(String text, String field, Errors errors) {
        List<String> unknown = LetterText.unknown(text);
        if (unknown.isEmpty()) {
            return false;
        }
        String names = unknown.stream().map(n -> "{" + n + "}").collect(Collectors.joining("、"));
        errors.rejectValue(field, "letter.placeholder.unknown", new Object[] {names}, null);
        return true;
    }
}
