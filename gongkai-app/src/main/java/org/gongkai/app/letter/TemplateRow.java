package org.gongkai.app.letter;

import org.gongkai.app.letter.api.LetterKind;

/** A line of the templates page: the kind, the headline its letters carry, and whether it is the agency's own. */
record TemplateRow(LetterKind kind, String headline, boolean own) {
    public String name() {
        return kind.name();
    }

    public boolean isReply() {
        return kind.isReply();
    }
}
