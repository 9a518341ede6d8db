package org.gongkai.report.rules;

import com.github.houbb.opencc4j.util.ZhConverterUtil;

/**
 * The narrative as the TXT rules read it: Simplified Chinese (the seed is Traditional), ASCII digits
 * (full-width ０-９ too), thousands separators dropped, and ASCII punctuation turned into the Chinese
 * marks the patterns expect.
 */
final class NarrativeText {
    private NarrativeText() {}

    static String normalize(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '０' && c <= '９') {
                c = (char) ('0' + (c - '０'));
            } else if (c == '\u3000' || c == '\u00a0') {
                c = ' ';
            }
            sb.append(c);
        }
        String s = simplified(sb.toString());
        s = s.replaceAll("(?<=\\d)[,，](?=\\d{3}(?!\\d))", "");
        return s.replace(',', '，')
                .replace(';', '；')
                .replace(':', '：')
                .replace('(', '（')
                .replace(')', '）');
    }

    private static String simplified(String s) {
        try {
            return ZhConverterUtil.toSimple(s);
        } catch (RuntimeException e) {
            // The converter's dictionaries failed to load: the text is read as it is.
            return s;
        }
    }
}
