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
        s = dropThousandsSeparators(s);
        return s.replace(',', '，').replace(';', '；').replace(':', '：');
    }

    /** "3,119" → "3119": a comma between a digit and exactly three digits. */
    static String dropThousandsSeparators(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean separator = (c == ',' || c == '，')
                    && i > 0
                    && isDigit(s, i - 1)
                    && isDigit(s, i + 1)
                    && isDigit(s, i + 2)
                    && isDigit(s, i + 3)
                    && !isDigit(s, i + 4);
            if (separator && sb == null) {
                sb = new StringBuilder(s.length()).append(s, 0, i);
            } else if (!separator && sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? s : sb.toString();
    }

    private static boolean isDigit(String s, int i) {
        return i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9';
    }
}
