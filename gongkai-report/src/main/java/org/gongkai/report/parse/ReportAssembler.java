package org.gongkai.report.parse;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.gongkai.report.AnnualReport;
import org.gongkai.report.Edition;
import org.gongkai.report.Finding;
import org.gongkai.report.Section;
import org.gongkai.report.SectionHeading;
import org.gongkai.report.Severity;

/**
 * Reads an annual report out of the lines of any source, whatever the format: HTML and Word table
 * rows, paragraphs, text lines cut into cells. Every front-end only cuts its input into {@link
 * GridLine}s; finding things is done here, once, by the words a report must print: the title
 * ({@code {机关名称}{年份}年政府信息公开工作年度报告}), the 统计期限 sentence, the six section headings
 * (domain-spec §2.2) and the row labels of tables 2, 3 and 4 (§2.3–2.5) — never by the table
 * headings, which are lost, repeated or misplaced in real reports.
 *
 * <p>The edition is decided by what the tables look like (§2.6), falling back to {@link
 * org.gongkai.report.Edition#requiredFor} the year. Cells whose borders were lost are split by
 * {@link CellSplitter}. Reading never throws: what could not be read is said in {@code DOC.}
 * findings, and a partial table keeps what was read.
 *
 * <p>One reader per concern, run in this order over one {@link AssemblerText}: {@link TitleReader}
 * (title, agency, year), {@link EditionReader}, {@link Table2Reader}, {@link Table3Reader}, {@link
 * Table4Reader}, {@link SectionReader}. The table readers share a {@link LabelFinder} and a {@link
 * ValueScanner}; each is handed the {@link ReadingLog} its findings go to, and a row that ends short
 * ends in one of the {@link SplitOutcome}s.
 */
public final class ReportAssembler {
    private ReportAssembler() {}

    /**
     * Assembles a report from the lines of a source. The result's {@link ParsedReport#metadata()} maps
     * each {@code Table2Row}, {@code Table3Row}, {@code Table4Group} and {@code SectionHeading} found
     * to the position of its line.
     */
    public static ParsedReport assemble(List<GridLine> lines) {
        try {
            return read(new AssemblerText(lines == null ? List.of() : lines));
        } catch (RuntimeException | StackOverflowError e) {
            // The assembler is meant to read anything; should it still fail, the caller gets an empty report.
            AnnualReport report = new AnnualReport();
            List<Section> sections = new ArrayList<>();
            for (SectionHeading h : SectionHeading.values()) {
                sections.add(new Section(h.number(), h.heading(), false, ""));
            }
            report.sections(sections);
            return new ParsedReport(
                    report,
                    List.of(new Finding(
                            "DOC.UNREADABLE",
                            Severity.ERROR,
                            "无法读取该文档：" + e.getClass().getSimpleName(),
                            "全文")));
        }
    }

    /** Findings that say a row of a table was not read, or not whole. */
    private static final Set<String> UNREAD = Set.of("DOC.ROW_MISSING", "DOC.ROW_SHORT", "DOC.SPLIT_AMBIGUOUS");

    /**
     * When half of a found table's rows or more were not read or not whole, its layout was not
     * understood (a table converted to text column by column, each cell a line): the numbers read for
     * its other rows may belong to other rows, and the table as a whole is said to be unsure.
     */
    private static void mostlyUnread(ReadingLog log, String table, boolean found, int rows) {
        if (!found) {
            return;
        }
        Set<String> unread = new HashSet<>();
        for (Finding f : log.findings()) {
            if (UNREAD.contains(f.rule()) && f.where() != null && f.where().startsWith(table + " · ")) {
                unread.add(f.where());
            }
        }
        if (unread.size() * 2 >= rows) {
            log.add(
                    "DOC.ROW_UNSURE",
                    Severity.WARNING,
                    table + "的" + rows + "行中有" + unread.size() + "行未能读出或读不全，表格的版式未能识别；其余各行读出的数字也可能错位，请与原件核对",
                    table,
                    null);
        }
    }

    /** One reader per concern, each handed what it needs and the log it reports to. */
    private static ParsedReport read(AssemblerText t) {
        String s = t.text;
        ReadingLog log = new ReadingLog();
        LabelFinder labels = new LabelFinder(s);
        ValueScanner values = new ValueScanner(t);
        AnnualReport report = new AnnualReport();
        AssemblerHeadings headings = AssemblerHeadings.find(s);
        new TitleReader(t).read(report, headings);
        Edition edition = EditionReader.read(s, report.year());
        report.edition(edition);
        Edition reading = edition == null ? Edition.E2021 : edition;
        List<Span> tables = new ArrayList<>();
        Span table2 = new Table2Reader(t, labels, values, log).read(report, reading, headings);
        tables.add(table2);
        Span table3 = new Table3Reader(t, labels, values, log).read(report, reading, table2.end());
        tables.add(table3);
        Span table4 = new Table4Reader(t, labels, values, log).read(report, table3.end(), headings);
        if (table4 != null) {
            tables.add(table4);
        }
        tables.removeIf(Span::isEmpty);
        mostlyUnread(log, "表二", report.table2() != null, reading.table2Rows().size());
        mostlyUnread(log, "表三", report.table3() != null, reading.table3Rows().size());
        new SectionReader(t, log).read(report, headings, tables, table4);
        return new ParsedReport(report, log.findings(), log.metadata().freeze());
    }
}
