package org.gongkai.report.rules;

import org.gongkai.report.parse.ChineseText;

/**
 * The narrative as the TXT rules read it: {@link ChineseText#normalize} (Simplified — the seed is
 * Traditional —, ASCII digits, unified brackets), then thousands separators dropped and the ASCII
 * comma, semicolon and colon turned into the Chinese marks the patterns expect.
 */
final class NarrativeText {
    private NarrativeText() {}

    static String normalize(String text) {
        String s = ChineseText.normalize(text);
        s = s.replaceAll("(?<=\\d)[,，](?=\\d{3}(?!\\d))", "");
        return s.replace(',', '，').replace(';', '；').replace(':', '：');
    }
}
