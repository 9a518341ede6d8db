package org.gongkai.app.catalog;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * An item's body as rich text, sanitised on the server whatever the browser sent (stack-notes: "sanitise
 * on the server, whatever the editor sends"): jsoup's relaxed {@link Safelist} — paragraphs, headings,
 * lists, tables, emphasis, links (http, https, mailto) — without images (they will be attachments) and
 * with every link opened without the referrer. Scripts, styles, event handlers and {@code javascript:}
 * links are dropped.
 */
final class Bodies {
    private static final Safelist SAFELIST = Safelist.relaxed()
            .removeTags("img")
            .addAttributes("a", "rel")
            .addEnforcedAttribute("a", "rel", "noopener noreferrer");

    private Bodies() {}

    static String sanitise(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        return Jsoup.clean(html, "", SAFELIST, new Document.OutputSettings().prettyPrint(false))
                .strip();
    }

    /** Whether the sanitised body says anything at all (text, not only empty tags). */
    static boolean hasText(String sanitised) {
        return !Jsoup.parseBodyFragment(sanitised).text().isBlank();
    }
}
