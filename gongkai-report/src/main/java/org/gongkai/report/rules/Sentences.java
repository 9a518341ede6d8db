package org.gongkai.report.rules;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.report.Section;
import org.gongkai.report.SectionHeading;

/** Splits normalised narrative into sentences and clips quotations for messages. */
final class Sentences {
    private Sentences() {}

    static List<String> of(String text) {
        List<String> out = new ArrayList<>();
        int from = 0;
        char[] a = text.toCharArray(); // not charAt: a call per character before the JIT's last tier
        for (int i = 0; i <= a.length; i++) {
            if (i == a.length || endsSentence(a[i])) {
                String t = text.substring(from, i).strip();
                if (!t.isEmpty()) {
                    out.add(t);
                }
                from = i + 1;
            }
        }
        return out;
    }

    /** 。；！？ and a line break (a switch rather than a search of a string, for every character). */
    private static boolean endsSentence(char c) {
        switch (c) {
            case '。':
            case '；':
            case '！':
            case '？':
            case '\n':
                return true;
            default:
                return false;
        }
    }

    /** At most {@code max} characters of {@code s} around {@code at}, with ellipses where cut. */
    static String quote(String s, int at, int max) {
        int from = Math.max(0, at - max / 2);
        int to = Math.min(s.length(), from + max);
        from = Math.max(0, to - max);
        return (from > 0 ? "…" : "") + s.substring(from, to) + (to < s.length() ? "…" : "");
    }

    static String quote(String s) {
        return s.length() <= 60 ? s : s.substring(0, 60) + "…";
    }

    /** "正文" or the section's heading, for {@code where}. */
    static String where(Section s) {
        return s == null
                ? "正文"
                : "正文" + Labels.SEP + SectionHeading.ofNumber(s.number()).heading();
    }
}
