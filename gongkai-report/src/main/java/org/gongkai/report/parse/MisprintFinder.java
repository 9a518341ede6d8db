package org.gongkai.report.parse;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Finds row labels printed with one character dropped, added or changed ({@code 行政法复议} for
 * 行政复议): after the rows were found by their keys, each row still missing is looked for where it
 * should be, between the rows found before and after it; the readers note each such row with {@code
 * DOC.LABEL_MISPRINTED}.
 */
final class MisprintFinder {
    private final String s;
    private final LabelFinder labels;

    MisprintFinder(String text, LabelFinder labels) {
        this.s = text;
        this.labels = labels;
    }

    /**
     * The rows not found by their key that are printed with a misprinted label, in table order: each
     * looked for between the rows found before and after it ({@code anchor} for the first, a row's
     * window after the last found), never on a group label; {@code rows} in table order, {@code skip}
     * the rows not to look for so.
     */
    <R> Map<R, LabelFinder.Hit> misprinted(
            List<R> rows,
            Map<R, LabelFinder.Hit> hits,
            Predicate<R> skip,
            Function<R, String> key,
            Function<R, String> number,
            int anchor) {
        Map<R, LabelFinder.Hit> out = new LinkedHashMap<>();
        if (hits.isEmpty()) {
            return out;
        }
        for (int i = 0; i < rows.size(); i++) {
            R row = rows.get(i);
            if (hits.containsKey(row) || skip.test(row)) {
                continue;
            }
            int from = anchor;
            for (int j = i - 1; j >= 0; j--) {
                if (hits.containsKey(rows.get(j))) {
                    from = hits.get(rows.get(j)).end();
                    break;
                }
            }
            int to = Math.min(s.length(), from + LabelFinder.ROW_WINDOW);
            for (int j = i + 1; j < rows.size(); j++) {
                if (hits.containsKey(rows.get(j))) {
                    to = hits.get(rows.get(j)).start();
                    break;
                }
            }
            LabelFinder.Hit h = findMisprinted(key.apply(row), number.apply(row), from, to);
            if (h != null && !isGroupLabel(h.start())) {
                out.put(row, h);
            }
        }
        return out;
    }

    /**
     * A misprinted row label ({@code 行政法复议} for 行政复议, {@code 予已公开} for 予以公开): the one place
     * between {@code from} and {@code to} where label text differs from {@code key} by one character
     * dropped, added or changed. Keys shorter than four characters are never matched so; null when
     * there is no such place or more than one.
     */
    LabelFinder.Hit findMisprinted(String key, String number, int from, int to) {
        if (key.length() < 4) {
            return null;
        }
        int found = -1;
        int foundLength = 0;
        for (int i = Math.max(0, from); i < Math.min(to, s.length()); i++) {
            if (!LabelFinder.isLabelChar(s.charAt(i))) {
                continue;
            }
            for (int len = key.length() - 1; len <= key.length() + 1; len++) {
                if (i + len > Math.min(to, s.length())
                        || !labelText(i, i + len)
                        || !oneEditApart(key, s, i, i + len)
                        || overlapsExact(key, i, i + len)) {
                    continue;
                }
                if (found >= 0 && i >= found + foundLength) {
                    return null;
                }
                if (found < 0) {
                    found = i;
                    foundLength = len;
                }
            }
        }
        if (found < 0) {
            return null;
        }
        int start = found;
        while (start > from && LabelFinder.isLabelChar(s.charAt(start - 1))) {
            start--;
        }
        if (number != null) {
            start = labels.numbered(start, number, from);
        }
        return new LabelFinder.Hit(start, found, labels.labelEnd(found + foundLength));
    }

    private static final String[] GROUP_LABELS = {"不予公开", "无法提供", "不予处理", "其他处理", "本年度办理结果"};

    /** Whether the label at {@code p} is a group label of table 3 ({@code （三）不予公开}), not a row's. */
    private boolean isGroupLabel(int p) {
        int end = labels.labelEnd(p);
        String label = s.substring(p, end);
        for (String g : GROUP_LABELS) {
            if (label.endsWith(g)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the key itself, correctly printed, overlaps {@code [from, to)} (行政复议、 is no misprint). */
    private boolean overlapsExact(String key, int from, int to) {
        int exact = s.indexOf(key, Math.max(0, from - key.length()));
        return exact >= 0 && exact < to;
    }

    private boolean labelText(int from, int to) {
        for (int i = from; i < to; i++) {
            if (!LabelFinder.isLabelChar(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code text[from, to)} is {@code key} with exactly one character dropped, added or changed. */
    static boolean oneEditApart(String key, String text, int from, int to) {
        int n = to - from;
        int m = key.length();
        if (Math.abs(n - m) > 1) {
            return false;
        }
        int i = 0;
        while (i < Math.min(n, m) && text.charAt(from + i) == key.charAt(i)) {
            i++;
        }
        if (i == n && n == m) {
            return false;
        }
        int tailKey = n >= m ? i + (n == m ? 1 : 0) : i + 1;
        int tailText = n <= m ? i + (n == m ? 1 : 0) : i + 1;
        // the rest after the one edit must be equal
        return key.regionMatches(tailKey, text, from + tailText, m - tailKey) && m - tailKey == n - tailText;
    }
}
