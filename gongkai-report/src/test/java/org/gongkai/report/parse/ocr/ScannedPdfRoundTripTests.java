package org.gongkai.report.parse.ocr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.gongkai.report.AnnualReport;
import org.gongkai.report.ApplicantColumn;
import org.gongkai.report.Edition;
import org.gongkai.report.Finding;
import org.gongkai.report.ReportGenerators;
import org.gongkai.report.Section;
import org.gongkai.report.SectionHeading;
import org.gongkai.report.SourcePosition;
import org.gongkai.report.Table2;
import org.gongkai.report.Table2Column;
import org.gongkai.report.Table2Row;
import org.gongkai.report.Table3;
import org.gongkai.report.Table3Row;
import org.gongkai.report.Table4;
import org.gongkai.report.Table4Column;
import org.gongkai.report.Table4Group;
import org.gongkai.report.parse.ParsedReport;
import org.gongkai.report.parse.PdfReportParser;
import org.gongkai.report.render.HtmlRenderer;
import org.gongkai.report.rules.Auditor;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The OCR round trip: reports printed to PDF from their HTML (HtmlRenderer, openhtmltopdf, a CJK
 * font), rasterised by {@code pdftoppm}, wrapped as an image-only PDF (no text layer), read back by
 * the PDF reader — which reads them by OCR — and audited. No cell comes back wrong without a finding
 * on its row (its OCR line, or a rule naming it), and at least {@link #RIGHT_AT_LEAST} of the cells
 * come back right: issue 9 asks for 99 %. Measured on 2026-12-06: 1,194 of 1,194 cells right, 0 silent
 * wrong, six reports (before the digits were read alone: 347 of 398, 87 %, on the first two). Skipped, with a
 * message, only where Tesseract (or pdftoppm, or the font) is absent; {@code .ci/run} fails if it was
 * skipped in CI.
 */
class ScannedPdfRoundTripTests {
    private static final File FONT = new File("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc");

    /**
     * The share of cells that must come back right: issue 9's 99 %. All came back right when measured; the
     * floor leaves room for another Tesseract build reading a few cells differently (with a finding).
     */
    static final double RIGHT_AT_LEAST = 0.99;

    /**
     * Seeds of {@link ReportGenerators} whose reports are read besides the two above (an even seed the
     * 2021 edition, an odd one 2019): numbers of up to four digits, signed changes, amounts with decimals.
     */
    static final long[] GENERATED_SEEDS = {1, 2, 3, 4};

    /** {@link #GENERATED_SEEDS}, or the seeds listed in {@code -Dgongkai.ocr.seeds=5,6,7} (a longer measurement). */
    private static long[] seeds() {
        String listed = System.getProperty("gongkai.ocr.seeds");
        return listed == null
                ? GENERATED_SEEDS
                : Stream.of(listed.split(",")).mapToLong(Long::parseLong).toArray();
    }

    @TempDir
    Path tmp;

    @BeforeAll
    static void needsTesseract() {
        assumeTrue(
                ScannedPdfReader.available(), "Tesseract with chi_sim is not installed: the OCR round trip is skipped");
        assumeTrue(onPath("pdftoppm"), "pdftoppm (poppler-utils) is not installed: the OCR round trip is skipped");
        assumeTrue(FONT.isFile(), FONT + " (fonts-wqy-microhei) is absent: the OCR round trip is skipped");
    }

    @Test
    void scannedReportsReadBackWithEveryCellRightOrFlagged() throws Exception {
        Tally tally = new Tally();
        List<AnnualReport> reports = new ArrayList<>(List.of(report2021(), report2019()));
        for (long seed : seeds()) {
            reports.add(ReportGenerators.report(new Random(seed), seed % 2 == 0 ? Edition.E2021 : Edition.E2019));
        }
        for (int i = 0; i < reports.size(); i++) {
            AnnualReport original = reports.get(i);
            byte[] scan = scanned(original);
            if (System.getProperty("gongkai.ocr.keep") != null) {
                Files.write(
                        Path.of(System.getProperty("gongkai.ocr.keep"), "r" + i + "-" + original.year() + ".pdf"),
                        scan);
            }
            assertThat(text(scan)).as("the scan has no text layer").isBlank();

            long started = System.nanoTime();
            ParsedReport parsed = PdfReportParser.parse(new ByteArrayInputStream(scan));
            tally.nanos += System.nanoTime() - started;
            try (PDDocument doc = Loader.loadPDF(scan)) {
                tally.pages += doc.getNumberOfPages();
            }
            tally.unsure += (int) parsed.findings().stream()
                    .filter(f -> f.rule().equals("DOC.OCR_UNSURE"))
                    .count();
            // The table rules are part of the net: a misread digit that breaks an identity is found there.
            ParsedReport read = new ParsedReport(parsed.report(), new Auditor().audit(parsed, null), parsed.metadata());

            assertThat(read.findings()).anyMatch(f -> f.rule().equals("DOC.OCR"));
            compare(original, read, tally);
        }
        System.out.println("OCR round trip: " + tally.summary());
        tally.wrongCells.forEach(w -> System.out.println("OCR miss: " + w));
        assertThat(tally.silentWrong).as(tally.toString()).isEmpty();
        assertThat(tally.right).as(tally.toString()).isGreaterThanOrEqualTo((int)
                Math.ceil(tally.cells * RIGHT_AT_LEAST));
    }

    // ------------------------------------------------------------------ the reports

    static AnnualReport report2021() {
        Table2 t2 = new Table2()
                .set(Table2Row.REGULATIONS, Table2Column.ISSUED, 3)
                .set(Table2Row.REGULATIONS, Table2Column.REPEALED, 1)
                .set(Table2Row.REGULATIONS, Table2Column.IN_FORCE, 27)
                .set(Table2Row.NORMATIVE_DOCUMENTS, Table2Column.ISSUED, 62)
                .set(Table2Row.NORMATIVE_DOCUMENTS, Table2Column.REPEALED, 33)
                .set(Table2Row.NORMATIVE_DOCUMENTS, Table2Column.IN_FORCE, 440)
                .set(Table2Row.LICENSING, Table2Column.DECISIONS_2021, 4529)
                .set(Table2Row.PENALTIES, Table2Column.DECISIONS_2021, 1100)
                .set(Table2Row.ENFORCEMENT, Table2Column.DECISIONS_2021, 65)
                .set(Table2Row.ADMINISTRATIVE_FEES, Table2Column.AMOUNT, new BigDecimal("18651.06"));
        Table3 t3 = zeros(Edition.E2021);
        t3.setRow(Table3Row.NEW_RECEIVED, 217L, 1L, 0L, 0L, 0L, 0L, 218L);
        t3.setRow(Table3Row.CARRIED_OVER, 6L, 2L, 0L, 0L, 0L, 1L, 9L);
        t3.setRow(Table3Row.GRANTED, 71L, 0L, 0L, 0L, 0L, 0L, 71L);
        t3.setRow(Table3Row.PARTIALLY_GRANTED, 29L, 0L, 0L, 0L, 0L, 0L, 29L);
        t3.setRow(Table3Row.STATE_SECRET, 4L, 0L, 0L, 0L, 0L, 0L, 4L);
        t3.setRow(Table3Row.THIRD_PARTY_RIGHTS, 3L, 0L, 0L, 0L, 0L, 0L, 3L);
        t3.setRow(Table3Row.INTERNAL_AFFAIRS, 32L, 0L, 0L, 0L, 0L, 0L, 32L);
        t3.setRow(Table3Row.NOT_HELD, 75L, 0L, 0L, 0L, 0L, 0L, 75L);
        t3.setRow(Table3Row.DUPLICATE, 1L, 0L, 0L, 0L, 0L, 0L, 1L);
        t3.setRow(Table3Row.NO_CORRECTION_IN_TIME, 1L, 0L, 0L, 0L, 0L, 0L, 1L);
        t3.setRow(Table3Row.OTHER_OTHER, 1L, 1L, 0L, 0L, 0L, 0L, 2L);
        t3.setRow(Table3Row.TOTAL, 217L, 1L, 0L, 0L, 0L, 0L, 218L);
        t3.setRow(Table3Row.CARRIED_FORWARD, 6L, 2L, 0L, 0L, 0L, 1L, 9L);
        Table4 t4 = new Table4()
                .setGroup(Table4Group.RECONSIDERATION, 2L, 1L, 3L, 1L, 7L)
                .setGroup(Table4Group.LITIGATION_DIRECT, 0L, 0L, 0L, 0L, 0L)
                .setGroup(Table4Group.LITIGATION_AFTER_RECONSIDERATION, 13L, 2L, 4L, 0L, 19L);
        return report("平潭综合实验区管委会", 2024, Edition.E2021, t2, t3, t4);
    }

    static AnnualReport report2019() {
        Table2 t2 = new Table2()
                .set(Table2Row.REGULATIONS, Table2Column.NEWLY_MADE, 0)
                .set(Table2Row.REGULATIONS, Table2Column.NEWLY_PUBLISHED, 0)
                .set(Table2Row.REGULATIONS, Table2Column.TOTAL_PUBLISHED, 0)
                .set(Table2Row.NORMATIVE_DOCUMENTS, Table2Column.NEWLY_MADE, 8)
                .set(Table2Row.NORMATIVE_DOCUMENTS, Table2Column.NEWLY_PUBLISHED, 9)
                .set(Table2Row.NORMATIVE_DOCUMENTS, Table2Column.TOTAL_PUBLISHED, 89);
        long[][] items = {{64, -3, 61}, {2, -2, 0}, {396, 0, 181}, {12, 6, 25}, {3, 5, 0}};
        Table2Row[] rows = {
            Table2Row.LICENSING,
            Table2Row.OTHER_EXTERNAL_MANAGEMENT_SERVICES,
            Table2Row.PENALTIES,
            Table2Row.ENFORCEMENT,
            Table2Row.ADMINISTRATIVE_FEES
        };
        for (int i = 0; i < rows.length; i++) {
            t2.set(rows[i], Table2Column.PREVIOUS_YEAR_COUNT, items[i][0])
                    .set(rows[i], Table2Column.CHANGE, items[i][1]);
            if (rows[i] != Table2Row.ADMINISTRATIVE_FEES) {
                t2.set(rows[i], Table2Column.DECISIONS, items[i][2]);
            }
        }
        t2.set(Table2Row.CENTRALIZED_PROCUREMENT, Table2Column.PROJECTS, 13)
                .set(Table2Row.CENTRALIZED_PROCUREMENT, Table2Column.TOTAL_AMOUNT, new BigDecimal("595.88"));
        Table3 t3 = zeros(Edition.E2019);
        t3.setRow(Table3Row.NEW_RECEIVED, 23L, 5L, 0L, 1L, 0L, 2L, 31L);
        t3.setRow(Table3Row.GRANTED, 12L, 3L, 0L, 0L, 0L, 1L, 16L);
        t3.setRow(Table3Row.NOT_HELD, 8L, 2L, 0L, 1L, 0L, 1L, 12L);
        t3.setRow(Table3Row.OTHER, 3L, 0L, 0L, 0L, 0L, 0L, 3L);
        t3.setRow(Table3Row.TOTAL, 23L, 5L, 0L, 1L, 0L, 2L, 31L);
        Table4 t4 = new Table4()
                .setGroup(Table4Group.RECONSIDERATION, 1L, 0L, 0L, 0L, 1L)
                .setGroup(Table4Group.LITIGATION_DIRECT, 0L, 1L, 0L, 2L, 3L)
                .setGroup(Table4Group.LITIGATION_AFTER_RECONSIDERATION, 0L, 0L, 0L, 0L, 0L);
        return report("达州市商务局", 2020, Edition.E2019, t2, t3, t4);
    }

    private static Table3 zeros(Edition edition) {
        Table3 t3 = new Table3();
        for (Table3Row row : edition.table3Rows()) {
            t3.setRow(row, 0L, 0L, 0L, 0L, 0L, 0L, 0L);
        }
        return t3;
    }

    private static AnnualReport report(String agency, int year, Edition edition, Table2 t2, Table3 t3, Table4 t4) {
        List<Section> sections = new ArrayList<>();
        for (SectionHeading h : SectionHeading.values()) {
            sections.add(new Section(h.number(), h.heading(), true, "严格落实保密审查制度，确保公开信息准确无误。"));
        }
        return new AnnualReport()
                .agency(agency)
                .year(year)
                .edition(edition)
                .title(agency + year + "年政府信息公开工作年度报告")
                .preamble("本报告中所列数据的统计期限自" + year + "年1月1日起至" + year + "年12月31日止。")
                .table2(t2)
                .table3(t3)
                .table4(t4)
                .sections(sections);
    }

    // ------------------------------------------------------------------ print, scan, wrap

    /**
     * The report printed to PDF, rasterised at 300 dpi in grey (another resolution with {@code
     * -Dgongkai.ocr.scan-dpi=200}, for a one-off measurement), and wrapped as an image-only PDF.
     */
    private byte[] scanned(AnnualReport report) throws Exception {
        Path pdf = tmp.resolve("printed.pdf");
        Files.write(pdf, printed(report));
        Path pages = Files.createDirectories(tmp.resolve("pages-" + System.nanoTime()));
        run(
                "pdftoppm",
                "-r",
                System.getProperty("gongkai.ocr.scan-dpi", "300"),
                "-gray",
                "-png",
                pdf.toString(),
                pages.resolve("p").toString());
        List<Path> images;
        try (Stream<Path> s = Files.list(pages)) {
            images = s.sorted().toList();
        }
        assertThat(images).isNotEmpty();
        Path scan = tmp.resolve("scan.pdf");
        if (onPath("img2pdf")) {
            List<String> cmd = new ArrayList<>(List.of("img2pdf"));
            images.forEach(p -> cmd.add(p.toString()));
            cmd.addAll(List.of("-o", scan.toString()));
            run(cmd.toArray(String[]::new));
        } else {
            ImageOnlyPdf.write(images, scan);
        }
        return Files.readAllBytes(scan);
    }

    /** HtmlRenderer's page printed by openhtmltopdf with WenQuanYi Micro Hei for every character. */
    private static byte[] printed(AnnualReport report) throws IOException {
        String html = HtmlRenderer.render(report)
                .replace("</head>", "<style>* { font-family: cjk !important; }</style></head>");
        org.jsoup.nodes.Document parsed = Jsoup.parse(html);
        try (PDDocument doc = new PDDocument();
                TrueTypeCollection fonts = new TrueTypeCollection(FONT);
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType0Font font = PDType0Font.load(doc, fonts.getFontByName("WenQuanYiMicroHei"), true);
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.usePDDocument(doc);
            builder.useFont(new PDFontSupplier(font), "cjk");
            builder.withW3cDocument(new W3CDom().fromJsoup(parsed), "file:///");
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        }
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    private static void run(String... cmd) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(String.join(" ", cmd) + "\n" + out).isZero();
    }

    private static boolean onPath(String command) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (new File(dir, command).canExecute()) {
                return true;
            }
        }
        return false;
    }

    // ------------------------------------------------------------------ compare

    /** Cells compared: right, blank with a finding on the row, or wrong (with or without a finding). */
    static final class Tally {
        int cells;
        int right;
        int blankFlagged;
        int wrongFlagged;
        final List<String> silentWrong = new ArrayList<>();
        final List<String> wrongCells = new ArrayList<>();
        int unsure;
        int pages;
        long nanos;

        void count(String where, Object expected, Object actual, boolean flagged) {
            cells++;
            if (same(expected, actual)) {
                right++;
                return;
            }
            wrongCells.add(where + ": " + expected + " → " + actual + (flagged ? " (flagged)" : ""));
            if (!flagged) {
                silentWrong.add(where);
            } else if (actual == null) {
                blankFlagged++;
            } else {
                wrongFlagged++;
            }
        }

        private static boolean same(Object a, Object b) {
            if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
                return x.compareTo(y) == 0;
            }
            return Objects.equals(a, b);
        }

        String summary() {
            return cells + " cells: " + right + " right, " + blankFlagged + " blank with a finding, " + wrongFlagged
                    + " wrong with a finding, " + silentWrong.size() + " silent wrong; " + unsure
                    + " DOC.OCR_UNSURE; " + pages + " pages read in " + nanos / 1_000_000_000 + " s";
        }

        @Override
        public String toString() {
            return cells + " cells: " + right + " right, " + blankFlagged + " blank with a finding, " + wrongFlagged
                    + " wrong with a finding, " + silentWrong.size() + " silent wrong " + wrongCells;
        }
    }

    private static void compare(AnnualReport original, ParsedReport read, Tally tally) {
        AnnualReport r = read.report();
        Edition edition = original.edition();
        for (Table2Row row : edition.table2Rows()) {
            for (Table2Column c : row.columns(edition)) {
                BigDecimal actual = r.table2() == null || !r.table2().hasRow(row)
                        ? null
                        : r.table2().get(row, c);
                tally.count(
                        "表二 " + row + "." + c,
                        original.table2().get(row, c),
                        actual,
                        flagged(read, row, row.label(edition)));
            }
        }
        for (Table3Row row : edition.table3Rows()) {
            for (ApplicantColumn c : ApplicantColumn.values()) {
                Long actual = r.table3() == null || !r.table3().hasRow(row)
                        ? null
                        : r.table3().get(row, c);
                tally.count(
                        "表三 " + row + "." + c, original.table3().get(row, c), actual, flagged(read, row, row.label()));
            }
        }
        for (Table4Group g : Table4Group.values()) {
            for (Table4Column c : Table4Column.values()) {
                Long actual = r.table4() == null || !r.table4().hasGroup(g)
                        ? null
                        : r.table4().get(g, c);
                tally.count("表四 " + g + "." + c, original.table4().get(g, c), actual, flagged(read, g, g.label()));
            }
        }
    }

    /**
     * Whether a finding is about this row: at the line it was read from (an OCR doubt, a split), or
     * naming it (a table rule, a reader finding).
     */
    private static boolean flagged(ParsedReport read, Object rowKey, String label) {
        SourcePosition at = read.metadata().positionOf(rowKey);
        for (Finding f : read.findings()) {
            if (f.rule().equals("DOC.OCR")) {
                continue;
            }
            boolean sameLine = at != null && Objects.equals(at.page(), f.page()) && Objects.equals(at.line(), f.line());
            boolean namesRow =
                    f.where() != null && f.where().startsWith("表") && f.where().contains(label);
            if (sameLine || namesRow) {
                return true;
            }
        }
        return false;
    }
}
