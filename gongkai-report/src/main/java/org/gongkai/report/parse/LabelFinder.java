package org.gongkai.report.parse;

/**
 * Finds row labels in the assembled text: a key word of the label ({@code 予以公开}), then the whole
 * label around it, its numbering included ({@code （一）}, {@code 1.}, {@code （1）}), also when a long
 * label was wrapped onto the next line. Shared by the readers of tables 2, 3 and 4.
 */
final class LabelFinder {
    /** How far after the previous row a row label is looked for. */
    static final int ROW_WINDOW = 400;
    /** How far after a table's anchor its first row label is looked for. */
    static final int FIRST_ROW_WINDOW = 1500;

    /** Where a row label was found: its start (numbering included), its key, its end. */
    record Hit(int start, int keyStart, int end) {}

    private final String s;

    LabelFinder(String text) {
        this.s = text;
    }

    static boolean isLabelChar(char c) {
        return !(Character.isDigit(c)
                || c == '|'
                || c == '\n'
                || c == ' '
                || c == '.'
                || AssemblerValues.isValueChar(c));
    }

    /** The end of the label text from {@code from}: the first character that is not part of a label. */
    int labelEnd(int from) {
        int end = from;
        while (end < s.length() && isLabelChar(s.charAt(end))) {
            end++;
        }
        return end;
    }

    /** The first offset of any of {@code keys} (tried in order) at or after {@code from}; -1 when none. */
    int firstOf(int from, String... keys) {
        for (String k : keys) {
            int i = s.indexOf(k, from);
            if (i >= 0) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The label around the first {@code key} within {@code window} of {@code from}, with its
     * numbering {@code number} (may be null); null when there is none.
     */
    Hit find(String key, String number, int from, int window) {
        int k = s.indexOf(key, from);
        int keyEnd = k + key.length();
        if (k < 0 || k - from > window) {
            // A long label wrapped onto the next line (text copied from a PDF) has a line break inside.
            long wrapped = indexOfWrapped(key, from, window);
            if (wrapped < 0) {
                return null;
            }
            k = (int) (wrapped >>> 32);
            keyEnd = (int) wrapped;
        }
        int start = k;
        int floor = Math.max(from, k - 16);
        while (start > floor && isLabelChar(s.charAt(start - 1))) {
            start--;
        }
        if (number != null) {
            start = numbered(start, number, from);
        }
        return new Hit(start, k, labelEnd(keyEnd));
    }

    /**
     * The first occurrence of {@code key} within {@code window} of {@code from} with line breaks
     * between its characters, as {@code start << 32 | end}; -1 when there is none.
     */
    private long indexOfWrapped(String key, int from, int window) {
        int last = (int) Math.min(s.length(), (long) from + window + 1);
        char c0 = key.charAt(0);
        for (int i = s.indexOf(c0, from); i >= 0 && i < last; i = s.indexOf(c0, i + 1)) {
            int p = i + 1;
            int j = 1;
            boolean broken = false;
            while (j < key.length() && p < s.length()) {
                char c = s.charAt(p);
                if (c == '\n') {
                    broken = true;
                    p++;
                } else if (c == key.charAt(j)) {
                    j++;
                    p++;
                } else {
                    break;
                }
            }
            if (j == key.length() && broken) {
                return ((long) i << 32) | p;
            }
        }
        return -1;
    }

    /**
     * The start of a label with its numbering: {@code 1.} (also printed 1、 or 1．) or {@code （1）}
     * right before {@code start}; {@code start} itself when there is none.
     */
    private int numbered(int start, String number, int from) {
        int n = number.length();
        if (start - 1 - n >= from) {
            char sep = s.charAt(start - 1);
            if ((sep == '.' || sep == '、') && s.startsWith(number, start - 1 - n)) {
                return start - 1 - n;
            }
        }
        // （1）属于国家秘密: the walk back stopped at the digit, the label then starts with ）
        if (start < s.length()
                && s.charAt(start) == '）'
                && start - 1 - n >= from
                && s.startsWith(number, start - n)
                && s.charAt(start - 1 - n) == '（') {
            return start - 1 - n;
        }
        return start;
    }

    /**
     * The first occurrence of {@code key} within {@code window} of {@code from} printed with its
     * numbering ({@code 3.其他}, not the 其他 of 其他处理 or 法人或其他组织); null when there is none.
     */
    Hit findNumbered(String key, String number, int from, int window) {
        int q = from;
        while (true) {
            int k = s.indexOf(key, q);
            if (k < 0 || k - from > window) {
                return null;
            }
            Hit h = find(key, number, Math.max(from, k - 3 - number.length()), window);
            if (h != null
                    && h.keyStart() == k
                    && (s.startsWith(number + ".", h.start()) || s.startsWith("（" + number + "）", h.start()))) {
                return h;
            }
            q = k + key.length();
        }
    }
}
