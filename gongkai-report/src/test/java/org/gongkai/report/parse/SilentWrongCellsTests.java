package org.gongkai.report.parse;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.gongkai.report.AnnualReport;
import org.gongkai.report.ApplicantColumn;
import org.gongkai.report.Edition;
import org.gongkai.report.Finding;
import org.gongkai.report.SeedTables;
import org.gongkai.report.SharedFiles;
import org.gongkai.report.Table2;
import org.gongkai.report.Table2Column;
import org.gongkai.report.Table2Row;
import org.gongkai.report.Table3;
import org.gongkai.report.Table3Row;
import org.gongkai.report.Table4;
import org.gongkai.report.Table4Column;
import org.gongkai.report.Table4Group;
import org.gongkai.report.json.ReportJson;
import org.junit.jupiter.api.Test;

/**
 * The rule of the house, counted: a cell the reader gives is either right or carries a finding; a
 * silent wrong number is the worst outcome. Every cell of tables 2–4 of every real report in {@code
 * ../shared} (the 平潭 corpus against its hand-read .json — archive text and HTML copies — and the seed
 * against {@link SeedTables}) and of every own fixture (against its {@code .expected.json}) is counted
 * as right, blank with a finding, wrong with a finding, or silently wrong (a different number, or a
 * blank, with no finding about its row). Silent wrong must be 0; the figures are printed for {@code
 * docs/rules.md}.
 */
class SilentWrongCellsTests {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Findings that tell a person a row's cells may be blank or wrong. */
    private static final Set<String> CELL_FINDINGS = Set.of(
            "DOC.TABLE_MISSING",
            "DOC.ROW_MISSING",
            "DOC.ROW_SHORT",
            "DOC.CELL_UNREADABLE",
            "DOC.SPLIT_AMBIGUOUS",
            "DOC.ROW_UNSURE");

    static final class Count {
        int reports;
        int right;
        int blankWithFinding;
        int wrongWithFinding;
        final List<String> silent = new ArrayList<>();

        void add(Count other) {
            reports += other.reports;
            right += other.right;
            blankWithFinding += other.blankWithFinding;
            wrongWithFinding += other.wrongWithFinding;
            silent.addAll(other.silent);
        }

        String line(String what) {
            return String.format(
                    "%-34s reports %3d  cells right %5d  blank with a finding %4d  wrong with a finding %3d  silent wrong %d",
                    what, reports, right, blankWithFinding, wrongWithFinding, silent.size());
        }
    }

    @Test
    void noCellIsSilentlyWrong() throws Exception {
        Count fixtures = new Count();
        for (String name : FixtureExpectationsTests.fixtures().toList()) {
            String expected = name.substring(0, name.lastIndexOf('.')) + ".expected.json";
            try (var in = getClass().getResourceAsStream("/" + expected)) {
                if (in == null) {
                    continue;
                }
                AnnualReport truth = ReportJson.read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                fixtures.add(compare(name, truth, FixtureExpectationsTests.read(name)));
            }
        }
        Count texts = new Count();
        Count htmls = new Count();
        Count seed = new Count();
        Path corpus = SharedFiles.resolve("corpus/pingtan").orElse(null);
        if (corpus != null) {
            List<Path> truths;
            try (Stream<Path> files = Files.list(corpus)) {
                truths = files.filter(p -> p.toString().endsWith(".json"))
                        .sorted()
                        .toList();
            }
            for (Path json : truths) {
                String base = json.getFileName().toString().replace(".json", "");
                AnnualReport truth = corpusTruth(JSON.readTree(json.toFile()));
                Path txt = json.resolveSibling(base + ".txt");
                if (Files.exists(txt)) {
                    String a = TextCorpusTests.partA(Files.readString(txt, StandardCharsets.UTF_8));
                    texts.add(compare(base + ".txt", truth, TextReportParser.parse(a)));
                }
                Path html = json.resolveSibling(base + ".html");
                if (Files.exists(html)) {
                    htmls.add(compare(base + ".html", truth, ReportReaders.read(html)));
                }
            }
        }
        Path seedFile = SharedFiles.resolve("seed/000_7364606721a9d05b.txt").orElse(null);
        if (seedFile != null) {
            AnnualReport truth = new AnnualReport()
                    .edition(Edition.E2019)
                    .table2(SeedTables.table2())
                    .table3(SeedTables.zeroTable3(Edition.E2019))
                    .table4(SeedTables.zeroTable4());
            seed.add(compare("seed", truth, ReportReaders.read(seedFile)));
        }
        Count all = new Count();
        for (Count c : List.of(fixtures, texts, htmls, seed)) {
            all.add(c);
        }
        System.out.println(fixtures.line("own fixtures (.expected.json)"));
        System.out.println(texts.line("corpus archive text (.txt)"));
        System.out.println(htmls.line("corpus HTML copies (.html)"));
        System.out.println(seed.line("seed (SeedTables)"));
        System.out.println(all.line("all"));
        assertThat(all.silent).as("cells read wrongly without a finding").isEmpty();
    }

    /** Every cell of the truth's tables against what was read. */
    static Count compare(String name, AnnualReport truth, ParsedReport parsed) {
        Count count = new Count();
        count.reports = 1;
        AnnualReport read = parsed.report();
        Edition edition = truth.edition() == null ? Edition.E2021 : truth.edition();
        if (truth.table2() != null) {
            for (Table2Row row : edition.table2Rows()) {
                for (Table2Column c : row.columns(edition)) {
                    BigDecimal want = truth.table2().get(row, c);
                    BigDecimal got =
                            read.table2() == null ? null : read.table2().get(row, c);
                    tally(
                            count,
                            name + " 表二 " + row.label(edition) + " " + c.label(),
                            want,
                            got,
                            flagged(parsed, row, "表二 · " + row.label(edition)));
                }
            }
        }
        if (truth.table3() != null) {
            for (Table3Row row : truth.table3().rows()) {
                for (ApplicantColumn c : ApplicantColumn.values()) {
                    Long want = truth.table3().get(row, c);
                    Long got = read.table3() == null ? null : read.table3().get(row, c);
                    tally(
                            count,
                            name + " 表三 " + row.qualifiedLabel() + " " + c.label(),
                            big(want),
                            big(got),
                            flagged(parsed, row, "表三 · " + row.qualifiedLabel()));
                }
            }
        }
        if (truth.table4() != null) {
            for (Table4Group g : Table4Group.values()) {
                for (Table4Column c : Table4Column.values()) {
                    Long want = truth.table4().get(g, c);
                    Long got = read.table4() == null ? null : read.table4().get(g, c);
                    tally(
                            count,
                            name + " 表四 " + g.label() + " " + c.label(),
                            big(want),
                            big(got),
                            flagged(parsed, g, "表四 · " + g.label()));
                }
            }
        }
        return count;
    }

    private static BigDecimal big(Long v) {
        return v == null ? null : BigDecimal.valueOf(v);
    }

    private static void tally(Count count, String where, BigDecimal want, BigDecimal got, boolean flagged) {
        boolean same = want == null ? got == null : got != null && want.compareTo(got) == 0;
        if (same) {
            count.right++;
        } else if (flagged && got == null) {
            count.blankWithFinding++;
        } else if (flagged) {
            count.wrongWithFinding++;
        } else {
            count.silent.add(where + ": expected " + want + " but read " + got);
        }
    }

    /** Whether the reader said something about the row: its own finding, or one about the whole table. */
    private static boolean flagged(ParsedReport parsed, Object rowKey, String rowWhere) {
        if (parsed.metadata().reportedByReader(rowKey)) {
            return true;
        }
        String table = rowWhere.substring(0, 2);
        for (Finding f : parsed.findings()) {
            if (CELL_FINDINGS.contains(f.rule())
                    && f.where() != null
                    && (f.where().equals(table)
                            || f.where().equals(rowWhere)
                            || f.where().startsWith(rowWhere + " · "))) {
                return true;
            }
        }
        return false;
    }

    /** The corpus .json as a report: table 2 by printed row label, table 3 by row key, table 4 as 15 numbers. */
    static AnnualReport corpusTruth(JsonNode truth) {
        Edition edition = Edition.fromCode(truth.get("edition").asText()).orElseThrow();
        Table2 t2 = new Table2();
        for (Iterator<Map.Entry<String, JsonNode>> it = truth.get("table2").fields(); it.hasNext(); ) {
            var e = it.next();
            Table2Row row = edition.table2Rows().stream()
                    .filter(r -> e.getKey().equals(r.label(edition)))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no table-2 row " + e.getKey()));
            t2.addRow(row);
            List<Table2Column> columns = row.columns(edition);
            for (int i = 0; i < columns.size(); i++) {
                JsonNode v = e.getValue().get(i);
                t2.set(row, columns.get(i), v == null || v.isNull() ? null : v.decimalValue());
            }
        }
        Table3 t3 = new Table3();
        JsonNode rows = truth.get("table3");
        for (Table3Row row : edition.table3Rows()) {
            JsonNode values = rows.get(HtmlCorpusTests.truthKey(row));
            Objects.requireNonNull(values, "truth has no " + HtmlCorpusTests.truthKey(row));
            Long[] cells = new Long[ApplicantColumn.values().length];
            for (int c = 0; c < cells.length; c++) {
                cells[c] = values.get(c).isNull() ? null : values.get(c).asLong();
            }
            t3.setRow(row, cells);
        }
        Table4 t4 = new Table4();
        JsonNode fifteen = truth.get("table4");
        for (Table4Group g : Table4Group.values()) {
            Long[] part = new Long[Table4Column.values().length];
            for (int c = 0; c < part.length; c++) {
                JsonNode v = fifteen.get(g.ordinal() * part.length + c);
                part[c] = v.isNull() ? null : v.asLong();
            }
            t4.setGroup(g, part);
        }
        return new AnnualReport().edition(edition).table2(t2).table3(t3).table4(t4);
    }
}
