package org.gongkai.report.parse;

import java.util.Arrays;

/**
 * Finds the six section headings (domain-spec §2.2) in the normalised text: a numeral 一 to 六, then
 * {@code 、} (or {@code .}, or nothing at the start of a line or cell), then the heading's words or a
 * known variant (Traditional, {@code 行政法复议} typos, {@code 政府信息公开工作存在的主要问题…}). A
 * numeral in brackets ({@code （一）主动公开政府信息情况}) is a sub-heading, and a heading followed
 * by {@code 、}, {@code ，}, {@code ；} or {@code 等} is part of a sentence listing the parts; neither counts.
 * Headings are taken in order, each after the one before.
 */
final class AssemblerHeadings {
    private static final String NUMERALS = "一二三四五六";

    private final int[] start = new int[7];
    private final int[] end = new int[7];

    private AssemblerHeadings() {
        Arrays.fill(start, -1);
        Arrays.fill(end, -1);
    }

    static AssemblerHeadings find(String s) {
        AssemblerHeadings h = new AssemblerHeadings();
        int last = 0;
        int n = s.length();
        for (int i = 0; i < n && last < 6; i++) {
            int k = NUMERALS.indexOf(s.charAt(i)) + 1;
            if (k <= last) {
                continue;
            }
            char prev = i == 0 ? '\n' : s.charAt(i - 1);
            if (prev == '（' || prev == '第' || NUMERALS.indexOf(prev) >= 0 && prev != s.charAt(i)) {
                continue;
            }
            int j = i + 1;
            boolean separated = j < n && (s.charAt(j) == '、' || s.charAt(j) == '.' || s.charAt(j) == ' ');
            if (separated) {
                j++;
            } else if (!(prev == '\n' || prev == '|' || prev == ' ')) {
                continue;
            }
            int titleEnd = titleEnd(k, s, j);
            if (titleEnd < 0) {
                continue;
            }
            if (titleEnd < n && "、，；,;等和及".indexOf(s.charAt(titleEnd)) >= 0) {
                continue;
            }
            h.start[k] = i;
            h.end[k] = titleEnd;
            last = k;
            i = titleEnd - 1;
        }
        return h;
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
