package org.gongkai.report.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.gongkai.report.AnnualReport;
import org.gongkai.report.ApplicantColumn;
import org.gongkai.report.Edition;
import org.gongkai.report.SharedFiles;
import org.gongkai.report.Table2Column;
import org.gongkai.report.Table2Row;
import org.gongkai.report.Table3Row;
import org.gongkai.report.Table4Column;
import org.gongkai.report.Table4Group;
import org.junit.jupiter.api.Test;

/**
 * Reads the archive's plain-text rendering ([A]) of each real report in {@code
 * ../shared/corpus/pingtan} — cells run together without separators — and compares every number with
 * the hand-read truth. A number the reader states must be right; a cell it leaves blank and flags
 * (an ambiguous split) is not a failure, and the summary says how many there were.
 */
class TextCorpusTests {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyNumberReadFromTheArchiveTextIsRight() throws IOException {
        Optional<Path> corpus = SharedFiles.resolve("corpus/pingtan");
        assumeTrue(corpus.isPresent(), "../shared/corpus/pingtan is absent");
        List<Path> texts;
        try (Stream<Path> files = Files.list(corpus.get())) {
            texts = files.filter(p -> p.getFileName().toString().endsWith(".txt"))
                    .sorted()
                    .toList();
        }
        assertThat(texts).isNotEmpty();
        List<String> wrong = new ArrayList<>();
        int right = 0;
        int flagged = 0;
        int missed = 0;
        for (Path txt : texts) {
            Path truthFile = txt.resolveSibling(txt.getFileName().toString().replace(".txt", ".json"));
            if (!Files.exists(truthFile)) {
                continue;
            }
            JsonNode truth = JSON.readTree(truthFile.toFile());
            ParsedReport parsed = TextReportParser.parse(partA(Files.readString(txt, StandardCharsets.UTF_8)));
            AnnualReport r = parsed.report();
            Tally tally = new Tally(txt.getFileName().toString(), wrong);
            Edition edition = Edition.fromCode(truth.get("edition").asText()).orElseThrow();
            tally.same("edition", edition, r.edition());
            tally.same("year", truth.get("year").asInt(), r.year());
            compareTable2(truth.get("table2"), r, edition, tally);
            compareTable3(truth.get("table3"), r, tally);
            compareTable4(truth.get("table4"), r, tally);
            boolean flags = parsed.findings().stream()
                    .anyMatch(f ->
                            f.rule().equals("DOC.SPLIT_AMBIGUOUS") || f.rule().equals("DOC.ROW_SHORT"));
            System.out.printf(
                    "%-45s right %3d  blank-flagged %3d  blank-unflagged %3d  wrong %d%n",
                    tally.name, tally.right, flags ? tally.blank : 0, flags ? 0 : tally.blank, tally.wrong);
            right += tally.right;
            if (flags) {
                flagged += tally.blank;
            } else {
                missed += tally.blank;
            }
        }
        System.out.printf(
                "corpus [A] texts: %d cells right, %d left blank and flagged, %d missed, %d wrong%n",
                right, flagged, missed, wrong.size());
        assertThat(wrong).as("numbers read wrongly").isEmpty();
        assertThat(missed).as("cells left blank without a finding").isZero();
    }

    /**
     * The archive's page.txt, verbatim: the text between the {@code [A]} line and the {@code [B]} line;
     * for a file without them (the report's text taken from its HTML), everything after the header.
     */
    static String partA(String file) {
        int a = file.indexOf("\n[A]");
        int b = file.indexOf("\n[B]");
        if (a < 0) {
            a = file.indexOf("\n=====");
        }
        if (a < 0) {
            return "";
        }
        int start = file.indexOf('\n', a + 1) + 1;
        return file.substring(start, b > a ? b : file.length());
    }

    private static void compareTable2(JsonNode t2, AnnualReport r, Edition edition, Tally tally) {
        for (Iterator<Map.Entry<String, JsonNode>> it = t2.fields(); it.hasNext(); ) {
            var e = it.next();
            Table2Row row = null;
            for (Table2Row candidate : edition.table2Rows()) {
                if (e.getKey().equals(candidate.label(edition))) {
                    row = candidate;
                }
            }
            assertThat(row).as(tally.name + " table2 " + e.getKey()).isNotNull();
            List<Table2Column> columns = row.columns(edition);
            for (int i = 0; i < columns.size(); i++) {
                JsonNode want = e.getValue().get(i);
                BigDecimal got = r.table2() == null ? null : r.table2().get(row, columns.get(i));
                tally.number("表二 " + e.getKey() + " " + columns.get(i).label(), want, got);
            }
        }
    }

    private static void compareTable3(JsonNode t3, AnnualReport r, Tally tally) {
        for (Iterator<Map.Entry<String, JsonNode>> it = t3.fields(); it.hasNext(); ) {
            var e = it.next();
            Table3Row row = table3Row(e.getKey());
            assertThat(row).as(tally.name + " table3 " + e.getKey()).isNotNull();
            for (ApplicantColumn c : ApplicantColumn.values()) {
                JsonNode want = e.getValue().get(c.ordinal());
                Long got = r.table3() == null ? null : r.table3().get(row, c);
                tally.number("表三 " + e.getKey() + " " + c.label(), want, got == null ? null : BigDecimal.valueOf(got));
            }
        }
    }

    private static void compareTable4(JsonNode t4, AnnualReport r, Tally tally) {
        for (int i = 0; i < 15; i++) {
            Table4Group g = Table4Group.values()[i / 5];
            Table4Column c = Table4Column.values()[i % 5];
            Long got = r.table4() == null ? null : r.table4().get(g, c);
            tally.number("表四 " + g.label() + " " + c.label(), t4.get(i), got == null ? null : BigDecimal.valueOf(got));
        }
    }

    /** The truth files name rows by their printed text, sub-rows as {@code 不予公开-属于国家秘密}. */
    private static Table3Row table3Row(String key) {
        int dash = key.indexOf('-');
        for (Table3Row row : Table3Row.values()) {
            if (dash > 0) {
                String group = key.substring(0, dash);
                String sub = key.substring(dash + 1);
                if (row.group().heading() != null
                        && row.group().heading().contains(group)
                        && row.text().equals(sub)) {
                    return row;
                }
            } else if (row.label().equals(row.text()) && row.text().contains(key)) {
                return row;
            }
        }
        return null;
    }

    private static final class Tally {
        final String name;
        final List<String> errors;
        int right;
        int blank;
        int wrong;

        Tally(String name, List<String> wrong) {
            this.name = name;
            this.errors = wrong;
        }

        void same(String what, Object want, Object got) {
            if (!want.equals(got)) {
                errors.add(name + " " + what + ": expected " + want + " but read " + got);
                this.wrong++;
            }
        }

        void number(String where, JsonNode want, BigDecimal got) {
            boolean wantBlank = want == null || want.isNull();
            if (got == null) {
                if (wantBlank) {
                    right++;
                } else {
                    blank++;
                }
                return;
            }
            if (!wantBlank && want.decimalValue().compareTo(got) == 0) {
                right++;
            } else {
                errors.add(name + " " + where + ": expected " + (wantBlank ? "blank" : want.asText()) + " but read "
                        + got);
                this.wrong++;
            }
        }
    }
}
