package org.gongkai.report.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.report.AnnualReport;
import org.gongkai.report.Edition;
import org.gongkai.report.Finding;
import org.gongkai.report.Section;
import org.gongkai.report.SectionHeading;
import org.gongkai.report.SeedTables;
import org.gongkai.report.Table2Row;
import org.gongkai.report.Table3Row;
import org.gongkai.report.render.TextRenderer;
import org.junit.jupiter.api.Test;

/**
 * Portals' plain-text exports often hold a whole page on one line (the 平潭 archive's page.txt: every
 * row of every table on line 19). A position there names the character too, or every finding of the
 * report would name the same line.
 */
class LongLinePositionsTests {

    @Test
    void cellSplitFindingsOnAPageCopiedAsOneLineNameDifferentPlaces() {
        // As the archive's page.txt prints it: no cell borders, the rows one after the other on one line.
        String oneLine = "来源：某门户网站\n"
                + TextRenderer.render(report())
                        .replace(" | ", "")
                        .replace("|", "")
                        .replace("\n", " ");

        ParsedReport read = TextReportParser.parse(oneLine);

        Finding penalties = split(read, "行政处罚");
        Finding enforcement = split(read, "行政强制");
        assertThat(penalties.line()).isEqualTo(2);
        assertThat(enforcement.line()).isEqualTo(2);
        assertThat(penalties.column()).isNotNull();
        assertThat(enforcement.column()).isGreaterThan(penalties.column());
        // Approximate: the cell borders (runs of spaces here) count as one character each.
        String line = oneLine.lines().toList().get(1);
        assertThat(penalties.column() - 1).isCloseTo(line.indexOf("行政处罚"), within(20));
        assertThat(enforcement.column() - 1).isCloseTo(line.indexOf("行政强制"), within(20));
        assertThat(penalties.whereWithPosition()).isEqualTo("表二 · 行政处罚 · 第2行约第" + penalties.column() + "字");
    }

    private static Finding split(ParsedReport read, String row) {
        return read.findings().stream()
                .filter(f -> f.rule().equals("DOC.CELLS_SPLIT") && f.where().endsWith(row))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void aLineOfOrdinaryLengthHasNoColumn() {
        ReadingMetadata read =
                TextReportParser.parse(TextRenderer.render(report())).metadata();

        assertThat(read.positionOf(Table3Row.TOTAL).column()).isNull();
        assertThat(read.positionOf(Table3Row.TOTAL).line()).isNotNull();
        assertThat(read.positionOf(Table2Row.PENALTIES).column()).isNull();
    }

    private static AnnualReport report() {
        List<Section> sections = new ArrayList<>();
        for (SectionHeading h : SectionHeading.values()) {
            sections.add(new Section(h.number(), h.heading(), true, "严格落实保密审查制度，确保公开信息准确无误。"));
        }
        return new AnnualReport()
                .agency("达州市商务局")
                .year(2020)
                .edition(Edition.E2019)
                .title("达州市商务局2020年政府信息公开工作年度报告")
                .table2(SeedTables.table2())
                .table3(SeedTables.zeroTable3(Edition.E2019))
                .table4(SeedTables.zeroTable4())
                .sections(sections);
    }
}
