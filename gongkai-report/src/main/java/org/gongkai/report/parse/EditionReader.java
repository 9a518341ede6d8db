package org.gongkai.report.parse;

import java.util.Arrays;
import org.gongkai.report.Edition;

/**
 * Decides which national format the tables follow by what they print (domain-spec §2.6): the column
 * and row labels only one edition has; when they do not tell, the edition the year requires.
 */
final class EditionReader {
    private static final String[] E2021 = {"本年制发件数", "本年废止件数", "现行有效件数", "本年处理决定数量", "本年收费金额", "逾期不补正", "逾期未按收费通知"};
    private static final String[] E2019 = {"本年新制作数量", "本年新公开数量", "对外公开总数量", "上一年项目数量", "采购项目数量", "采购总金额", "其他对外管理服务事项"};

    private EditionReader() {}

    /** The markers of both editions, E2021's first. */
    private static final String[] ALL = all();

    private static String[] all() {
        String[] all = new String[E2021.length + E2019.length];
        System.arraycopy(E2021, 0, all, 0, E2021.length);
        System.arraycopy(E2019, 0, all, E2021.length, E2019.length);
        return all;
    }

    /** The edition the text's tables follow; null when neither the labels nor the year tell. */
    static Edition read(String text, Integer year) {
        boolean[] found = found(text, ALL);
        int e2021 = 0;
        int e2019 = 0;
        for (int k = 0; k < ALL.length; k++) {
            if (found[k] && k < E2021.length) {
                e2021++;
            } else if (found[k]) {
                e2019++;
            }
        }
        if (e2021 > e2019) {
            return Edition.E2021;
        }
        if (e2019 > e2021) {
            return Edition.E2019;
        }
        return year == null ? null : Edition.requiredFor(year);
    }

    /**
     * Which of {@code markers} occur in {@code text}. One pass over the text, trying at each character
     * only the markers that start with a character of the same low six bits (usually none), rather than
     * one search of the whole text per marker: this runs on every report, and fourteen searches of a
     * report's text cost more than reading it. A candidate is compared on the arrays, not with {@code
     * startsWith}: 本 opens five markers and most table rows (本年…), and before the JIT's last tier each
     * {@code startsWith} is a call.
     */
    static boolean[] found(String text, String... markers) {
        // The markers by the low six bits of their first character; most characters find no marker.
        int[][] byLowBits = new int[64][];
        char[][] marks = new char[markers.length][];
        for (int k = 0; k < markers.length; k++) {
            marks[k] = markers[k].toCharArray();
            int b = marks[k][0] & 63;
            int[] was = byLowBits[b] == null ? new int[0] : byLowBits[b];
            int[] now = Arrays.copyOf(was, was.length + 1);
            now[was.length] = k;
            byLowBits[b] = now;
        }
        // An array rather than charAt: before the JIT's last tier, charAt is a call per character.
        char[] chars = text.toCharArray();
        boolean[] found = new boolean[markers.length];
        int n = 0;
        for (int i = 0; i < chars.length && n < markers.length; i++) {
            int[] candidates = byLowBits[chars[i] & 63];
            if (candidates == null) {
                continue;
            }
            for (int k : candidates) {
                if (!found[k] && startsAt(chars, i, marks[k])) {
                    found[k] = true;
                    n++;
                }
            }
        }
        return found;
    }

    /** Whether {@code marker} occurs in {@code chars} at {@code i}. */
    private static boolean startsAt(char[] chars, int i, char[] marker) {
        if (i + marker.length > chars.length) {
            return false;
        }
        for (int j = 0; j < marker.length; j++) {
            if (chars[i + j] != marker[j]) {
                return false;
            }
        }
        return true;
    }
}
