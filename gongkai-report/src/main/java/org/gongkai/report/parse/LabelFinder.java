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

    /**
     * Where a row label was found: its start (numbering included), its key, its end; and where its
     * values start when they are printed beside an earlier line of a label wrapped over several lines
     * ({@code valuesAt}, -1 when they follow the label as usual).
     */
    record Hit(int start, int keyStart, int end, int valuesAt) {
        Hit(int start, int keyStart, int end) {
            this(start, keyStart, end, -1);
        }

        /** Where the row's values are read from. */
        int values() {
            return valuesAt >= 0 ? valuesAt : end;
        }
    }

    private final String s;

    LabelFinder(String text) {
        this.s = text;
    }

    /** The text labels are found in. */
    String text() {
        return s;
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
        int valuesAt = -1;
        if (k < 0 || k - from > window) {
            // A long label wrapped onto the next line (text copied from a PDF) has a line break inside,
            // and perhaps the row's values beside the line it breaks.
            int[] wrapped = indexOfWrapped(key, from, window);
            if (wrapped == null) {
                return null;
            }
            k = wrapped[0];
            keyEnd = wrapped[1];
            valuesAt = wrapped[2];
        }
        int start = k;
        int floor = Math.max(from, k - 16);
        while (start > floor && isLabelChar(s.charAt(start - 1))) {
            start--;
        }
        if (number != null) {
            start = numbered(start, number, from);
        }
        return new Hit(start, k, labelEnd(keyEnd), valuesAt);
    }

    /**
     * A label wrapped over several lines whose key starts a line of its own, below the line that starts
     * the label and carries the row's values ({@code 5.要求行政机关 0 0 0 0 0 0 0} / {@code
     * 确认或重新出} / {@code 具已获取信息}): the hit from the label's first line, with its values there.
     * The first line must start with the row's numbering ({@code number.}, {@code （number）}, or for
     * a row without one {@code （}), at most two lines up and not before {@code floor}; {@code h}
     * itself otherwise.
     */
    Hit startAbove(Hit h, String number, int floor) {
        if (h.valuesAt() >= 0
                || h.start() <= floor
                || s.charAt(h.start() - 1) != '\n'
                || opensLabel(h.start(), number)) {
            return h;
        }
        int lineEnd = s.indexOf('\n', h.end());
        if (!s.substring(h.end(), lineEnd < 0 ? s.length() : lineEnd).isBlank()) {
            return h;
        }
        int valuesAt = -1;
        int ls = h.start();
        for (int up = 0; up < 2; up++) {
            int le = ls - 1;
            ls = s.lastIndexOf('\n', le - 1) + 1;
            if (ls < floor) {
                return h;
            }
            int lab = labelEnd(numberingEnd(ls, number));
            if (lab == ls) {
                return h;
            }
            int run = valueRunToLineEnd(lab, le);
            if (run < 0) {
                return h;
            }
            if (run < le) {
                if (valuesAt >= 0) {
                    return h;
                }
                valuesAt = run;
            }
            if (opensLabel(ls, number)) {
                return valuesAt < 0 ? h : new Hit(ls, h.keyStart(), h.end(), valuesAt);
            }
        }
        return h;
    }

    /** The end of the row's numbering at {@code p} ({@code 5.}, {@code （5）}); {@code p} when there is none. */
    private int numberingEnd(int p, String number) {
        if (number == null || !opensLabel(p, number)) {
            return p;
        }
        return p + number.length() + (s.charAt(p) == '（' ? 2 : 1);
    }

    /** Whether a label starts at {@code p} with the row's numbering. */
    private boolean opensLabel(int p, String number) {
        if (number == null) {
            return s.startsWith("（", p);
        }
        return s.startsWith(number + ".", p) || s.startsWith(number + "、", p) || s.startsWith("（" + number + "）", p);
    }

    /**
     * Where the values from {@code p} to the line end {@code le} start (blanks, bars, values; a digit
     * or placeholder among them), {@code le} when there are none, -1 when other text follows.
     */
    private int valueRunToLineEnd(int p, int le) {
        String rest = s.substring(p, le).replace('|', ' ');
        if (rest.isBlank()) {
            return le;
        }
        if (!AssemblerValues.isValueCell(rest)) {
            return -1;
        }
        int q = p;
        while (q < le && (s.charAt(q) == ' ' || s.charAt(q) == '|')) {
            q++;
        }
        return q;
    }

    /**
     * The first occurrence of {@code key} within {@code window} of {@code from} with line breaks
     * between its characters, as {start, end, valuesAt}: once, the values of the row may stand at the
     * end of a line the key breaks ({@code 2.其他法律行政法规禁 1 0 0 0 0 0 1} / {@code 止公开}) or on a
     * line of their own between its parts, and valuesAt is where they start (-1 when none); null when
     * there is none.
     */
    private int[] indexOfWrapped(String key, int from, int window) {
        int last = (int) Math.min(s.length(), (long) from + window + 1);
        char c0 = key.charAt(0);
        for (int i = s.indexOf(c0, from); i >= 0 && i < last; i = s.indexOf(c0, i + 1)) {
            int p = i + 1;
            int j = 1;
            boolean broken = false;
            int valuesAt = -1;
            while (j < key.length() && p < s.length()) {
                char c = s.charAt(p);
                if (c == '\n') {
                    broken = true;
                    p++;
                    if (valuesAt < 0 && p < s.length() && s.charAt(p) != '\n' && valuesBeforeBreak(p)) {
                        // a line of the row's values between the parts of its label, as a layout-keeping
                        // converter prints them (5.要求行政机关确认或重新 / 0 0 0 0 0 0 0 / 出具已获取信息)
                        int le = s.indexOf('\n', p);
                        valuesAt = valueRunToLineEnd(p, le);
                        p = le;
                    } else {
                        p += groupFragment(p, key.charAt(j));
                    }
                } else if (c == key.charAt(j)) {
                    j++;
                    p++;
                } else if (valuesAt < 0 && (c == ' ' || c == '|') && valuesBeforeBreak(p)) {
                    int le = s.indexOf('\n', p);
                    valuesAt = valueRunToLineEnd(p, le);
                    p = le;
                } else {
                    break;
                }
            }
            if (j == key.length() && broken) {
                return new int[] {i, p, valuesAt};
            }
        }
        return null;
    }

    /** Table 3's merged group labels, which a layout-keeping converter prints a few characters a line. */
    private static final String GROUP_LABELS = "三、本年度办理结果|（三）不予公开|（四）无法提供|（五）不予处理|（六）其他处理";

    /**
     * The length of a piece of a merged group label that opens the line at {@code p} before the rest of a
     * wrapped row label ({@code 1.申请人无正当理由逾期不} / {@code 其他处 补正、行政机关…}): one to four of its
     * characters followed by {@code next}, the key's next character; 0 when the line opens otherwise.
     */
    private int groupFragment(int p, char next) {
        for (int n = 4; n >= 1; n--) {
            if (p + n < s.length()
                    && s.charAt(p + n) == next
                    && s.indexOf('\n', p) >= p + n
                    && GROUP_LABELS.contains(s.substring(p, p + n))) {
                return n;
            }
        }
        return 0;
    }

    /** Whether the rest of the line from {@code p} holds values only, at least one, and a line follows. */
    private boolean valuesBeforeBreak(int p) {
        int le = s.indexOf('\n', p);
        if (le < 0) {
            return false;
        }
        int run = valueRunToLineEnd(p, le);
        return run >= 0 && run < le;
    }

    /**
     * The start of a label with its numbering: {@code 1.} (also printed 1、 or 1．) or {@code （1）}
     * right before {@code start}; {@code start} itself when there is none.
     */
    int numbered(int start, String number, int from) {
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
