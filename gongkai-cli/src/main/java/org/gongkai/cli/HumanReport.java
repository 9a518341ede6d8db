package org.gongkai.cli;

import java.io.PrintWriter;
import java.util.List;
import org.gongkai.report.AnnualReport;
import org.gongkai.report.Edition;
import org.gongkai.report.Finding;

/** Prints one audited report for a person: what it is, then its findings as a table. */
final class HumanReport {
    private HumanReport() {}

    static void print(PrintWriter out, String source, AnnualReport r, List<Finding> findings) {
        out.println("== " + source);
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
                width[c] = Math.max(width[c], Math.min(40, displayWidth(row[c])));
            }
        }
        out.println("   " + pad(head[0], width[0]) + "  " + pad(head[1], width[1]) + "  " + pad(head[2], width[2])
                + "  " + head[3]);
        for (String[] row : rows) {
            out.println("   " + pad(row[0], width[0]) + "  " + pad(row[1], width[1]) + "  " + pad(row[2], width[2])
                    + "  " + row[3]);
        }
        out.println();
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
