package org.gongkai.report.parse;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.report.AnnualReport;
import org.gongkai.report.Section;
import org.gongkai.report.SectionHeading;

/**
 * Reads the preamble and the six sections (domain-spec §2.2): each section's text runs from its
 * heading to the next heading found, with the text the tables were read from cut out.
 */
final class SectionReader {
    private final AssemblerText t;
    private final String s;
    private final ReadingLog log;

    SectionReader(AssemblerText t, ReadingLog log) {
        this.t = t;
        this.s = t.text;
        this.log = log;
    }

    /**
     * Sets the preamble and sections; {@code tables} is the text the tables were read from, {@code
     * table4} table 4's (null when it was not read).
     */
    void read(AnnualReport report, AssemblerHeadings headings, List<Span> tables, Span table4) {
        int[] start = new int[7];
        int firstStart = s.length();
        for (int k = 1; k <= 6; k++) {
            start[k] = headings.start(k);
            if (start[k] >= 0) {
                firstStart = Math.min(firstStart, start[k]);
            }
        }
        // A lost heading 五: the prose after table 4, up to the next heading found, is section 五's text
        // (the sections follow the tables in the format's order), still reported as not present.
        int fifth = -1;
        if (start[5] < 0 && table4 != null && (start[6] < 0 || start[6] >= table4.end())) {
            fifth = table4.end();
        }
        report.preamble(prose(0, firstStart, tables));
        List<Section> sections = new ArrayList<>();
        for (int k = 1; k <= 6; k++) {
            sections.add(section(k, start, fifth, headings, tables));
        }
        report.sections(sections);
    }

    private Section section(int k, int[] start, int fifth, AssemblerHeadings headings, List<Span> tables) {
        SectionHeading official = SectionHeading.ofNumber(k);
        int from = start[k] >= 0 ? headings.body(k) : k == 5 ? fifth : -1;
        if (from < 0) {
            return new Section(k, official.heading(), false, "");
        }
        int at = start[k] >= 0 ? start[k] : fifth;
        int next = s.length();
        for (int j = 1; j <= 6; j++) {
            if (start[j] > at && start[j] < next) {
                next = start[j];
            }
        }
        if (fifth > at && fifth < next) {
            next = fifth;
        }
        String text = prose(from, next, tables);
        if (start[k] < 0) {
            return new Section(k, official.heading(), false, text);
        }
        log.position(official, t.positionAt(start[k]));
        return new Section(k, s.substring(start[k], headings.end(k)).strip(), true, text);
    }

    private static String collapseSpaces(String line) {
        if (!line.contains("  ")) {
            return line;
        }
        StringBuilder sb = new StringBuilder(line.length());
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c != ' ' || sb.isEmpty() || sb.charAt(sb.length() - 1) != ' ') {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** The prose between two offsets: table text cut out, cells joined by spaces, blank lines dropped. */
    private String prose(int from, int to, List<Span> tables) {
        StringBuilder raw = new StringBuilder();
        int p = from;
        while (p < to) {
            int next = to;
            Span inside = null;
            for (Span z : tables) {
                if (z.start() <= p && p < z.end()) {
                    inside = z;
                    break;
                }
                if (z.start() > p && z.start() < next) {
                    next = z.start();
                }
            }
            if (inside != null) {
                p = Math.min(inside.end(), to);
                raw.append('\n');
                continue;
            }
            raw.append(s, p, next);
            p = next;
        }
        StringBuilder out = new StringBuilder();
        for (String line : raw.toString().split("\n")) {
            String l = collapseSpaces(line.replace('|', ' ').strip());
            if (!l.isEmpty()) {
                out.append(out.isEmpty() ? "" : "\n").append(l);
            }
        }
        return out.toString();
    }
}
