package org.gongkai.report.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.LongStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.gongkai.report.Finding;
import org.gongkai.report.parse.SampleReport.Block;
import org.gongkai.report.parse.SampleReport.Cell;
import org.gongkai.report.parse.SampleReport.Paragraph;
import org.gongkai.report.parse.SampleReport.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every parser, fed thousands of broken, truncated, mutated and random inputs: none may throw, and
 * everything it has to say about its input is a {@code DOC.} finding. Mutations start from the
 * sample report in each format (so they reach deep into the table readers), plus pure noise.
 */
class ParserFuzzTests {
    private static final Pattern ROW = Pattern.compile("(?s)<tr>.*?</tr>");
    private static final Pattern CELL = Pattern.compile("(?s)<td[^>]*>.*?</td>");
    private static final Pattern NUMBER = Pattern.compile("(?<![\\d.])\\d{1,5}(?![\\d.])");
    private static final String[] ODD_NUMBERS = {
        "99999999999999999999999999",
        "-1",
        "1e400",
        "１２３",
        "1,024",
        "3.5",
        "NaN",
        "0x1F",
        "—",
        "/",
        "",
        "９" + "9".repeat(40)
    };

    private static String html;
    private static List<GridLine> htmlLines;
    private static byte[] docx;
    private static byte[] pdf;

    private static synchronized String html() {
        if (html == null) {
            try {
                html = HtmlReportParserTests.sample();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return html;
    }

    private static synchronized List<GridLine> sampleLines() {
        if (htmlLines == null) {
            htmlLines = HtmlReportParser.lines(html());
        }
        return htmlLines;
    }

    private static synchronized byte[] docx() {
        if (docx == null) {
            docx = SampleDocuments.docx(SampleReport.blocks(true));
        }
        return docx;
    }

    /** The sample with its CJK text layer when the font is installed, else a small Latin-only PDF. */
    private static synchronized byte[] pdf() {
        if (pdf == null) {
            pdf = SampleDocuments.CJK_FONT.isFile() ? SampleDocuments.pdf(SampleReport.blocks(true)) : latinPdf();
        }
        return pdf;
    }

    private static byte[] latinPdf() {
        try (PDDocument doc = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
                s.beginText();
                s.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 10);
                s.newLineAtOffset(50, 700);
                s.showText("2023 1 0 3 | 12 4 87 | 356 1024");
                s.endText();
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What every parser promises: a report, and only {@code DOC.} findings with a Chinese message. */
    private static void assertWellBehaved(Supplier<ParsedReport> parse) {
        ParsedReport parsed;
        try {
            parsed = parse.get();
        } catch (RuntimeException | StackOverflowError e) {
            throw new AssertionError("a parser threw " + e, e);
        }
        assertThat(parsed).isNotNull();
        assertThat(parsed.report()).isNotNull();
        for (Finding f : parsed.findings()) {
            assertThat(f.rule()).as(f.toString()).startsWith("DOC.");
            assertThat(f.severity()).as(f.toString()).isNotNull();
            assertThat(f.message()).as(f.toString()).isNotBlank();
        }
    }

    // ---- byte-level mutations, shared by all formats

    static byte[] mutateBytes(byte[] base, Random r) {
        byte[] b = base.clone();
        switch (r.nextInt(6)) {
            case 0 -> b = java.util.Arrays.copyOf(b, r.nextInt(b.length + 1)); // truncation
            case 1 -> {
                for (int i = 0, n = 1 + r.nextInt(8); i < n && b.length > 0; i++) {
                    b[r.nextInt(b.length)] ^= (byte) (1 << r.nextInt(8)); // bit flips
                }
            }
            case 2 -> {
                for (int i = 0, n = 1 + r.nextInt(64); i < n && b.length > 0; i++) {
                    b[r.nextInt(b.length)] = (byte) r.nextInt(256); // random bytes
                }
            }
            case 3 -> b = splice(b, r, false); // a range deleted
            case 4 -> b = splice(b, r, true); // a range duplicated
            default -> {
                int at = b.length == 0 ? 0 : r.nextInt(b.length);
                byte[] noise = new byte[1 + r.nextInt(256)];
                r.nextBytes(noise);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                out.write(b, 0, at);
                out.writeBytes(noise);
                out.write(b, at, b.length - at);
                b = out.toByteArray();
            }
        }
        return b;
    }

    private static byte[] splice(byte[] b, Random r, boolean duplicate) {
        if (b.length < 2) {
            return b;
        }
        int from = r.nextInt(b.length);
        int to = Math.min(b.length, from + 1 + r.nextInt(Math.max(1, b.length / 8)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(b, 0, to);
        if (duplicate) {
            out.write(b, from, to - from);
        } else {
            out.reset();
            out.write(b, 0, from);
        }
        out.write(b, to, b.length - to);
        return out.toByteArray();
    }

    // ---- structural mutations of the sample's markup and text

    static String mutateMarkup(String s, Random r) {
        for (int k = 0, n = 1 + r.nextInt(4); k < n; k++) {
            s = switch (r.nextInt(7)) {
                case 0 -> editMatch(s, ROW, r, m -> ""); // a row deleted
                case 1 -> editMatch(s, ROW, r, m -> m + m); // a row duplicated
                case 2 -> editMatch(s, CELL, r, m -> ""); // a cell deleted
                case 3 -> editMatch(s, CELL, r, m -> m + m); // a cell duplicated
                case 4 -> editMatch(s, NUMBER, r, m -> ODD_NUMBERS[r.nextInt(ODD_NUMBERS.length)]);
                case 5 -> {
                    int at = r.nextInt(s.length() + 1);
                    int depth = 1 + r.nextInt(3000);
                    String tag = new String[] {"div", "span", "table><tr><td", "p", "li"}[r.nextInt(5)];
                    yield s.substring(0, at) + ("<" + tag + ">").repeat(depth) + s.substring(at); // deep, unclosed
                }
                default -> {
                    int at = r.nextInt(s.length() + 1);
                    yield s.substring(0, at); // truncated mid-tag
                }
            };
        }
        return s;
    }

    private static String editMatch(String s, Pattern p, Random r, java.util.function.UnaryOperator<String> edit) {
        List<int[]> spans = new ArrayList<>();
        Matcher m = p.matcher(s);
        while (m.find()) {
            spans.add(new int[] {m.start(), m.end()});
        }
        if (spans.isEmpty()) {
            return s;
        }
        int[] span = spans.get(r.nextInt(spans.size()));
        return s.substring(0, span[0]) + edit.apply(s.substring(span[0], span[1])) + s.substring(span[1]);
    }

    /** The sample as plain text, cells joined by {@code |} or by spaces as PDFs and pages print them. */
    private static String sampleText(Random r) {
        String sep = r.nextBoolean() ? " | " : "  ";
        StringBuilder sb = new StringBuilder();
        for (GridLine line : sampleLines()) {
            sb.append(String.join(sep, line.cells())).append('\n');
        }
        return sb.toString();
    }

    static String mutateText(String text, Random r) {
        List<String> lines = new ArrayList<>(text.lines().toList());
        for (int k = 0, n = 1 + r.nextInt(6); k < n && !lines.isEmpty(); k++) {
            int i = r.nextInt(lines.size());
            switch (r.nextInt(5)) {
                case 0 -> lines.remove(i);
                case 1 -> lines.add(i, lines.get(i));
                case 2 ->
                    lines.set(i, NUMBER.matcher(lines.get(i)).replaceFirst(ODD_NUMBERS[r.nextInt(ODD_NUMBERS.length)]));
                case 3 -> {
                    String[] cells = lines.get(i).split("\\s*\\|\\s*|\\s{2,}");
                    List<String> kept = new ArrayList<>(List.of(cells));
                    kept.remove(r.nextInt(kept.size()));
                    lines.set(i, String.join(" | ", kept));
                }
                default -> lines.set(i, lines.get(i) + " " + lines.get(r.nextInt(lines.size())));
            }
        }
        return String.join("\n", lines);
    }

    private static List<Block> mutateBlocks(Random r) {
        List<Block> blocks = new ArrayList<>();
        for (Block b : SampleReport.blocks(r.nextBoolean())) {
            if (b instanceof Table t) {
                List<List<Cell>> rows = new ArrayList<>();
                for (List<Cell> row : t.rows()) {
                    List<Cell> copy = new ArrayList<>(row);
                    int roll = r.nextInt(20);
                    if (roll == 0) {
                        continue; // row deleted
                    }
                    if (roll == 1 && copy.size() > 1) {
                        copy.remove(r.nextInt(copy.size())); // cell deleted
                    }
                    if (roll == 2) {
                        copy.set(r.nextInt(copy.size()), Cell.of(ODD_NUMBERS[r.nextInt(ODD_NUMBERS.length)]));
                    }
                    rows.add(copy);
                    if (roll == 3) {
                        rows.add(new ArrayList<>(copy)); // row duplicated
                    }
                }
                if (!rows.isEmpty()) {
                    blocks.add(new Table(rows, t.newPage()));
                }
            } else if (r.nextInt(10) != 0) {
                blocks.add(b);
            } else {
                blocks.add(new Paragraph(((Paragraph) b).text().repeat(1 + r.nextInt(50)), false));
            }
        }
        return blocks;
    }

    // ---- seeds: every case is reproducible from the number in its display name

    static LongStream seeds40() {
        return LongStream.range(0, 40);
    }

    static LongStream seeds80() {
        return LongStream.range(0, 80);
    }

    static LongStream seeds150() {
        return LongStream.range(0, 150);
    }

    static LongStream seeds200() {
        return LongStream.range(0, 200);
    }

    static LongStream seeds300() {
        return LongStream.range(0, 300);
    }

    static LongStream seeds400() {
        return LongStream.range(0, 400);
    }

    static LongStream seeds500() {
        return LongStream.range(0, 500);
    }

    static LongStream seeds600() {
        return LongStream.range(0, 600);
    }

    /** A random string of up to {@code max} chars mixing CJK, table labels, digits, separators and controls. */
    static String randomString(Random r, int max) {
        String[] pieces = {"规章", "行政许可", "|", "\t", "  ", "\n", "（一）", "1.", "一、", "总计", "-", "+", "."};
        StringBuilder sb = new StringBuilder();
        int length = r.nextInt(max + 1);
        while (sb.length() < length) {
            switch (r.nextInt(4)) {
                case 0 -> sb.append(pieces[r.nextInt(pieces.length)]);
                case 1 -> sb.append((char) ('0' + r.nextInt(10)));
                case 2 -> sb.append((char) (0x4E00 + r.nextInt(0x9FA5 - 0x4E00)));
                default -> sb.appendCodePoint(r.nextInt(0x10FFFF + 1) & 0xFFFF);
            }
        }
        return sb.toString();
    }

    // ---- properties

    @ParameterizedTest(name = "种子 {0}")
    @MethodSource("seeds600")
    void textParserSurvivesMutatedReports(long seed) {
        Random r = new Random(seed);
        String text = mutateText(sampleText(r), r);

        assertWellBehaved(() -> TextReportParser.parse(text));
    }

    @ParameterizedTest(name = "种子 {0}")
    @MethodSource("seeds500")
    void textParserSurvivesAnyString(long seed) {
        String text = randomString(new Random(seed), 400);
        assertWellBehaved(() -> TextReportParser.parse(text));
    }

    @ParameterizedTest(name = "种子 {0}")
    @MethodSource("seeds300")
    void htmlParserSurvivesMutatedPages(long seed) {
        Random r = new Random(seed);
        String page = mutateMarkup(html(), r);

        assertWellBehaved(() -> HtmlReportParser.parse(page));
    }

    @ParameterizedTest(name = "种子 {0}")
    @MethodSource("seeds200")
    void htmlParserSurvivesMutatedBytesInAnyCharset(long seed) {
        Random r = new Random(seed);
        byte[] bytes = mutateBytes(html().getBytes(r.nextBoolean() ? StandardCharsets.UTF_8 : Charsets.GB18030), r);

        assertWellBehaved(() -> ReportReaders.read("page.html", bytes));
    }

    @ParameterizedTest(name = "种子 {0}")
    @MethodSource("seeds150")
    void docxParserSurvivesCorruptFiles(long seed) {
        byte[] bytes = mutateBytes(docx(), new Random(seed));

        assertWellBehaved(() -> DocxReportParser.parse(new ByteArrayInputStream(bytes)));
    }

    @ParameterizedTest(name = "种子 {0}")
    @MethodSource("seeds40")
    void docxParserSurvivesMutatedTables(long seed) {
        byte[] bytes = SampleDocuments.docx(mutateBlocks(new Random(seed)));

        assertWellBehaved(() -> DocxReportParser.parse(new ByteArrayInputStream(bytes)));
    }

    @ParameterizedTest(name = "种子 {0}")
    @MethodSource("seeds80")
    void pdfParserSurvivesCorruptFiles(long seed) {
        byte[] bytes = mutateBytes(pdf(), new Random(seed));

        assertWellBehaved(() -> PdfReportParser.parse(new ByteArrayInputStream(bytes)));
    }

    @ParameterizedTest(name = "种子 {0}")
    @MethodSource("seeds400")
    void readersSurviveRandomBytesUnderAnyName(long seed) {
        Random r = new Random(seed);
        byte[] bytes = new byte[r.nextInt(2049)];
        r.nextBytes(bytes);
        String[] names = {"a.txt", "b.html", "c.htm", "d.docx", "e.pdf", "f.doc", "g", ".pdf", "h.TXT"};
        String name = names[r.nextInt(names.length)];

        assertWellBehaved(() -> ReportReaders.read(name, bytes));
    }

    @Test
    void edgeInputsOfEveryFormat() throws IOException {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(zip)) {
            z.putNextEntry(new ZipEntry("word/document.xml"));
            z.write("<w:document><w:body><w:p>".getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
            z.putNextEntry(new ZipEntry("[Content_Types].xml"));
            z.write("not xml".getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
        }
        byte[] pdfWithGarbage = ("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
                        + "\u0000\u00ff".repeat(500) + "\nxref\n0 1\ntrailer << /Root 1 0 R /Size 999999999 >>\n%%EOF")
                .getBytes(StandardCharsets.ISO_8859_1);
        String hugeNumbers = html().replaceAll(">(\\d+)<", ">9999999999999999999999999999999999<");
        String deep = "<div>".repeat(100_000) + "二、主动公开政府信息情况" + "<table><tr><td>".repeat(5_000) + "规章";
        String text = "二、主动公开政府信息情况\n规章 | 1 | 0 | 3\n".repeat(20_000);

        for (String name : List.of("a.txt", "a.html", "a.docx", "a.pdf")) {
            assertWellBehaved(() -> ReportReaders.read(name, new byte[0]));
            assertWellBehaved(() -> ReportReaders.read(name, zip.toByteArray()));
            assertWellBehaved(() -> ReportReaders.read(name, pdfWithGarbage));
            assertWellBehaved(() -> ReportReaders.read(name, new byte[] {(byte) 0xFF, (byte) 0xFE}));
        }
        assertWellBehaved(() -> HtmlReportParser.parse(hugeNumbers));
        assertWellBehaved(() -> HtmlReportParser.parse(deep));
        assertWellBehaved(() -> TextReportParser.parse(text));
        assertWellBehaved(() -> TextReportParser.parse(""));
        assertWellBehaved(() -> HtmlReportParser.parse(""));
        assertWellBehaved(() -> DocxReportParser.parse(new ByteArrayInputStream(zip.toByteArray())));
        assertWellBehaved(() -> PdfReportParser.parse(new ByteArrayInputStream(pdfWithGarbage)));
    }
}
