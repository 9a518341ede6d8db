package org.gongkai.report.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.gongkai.report.AnnualReport;
import org.gongkai.report.Edition;
import org.gongkai.report.Section;
import org.gongkai.report.SectionHeading;

/**
 * A report as the sequence every renderer prints: the title, the preamble's paragraphs, then each of
 * the six sections with its heading, its paragraphs and, under 二/三/四, its table (domain-spec §2.2).
 *
 * <p>The title is the report's own, or "{agency}{year}年政府信息公开工作年度报告" when it has none; when
 * the preamble (all text above the first heading) begins with the title line, that line is not
 * printed twice. When
 * the year is known and no text states the 统计期限, the statement "本报告中所列数据的统计期限自…止。" is
 * added after the preamble, so that a reader (and a parser) can tell the year from the document.
 */
final class ReportOutline {

    /** A piece of the document; {@link #text()} is empty for a table. */
    sealed interface Block permits Title, Paragraph, Heading, Table {
        String text();
    }

    record Title(String text) implements Block {}

    record Paragraph(String text) implements Block {}

    record Heading(String text) implements Block {}

    record Table(TableGrid grid) implements Block {
        @Override
        public String text() {
            return "";
        }
    }

    private ReportOutline() {}

    static List<Block> of(AnnualReport report) {
        List<Block> blocks = new ArrayList<>();
        String title = title(report);
        String preamble = report.preamble().strip();
        blocks.add(new Title(title));
        // The preamble is everything above the first heading, the title line included when the report
        // was read from a document; that line is printed once, as the title.
        if (preamble.equals(title) || preamble.startsWith(title + "\n")) {
            preamble = preamble.substring(title.length());
        }
        paragraphs(preamble, blocks);
        if (report.year() != null && !report.narrative().contains("统计期限")) {
            blocks.add(new Paragraph(period(report.year())));
        }
        Edition edition = TableGrid.editionOf(report);
        List<Section> sections = new ArrayList<>(report.sections());
        sections.sort(Comparator.comparingInt(Section::number));
        boolean[] printed = new boolean[7];
        for (Section s : sections) {
            blocks.add(new Heading(
                    s.heading() == null || s.heading().isBlank() ? s.official().heading() : s.heading()));
            paragraphs(s.text(), blocks);
            if (!printed[s.number()]) {
                table(report, s.number(), edition, blocks);
                printed[s.number()] = true;
            }
        }
        // A table whose section the report lacks is still printed, under the official heading.
        for (int n = 2; n <= 4; n++) {
            if (!printed[n] && hasTable(report, n)) {
                blocks.add(new Heading(SectionHeading.ofNumber(n).heading()));
                table(report, n, edition, blocks);
            }
        }
        return blocks;
    }

    /** The report's title, or the one composed from agency and year. */
    static String title(AnnualReport report) {
        if (report.title() != null && !report.title().isBlank()) {
            return report.title();
        }
        return (report.agency() == null ? "" : report.agency())
                + (report.year() == null ? "" : report.year() + "年")
                + "政府信息公开工作年度报告";
    }

    /** The 统计期限 statement for the year, with dates written as 2020年12月31日. */
    static String period(int year) {
        return "本报告中所列数据的统计期限自" + year + "年1月1日起至" + year + "年12月31日止。";
    }

    private static boolean hasTable(AnnualReport report, int section) {
        return switch (section) {
            case 2 -> report.table2() != null;
            case 3 -> report.table3() != null;
            case 4 -> report.table4() != null;
            default -> false;
        };
    }

    private static void table(AnnualReport report, int section, Edition edition, List<Block> blocks) {
        switch (section) {
            case 2 -> {
                if (report.table2() != null) {
                    blocks.add(new Table(TableGrid.table2(report.table2(), edition)));
                }
            }
            case 3 -> {
                if (report.table3() != null) {
                    blocks.add(new Table(TableGrid.table3(report.table3(), edition)));
                }
            }
            case 4 -> {
                if (report.table4() != null) {
                    blocks.add(new Table(TableGrid.table4(report.table4())));
                }
            }
            default -> {}
        }
    }

    /** One paragraph per non-blank line. */
    private static void paragraphs(String text, List<Block> blocks) {
        if (text == null) {
            return;
        }
        for (String line : text.split("\n")) {
            if (!line.isBlank()) {
                blocks.add(new Paragraph(line.strip()));
            }
        }
    }
}
