package org.gongkai.report.parse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Finds the six section headings (domain-spec §2.2) in the normalised text: a numeral 一 to 六, then
 * {@code 、} (or {@code .}, or nothing at the start of a line or cell), then the heading's words or a
 * known variant (Traditional, {@code 行政法复议} typos, {@code 政府信息公开工作存在的主要问题…}); or the
 * same words after {@code 第一部分}. A colon after the words ends the heading.
 *
 * <p>What is not a heading: a heading followed by {@code 、}, {@code ，}, {@code ；} or {@code 等}
 * (part of a sentence listing the parts); three or more headings in a row with nothing but spaces,
 * dots or page numbers between them (a table of contents, or the parts listed in the preamble). A
 * numeral in brackets ({@code （一）主动公开政府信息情况}) is a sub-heading of 总体情况 in the format;
 * bracketed headings are taken only when the report has fewer than two plain headings and at least
 * three bracketed ones whose numeral matches their words ({@code （一）总体情况}, {@code （二）主动公开…}).
 * Headings are taken in order, each after the one before.
 */
final class AssemblerHeadings {
    /** 1 to 6 for the heading numerals 一 to 六, else 0 (a switch: this runs on every character of the text). */
    static int numeral(char c) {
        switch (c) {
            case '一':
                return 1;
            case '二':
                return 2;
            case '三':
                return 3;
            case '四':
                return 4;
            case '五':
                return 5;
            case '六':
                return 6;
            default:
                return 0;
        }
    }

    private final int[] start = new int[7];
    private final int[] end = new int[7];
    private final int[] body = new int[7];

    private AssemblerHeadings() {
        Arrays.fill(start, -1);
        Arrays.fill(end, -1);
        Arrays.fill(body, -1);
    }

    /**
     * A heading found: its number, where it starts, where its words end and its section's text starts
     * (after a colon), whether its numeral is bracketed.
     */
    private record Candidate(int k, int start, int end, int body, boolean bracketed) {}

    static AssemblerHeadings find(String s) {
        List<Candidate> all = candidates(s);
        dropLists(s, all);
        AssemblerHeadings plain = choose(all, false);
        if (plain.count() < 2) {
            AssemblerHeadings bracketed = choose(all, true);
            if (bracketed.count() >= 3) {
                return bracketed;
            }
        }
        return plain;
    }

    private static List<Candidate> candidates(String s) {
        List<Candidate> out = new ArrayList<>();
        int n = s.length();
        char[] a = s.toCharArray(); // not charAt: a call per character before the JIT's last tier
        for (int i = 0; i < n; i++) {
            int k = numeral(a[i]);
            if (k == 0) {
                continue;
            }
            char prev = i == 0 ? '\n' : s.charAt(i - 1);
            int at = i;
            int j = i + 1;
            boolean bracketed = false;
            if (prev == '第') {
                // 第一部分 总体情况
                if (!s.startsWith("部分", j)) {
                    continue;
                }
                at = i - 1;
                j += 2;
                while (j < n
                        && (s.charAt(j) == ' ' || s.charAt(j) == '、' || s.charAt(j) == ':' || s.charAt(j) == '：')) {
                    j++;
                }
            } else if (prev == '（') {
                if (j >= n || s.charAt(j) != '）') {
                    continue;
                }
                at = i - 1;
                bracketed = true;
                j++;
                if (j < n && s.charAt(j) == ' ') {
                    j++;
                }
            } else {
                if (numeral(prev) > 0 && prev != s.charAt(i)) {
                    continue;
                }
                boolean separated = j < n && (s.charAt(j) == '、' || s.charAt(j) == '.' || s.charAt(j) == ' ');
                if (separated) {
                    j++;
                } else if (!(prev == '\n' || prev == '|' || prev == ' ')) {
                    continue;
                }
            }
            int titleEnd = titleEnd(k, s, j);
            if (titleEnd < 0) {
                continue;
            }
            if (titleEnd < n && "、，；,;等和及".indexOf(s.charAt(titleEnd)) >= 0) {
                continue;
            }
            int e = titleEnd;
            if (e < n && (s.charAt(e) == ':' || s.charAt(e) == '：')) {
                e++;
            }
            out.add(new Candidate(k, at, titleEnd, e, bracketed));
            i = titleEnd - 1;
        }
        return out;
    }

    /** Removes runs of three or more consecutive headings with nothing between them: a list of the parts. */
    private static void dropLists(String s, List<Candidate> all) {
        boolean[] listed = new boolean[all.size()];
        int runStart = 0;
        for (int i = 1; i <= all.size(); i++) {
            boolean adjacent = i < all.size()
                    && all.get(i).k() == all.get(i - 1).k() + 1
                    && onlyFiller(s, all.get(i - 1).body(), all.get(i).start());
            if (!adjacent) {
                if (i - runStart >= 3) {
                    for (int j = runStart; j < i; j++) {
                        listed[j] = true;
                    }
                }
                runStart = i;
            }
        }
        for (int i = all.size() - 1; i >= 0; i--) {
            if (listed[i]) {
                all.remove(i);
            }
        }
    }

    /** Whether the text between two headings is only spaces, line breaks, dots or page numbers. */
    private static boolean onlyFiller(String s, int from, int to) {
        if (to - from > 40) {
            return false;
        }
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (!(c == ' '
                    || c == '\n'
                    || c == '|'
                    || c == '.'
                    || c == '…'
                    || c == '·'
                    || c == '-'
                    || c == '—'
                    || (c >= '0' && c <= '9'))) {
                return false;
            }
        }
        return true;
    }

    private static AssemblerHeadings choose(List<Candidate> all, boolean bracketed) {
        AssemblerHeadings h = new AssemblerHeadings();
        int last = 0;
        for (Candidate c : all) {
            if (c.bracketed() != bracketed || c.k() <= last) {
                continue;
            }
            h.start[c.k()] = c.start();
            h.end[c.k()] = c.end();
            h.body[c.k()] = c.body();
            last = c.k();
        }
        return h;
    }

    private int count() {
        int n = 0;
        for (int k = 1; k <= 6; k++) {
            n += start[k] >= 0 ? 1 : 0;
        }
        return n;
    }

    /** Where the heading's words end, or -1 when the text at {@code j} is not heading {@code k}. */
    private static int titleEnd(int k, String s, int j) {
        switch (k) {
            case 1:
                return prefix(s, j, "总体情况", "概述", "基本情况");
            case 2:
                return prefix(s, j, "主动公开政府信息情况", "主动公开政府信息", "主动公开情况");
            case 3:
                return prefix(s, j, "收到和处理政府信息公开申请情况", "收到和处理政府信息公开申请", "收到和处理", "依申请公开情况");
            case 4: {
                String head = window(s, j, 22);
                if (head.contains("复议") && head.contains("诉讼")) {
                    int e = head.indexOf("情况");
                    return e >= 0 ? j + e + 2 : j + head.indexOf("诉讼") + 2;
                }
                return -1;
            }
            case 5: {
                String head = window(s, j, 24);
                int p = head.indexOf("问题");
                if (p >= 0 && p <= 14 && (head.contains("存在") || head.contains("主要问题"))) {
                    int e = head.indexOf("情况");
                    int m = head.indexOf("措施");
                    if (e >= 0) {
                        return j + e + 2;
                    }
                    return m >= 0 ? j + m + 2 : j + p + 2;
                }
                return -1;
            }
            case 6:
                return prefix(s, j, "其他需要报告的事项", "其他需要报告", "其他需报告的事项", "其他事项");
            default:
                return -1;
        }
    }

    private static String window(String s, int j, int len) {
        int e = Math.min(s.length(), j + len);
        int nl = s.indexOf('\n', j);
        if (nl >= 0 && nl < e) {
            e = nl;
        }
        return s.substring(j, e);
    }

    private static int prefix(String s, int j, String... words) {
        for (String w : words) {
            if (s.startsWith(w, j)) {
                return j + w.length();
            }
        }
        return -1;
    }

    /** Where heading {@code k} (1–6) starts, or -1 when it was not found. */
    int start(int k) {
        return start[k];
    }

    /** Where heading {@code k}'s words end, or -1. */
    int end(int k) {
        return end[k];
    }

    /** Where section {@code k}'s text starts: after its heading and a colon printed after it; or -1. */
    int body(int k) {
        return body[k];
    }

    /** Where the first heading found starts, or -1. */
    int firstStart() {
        for (int k = 1; k <= 6; k++) {
            if (start[k] >= 0) {
                return start[k];
            }
        }
        return -1;
    }
}
