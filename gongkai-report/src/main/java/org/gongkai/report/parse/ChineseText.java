package org.gongkai.report.parse;

import com.github.houbb.opencc4j.util.ZhConverterUtil;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Brings the many spellings of a published report to one form so that labels can be matched:
 * Traditional characters to Simplified, full-width digits and letters to ASCII, both kinds of
 * brackets to （）, {@code 1、}/{@code 1．} to {@code 1.} and {@code 一.}/{@code 一．} to {@code 一、},
 * and whitespace dropped between Chinese characters (a label broken over two lines, {@code 不予 公开})
 * while a space between numbers, which may be a cell border, is kept as one space.
 *
 * <p>规范性文件 and 行政规范性文件 stay distinct: the difference tells the edition (domain-spec §2.6
 * item 2). The Traditional→Simplified mapping is OpenCC's, applied character by character from a
 * table built once (from {@link #PAIRS_RESOURCE}), so normalising a report costs one array look-up per
 * character.
 */
public final class ChineseText {
    private static final int CJK_FIRST = 0x3400;
    private static final int CJK_LAST = 0x9FFF;
    private static final char[] SIMPLE = buildTable();

    private ChineseText() {}

    /**
     * The Traditional→Simplified pairs, one pair of characters after the other: OpenCC's single-character
     * mappings over the CJK range, written out once ({@code ChineseTextTableTests} checks they are still
     * OpenCC's). Building the table from OpenCC itself takes most of a second, which every run of the
     * command line paid before reading its first report.
     */
    static final String PAIRS_RESOURCE = "traditional-simplified.txt";

    private static char[] buildTable() {
        try (InputStream in = ChineseText.class.getResourceAsStream(PAIRS_RESOURCE)) {
            if (in != null) {
                return tableOf(pairsOf(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            }
        } catch (IOException e) {
            // fall back to OpenCC below
        }
        return tableOf(openCcPairs());
    }

    /** The pairs of the resource's text: every line but the {@code #} comments, spaces removed. */
    static String pairsOf(String resource) {
        StringBuilder pairs = new StringBuilder();
        for (String line : resource.split("\n")) {
            if (!line.startsWith("#")) {
                pairs.append(line.strip());
            }
        }
        return pairs.toString();
    }

    /** The table for {@code pairs} (see {@link #PAIRS_RESOURCE}); every other character maps to itself. */
    static char[] tableOf(String pairs) {
        char[] table = new char[CJK_LAST - CJK_FIRST + 1];
        for (int c = CJK_FIRST; c <= CJK_LAST; c++) {
            table[c - CJK_FIRST] = (char) c;
        }
        for (int i = 0; i + 1 < pairs.length(); i += 2) {
            char from = pairs.charAt(i);
            if (from >= CJK_FIRST && from <= CJK_LAST) {
                table[from - CJK_FIRST] = pairs.charAt(i + 1);
            }
        }
        return table;
    }

    /** OpenCC's single-character Traditional→Simplified mappings over the CJK range, as pairs. */
    static String openCcPairs() {
        StringBuilder pairs = new StringBuilder();
        for (int c = CJK_FIRST; c <= CJK_LAST; c++) {
            char ch = (char) c;
            try {
                if (ZhConverterUtil.isTraditional(ch)) {
                    List<String> simple = ZhConverterUtil.toSimple(ch);
                    if (simple != null
                            && !simple.isEmpty()
                            && simple.get(0).length() == 1
                            && simple.get(0).charAt(0) != ch) {
                        pairs.append(ch).append(simple.get(0).charAt(0));
                    }
                }
            } catch (RuntimeException e) {
                // A character OpenCC cannot convert stays as it is.
            }
        }
        return pairs.toString();
    }

    /** One character mapped: Simplified, ASCII digits and letters, unified brackets and dashes. */
    public static char normalizeChar(char c) {
        if (c >= CJK_FIRST && c <= CJK_LAST) {
            return SIMPLE[c - CJK_FIRST];
        }
        if ((c >= '０' && c <= '９') || (c >= 'Ａ' && c <= 'Ｚ') || (c >= 'ａ' && c <= 'ｚ')) {
            return (char) (c - 0xFEE0);
        }
        return switch (c) {
            case '(', '﹙' -> '（';
            case ')', '﹚' -> '）';
            case '－', '−', '﹣' -> '-';
            case '＋' -> '+';
            case '．' -> '.';
            case '／' -> '/';
            case '％' -> '%';
            case '｜' -> '|';
            case '\u3000', '\u00A0', '\t', '\n', '\u2002', '\u2003', '\u2009', '\u200B', '\uFEFF', '\r' -> ' ';
            default -> c;
        };
    }

    /** Normalises a text (see the class comment); null gives "". */
    public static String normalize(String s) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        char[] out = new char[s.length()];
        return new String(out, 0, normalize(s, new char[s.length()], out));
    }

    /**
     * Normalises {@code s} into {@code out} and returns the number of characters written; {@code in} and
     * {@code out} are work arrays at least as long as {@code s}. For the assembler, which normalises
     * every cell of a report into one text: reusing the arrays spares three copies of each cell.
     */
    static int normalize(String s, char[] in, char[] out) {
        // Arrays rather than charAt and a StringBuilder: this runs over every cell and the whole
        // narrative of every report, and before the JIT's last tier each charAt and append is a call.
        int n = s.length();
        s.getChars(0, n, in, 0);
        int len = 0;
        boolean pendingSpace = false;
        for (int i = 0; i < n; i++) {
            char raw = in[i];
            char c = raw >= CJK_FIRST && raw <= CJK_LAST ? SIMPLE[raw - CJK_FIRST] : 0;
            // An ideograph that maps to an ideograph (most of a report) needs none of the checks in
            // this block: skipping them saves a dozen comparisons per character, which the code of the
            // JIT's first tier does not optimise away.
            if (c < CJK_FIRST || c > CJK_LAST) {
                if (raw == '\u200B' || raw == '\u200C' || raw == '\u200D' || raw == '\u2060' || raw == '\uFEFF') {
                    // Zero-width characters join what they sit between: 1, a zero-width space, 2 is the number 12.
                    continue;
                }
                if (raw == '&') {
                    int entity = spaceEntity(s, i);
                    if (entity > 0) {
                        // &nbsp; left as literal text by a careless export is a space.
                        pendingSpace = true;
                        i += entity - 1;
                        continue;
                    }
                }
                c = normalizeChar(raw);
                if (c == ' ') {
                    pendingSpace = true;
                    continue;
                }
            }
            if (pendingSpace) {
                pendingSpace = false;
                if (len > 0 && (keepsSpace(out[len - 1]) || keepsSpace(c))) {
                    out[len++] = ' ';
                }
            }
            if ((c == '、' || c == '.') && len > 0) {
                char prev = out[len - 1];
                char next = i + 1 < n ? normalizeChar(in[i + 1]) : ' ';
                if (prev >= '0' && prev <= '9' && !(next >= '0' && next <= '9')) {
                    // 1、属于国家秘密 and 1.属于国家秘密 are the same sub-row label (domain-spec §2.4 note).
                    c = '.';
                } else if (isChineseNumeral(prev) && c == '.') {
                    c = '、';
                }
            }
            out[len++] = c;
        }
        return len;
    }

    private static final String[] SPACE_ENTITIES = {"&nbsp;", "&#160;", "&ensp;", "&emsp;", "&#12288;", "&NBSP;"};

    /** The length of a space entity ({@code &nbsp;}…) printed at {@code i}, or 0. */
    static int spaceEntity(String s, int i) {
        for (String e : SPACE_ENTITIES) {
            if (s.startsWith(e, i)) {
                return e.length();
            }
        }
        return 0;
    }

    /** Whether a space next to this character may separate two cells and must be kept. */
    private static boolean keepsSpace(char c) {
        return (c >= '0' && c <= '9')
                || (c >= 'A' && c <= 'Z')
                || (c >= 'a' && c <= 'z')
                || c == '+'
                || c == '-'
                || c == '/'
                || c == '.'
                || c == '%'
                || c == '—'
                || c == '_'
                || c == '|';
    }

    /** 一 to 十, the numerals of section headings and table-3 rows. */
    public static boolean isChineseNumeral(char c) {
        return "一二三四五六七八九十".indexOf(c) >= 0;
    }

    /** Whether the character is a Chinese ideograph. */
    public static boolean isIdeograph(char c) {
        return c >= CJK_FIRST && c <= CJK_LAST;
    }
}
