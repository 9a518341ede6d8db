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
        return punctuate(ChineseText.normalize(text));
    }

    /**
     * Thousands separators dropped ("3,119" → "3119": a comma between a digit and exactly three digits),
     * a space between a number and a Chinese character dropped ("3119 件" → "3119件"), then the ASCII
     * comma, semicolon and colon made Chinese. One pass over an array, not a scan with
     * {@code charAt} and three {@code replace}s: this runs over the whole narrative of every report, and
     * before the JIT's last tier each {@code charAt} is a call.
     */
    static String punctuate(String s) {
        char[] in = s.toCharArray();
        int n = in.length;
        char[] out = new char[n];
        int len = 0;
        for (int i = 0; i < n; i++) {
            char c = in[i];
            if (c == ' '
                    && i > 0
                    && i + 1 < n
                    && (isDigit(in, i - 1) && ChineseText.isIdeograph(in[i + 1])
                            || ChineseText.isIdeograph(in[i - 1]) && isDigit(in, i + 1))) {
                // 申请 3119 件, 2024 年: text converted from a PDF spaces the digits apart from the words
                continue;
            }
            if ((c == ',' || c == '，')
                    && i > 0
                    && isDigit(in, i - 1)
                    && isDigit(in, i + 1)
                    && isDigit(in, i + 2)
                    && isDigit(in, i + 3)
                    && !isDigit(in, i + 4)) {
                continue;
            }
            out[len++] = switch (c) {
                case ',' -> '，';
                case ';' -> '；';
                case ':' -> '：';
                default -> c;
            };
        }
        return new String(out, 0, len);
    }

    private static boolean isDigit(char[] a, int i) {
        return i < a.length && a[i] >= '0' && a[i] <= '9';
    }
}
