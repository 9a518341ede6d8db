package org.gongkai.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.report.AnnualReport;
import org.gongkai.report.Edition;
import org.gongkai.report.Finding;

/** Prints one audited report for a person: what it is, then its findings as a table. */
final class HumanReport {
    private HumanReport() {}

    static void print(PrintWriter out, String source, AnnualReport r, List<Finding> findings) {
        print(out, source, null, r, findings);
    }

    /** As {@link #print(PrintWriter, String, AnnualReport, List)}, with a note under the file name. */
    static void print(PrintWriter out, String source, String note, AnnualReport r, List<Finding> findings) {
        out.println("== " + source);
        if (note != null) {
            out.println("   " + note);
        }
        Edition required = r.year() == null ? null : Edition.requiredFor(r.year());
        out.println("   机关：" + orUnknown(r.agency())
                + "　年度：" + (r.year() == null ? "未能识别" : r.year() + "年")
                + "　表格格式：" + (r.edition() == null ? "未能识别" : r.edition().code() + "年版")
                + (required != null && r.edition() != null && required != r.edition()
                        ? "（该年度应采用" + required.code() + "年版）"
                        : ""));
        if (findings.isEmpty()) {
            out.println("   未发现问题。");
            out.println();
            return;
        }
        table(out, findings);
        out.println();
    }

    /** The findings as a table: level, rule, where, message. */
    static void table(PrintWriter out, List<Finding> findings) {
        String[] head = {"级别", "规则", "位置", "说明"};
        String[][] rows = new String[findings.size()][];
        for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.get(i);
            rows[i] = new String[] {f.severity().label(), f.rule(), f.whereWithPosition(), f.message()};
        }
        int[] width = new int[3];
        for (int c = 0; c < 3; c++) {
            width[c] = displayWidth(head[c]);
            for (String[] row : rows) {
                width[c] = Math.max(width[c], Math.min(MAX_COLUMN, displayWidth(row[c])));
            }
        }
        printRow(out, head, width);
        for (String[] row : rows) {
            printRow(out, row, width);
        }
    }

    /** The widest a column other than the message gets; longer text wraps inside its column. */
    static final int MAX_COLUMN = 40;

    /**
     * One row of the table: a cell wider than its column wraps onto continuation lines inside that
     * column, so the message column starts at the same terminal column on every row.
     */
    private static void printRow(PrintWriter out, String[] row, int[] width) {
        List<List<String>> wrapped = new ArrayList<>();
        int lines = 1;
        for (int c = 0; c < 3; c++) {
            List<String> parts = wrap(row[c], width[c]);
            wrapped.add(parts);
            lines = Math.max(lines, parts.size());
        }
        for (int l = 0; l < lines; l++) {
            StringBuilder sb = new StringBuilder("   ");
            for (int c = 0; c < 3; c++) {
                List<String> parts = wrapped.get(c);
                sb.append(pad(l < parts.size() ? parts.get(l) : "", width[c])).append("  ");
            }
            sb.append(l == 0 ? row[3] : "");
            out.println(sb.toString().stripTrailing());
        }
    }

    /** {@code s} cut into pieces no wider than {@code width} terminal columns. */
    static List<String> wrap(String s, int width) {
        if (displayWidth(s) <= width) {
            return List.of(s); // the common case: one piece, not rebuilt a code point at a time
        }
        List<String> parts = new ArrayList<>();
        StringBuilder piece = new StringBuilder();
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int cw = isWide(cp) ? 2 : 1;
            if (w + cw > width && piece.length() > 0) {
                parts.add(piece.toString());
                piece.setLength(0);
                w = 0;
            }
            piece.appendCodePoint(cp);
            w += cw;
            i += Character.charCount(cp);
        }
        parts.add(piece.toString());
        return parts;
    }

    private static String orUnknown(String s) {
        return s == null ? "未能识别" : s;
    }

    /** Terminal columns: CJK and full-width characters take two. */
    static int displayWidth(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            w += isWide(cp) ? 2 : 1;
            i += Character.charCount(cp);
        }
        return w;
    }

    private static boolean isWide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F)
                || (cp >= 0x2E80 && cp <= 0xA4CF)
                || (cp >= 0xAC00 && cp <= 0xD7A3)
                || (cp >= 0xF900 && cp <= 0xFAFF)
                || (cp >= 0xFE30 && cp <= 0xFE4F)
                || (cp >= 0xFF00 && cp <= 0xFF60)
                || (cp >= 0xFFE0 && cp <= 0xFFE6)
                || (cp >= 0x20000 && cp <= 0x3FFFD);
    }

    private static String pad(String s, int width) {
        int w = displayWidth(s);
        return w >= width ? s : s + " ".repeat(width - w);
    }
}
