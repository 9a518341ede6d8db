package org.gongkai.report.parse;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.gongkai.report.AnnualReport;
import org.gongkai.report.Finding;
import org.gongkai.report.Severity;
import org.gongkai.report.SourcePosition;
import org.gongkai.report.parse.ocr.PrintedTables;
import org.gongkai.report.parse.ocr.ScannedPdfReader;

/**
 * Reads an annual report published as PDF, from its text layer: a page that draws ruled tables (a
 * report saved as PDF from Word or WPS) is laid out by its ruling lines, each glyph in the cell around
 * it ({@link PrintedTables}), so that labels wrapped over several lines of a narrow column stay whole;
 * any other page's text in reading order (sorted by position, so table cells come out row by row) is
 * cut into lines by {@link TextReportParser#lines}. Lines carry their page number, and the pages are
 * assembled as one report. A scanned
 * PDF without any text layer is read by OCR ({@link ScannedPdfReader}) where Tesseract is installed,
 * and gives {@code DOC.NO_TEXT_LAYER} elsewhere; an encrypted or broken
 * file gives {@code DOC.UNREADABLE}, each with the reason in Chinese.
 */
public final class PdfReportParser {

    private PdfReportParser() {}

    /** Reads the PDF; never throws. */
    public static ParsedReport parse(InputStream in) {
        byte[] bytes;
        try {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            return failure("DOC.UNREADABLE", "无法读取 PDF 文件：" + DocxReportParser.describe(e));
        }
        if (bytes.length == 0) {
            return failure("DOC.UNREADABLE", "无法读取 PDF 文件：文件为空");
        }
        List<GridLine> lines = new ArrayList<>();
        List<Finding> pageFindings = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            int pages = doc.getNumberOfPages();
            if (pages == 0) {
                return failure("DOC.UNREADABLE", "无法读取 PDF 文件：文件中没有页面");
            }
            PrintedTables.TextLayer layer = new PrintedTables.TextLayer();
            int pagesWithText = 0;
            boolean lastRuled = false; // whether the last page read ended in a row of a ruled table
            for (int pageNo = 1; pageNo <= pages; pageNo++) {
                String text = layer.page(doc, pageNo);
                if (text.isBlank()) {
                    if (hasImages(doc.getPage(pageNo - 1))) {
                        pageFindings.add(imageOnly(pageNo));
                    }
                    continue;
                }
                pagesWithText++;
                lastRuled = addPage(doc, pageNo, text, layer, lastRuled, lines);
            }
            if (pagesWithText == 0) {
                ParsedReport scanned = ScannedPdfReader.read(doc); // OCR; null where Tesseract is absent
                if (scanned != null) {
                    return scanned;
                }
                return failure(
                        "DOC.NO_TEXT_LAYER",
                        "PDF 没有文字层（共" + pages + "页，可能是扫描件或图片），本机未安装文字识别（OCR）程序 Tesseract，无法读取其中的表格和数字");
            }
        } catch (InvalidPasswordException e) {
            return failure("DOC.UNREADABLE", "无法读取 PDF 文件：文件已加密，需要密码才能打开");
        } catch (IOException | RuntimeException | StackOverflowError e) {
            return failure("DOC.UNREADABLE", "无法读取 PDF 文件：文件已损坏或不是 PDF（" + DocxReportParser.describe(e) + "）");
        }
        ParsedReport assembled = ReportAssembler.assemble(lines);
        if (pageFindings.isEmpty()) {
            return assembled;
        }
        List<Finding> findings = new ArrayList<>(assembled.findings());
        findings.addAll(pageFindings);
        return new ParsedReport(assembled.report(), findings, assembled.metadata());
    }

    /**
     * Adds a page's lines: by its ruling lines when it draws ruled tables ({@link PrintedTables}), else
     * its text in reading order. Returns whether the page ended in a row of a ruled table, whose rest the
     * next page may open with ({@link #joinsAcrossPage}).
     */
    private static boolean addPage(
            PDDocument doc,
            int pageNo,
            String text,
            PrintedTables.TextLayer layer,
            boolean lastRuled,
            List<GridLine> lines)
            throws IOException {
        List<PrintedTables.Row> ruled = PrintedTables.lines(doc, pageNo - 1, layer);
        if (ruled == null) {
            lines.addAll(TextReportParser.lines(text, pageNo));
            return false;
        }
        int lineNo = 0;
        for (PrintedTables.Row row : ruled) {
            lineNo++;
            List<String> cells = row.ruled() ? withoutSpannedCells(row.cells()) : row.cells();
            if (lineNo == 1 && lastRuled && row.ruled() && joinsAcrossPage(lines, cells)) {
                continue;
            }
            lines.add(new GridLine(cells, new SourcePosition(pageNo, lineNo), false));
        }
        return !ruled.isEmpty() && ruled.get(ruled.size() - 1).ruled();
    }

    /**
     * Joins a table row that a page break cut in two (Word lets a row break across pages, and does by
     * default): when a page opens with a ruled row of text without any digit, and the page before ended
     * with a row of labels and values, the row's label text goes on here ({@code （三）不予公 | 1.属于国家秘}
     * then {@code 开 | 密}). Each cell continues the label cell in its place, counted from the last label;
     * the joined row keeps its first page's position. Returns whether the row was joined.
     */
    static boolean joinsAcrossPage(List<GridLine> lines, List<String> continued) {
        int n = continued.size();
        while (n > 0 && continued.get(n - 1).isBlank()) {
            n--; // the empty value cells of the row's rest
        }
        continued = continued.subList(0, n);
        if (lines.isEmpty() || continued.isEmpty()) {
            return false;
        }
        for (String cell : continued) {
            if (cell.isEmpty() || cell.chars().anyMatch(Character::isDigit) || cell.length() > 40 || isHeader(cell)) {
                return false;
            }
        }
        GridLine last = lines.get(lines.size() - 1);
        List<String> cells = last.cells();
        int labels = 0;
        while (labels < cells.size() && !AssemblerValues.isValueCell(cells.get(labels))) {
            labels++;
        }
        if (labels == 0 || labels == cells.size() || continued.size() > labels) {
            return false;
        }
        List<String> joined = new ArrayList<>(cells);
        int first = labels - continued.size();
        for (int i = 0; i < continued.size(); i++) {
            joined.set(first + i, cells.get(first + i) + continued.get(i));
        }
        lines.set(lines.size() - 1, new GridLine(joined, last.position(), last.tableRow()));
        return true;
    }

    /**
     * A row without the empty cells before its label: where a page break cuts a cell that spans
     * several rows ({@code 三、本年度办理结果}, {@code （六）其他处理}), the next page draws its rest as an
     * empty box at the start of each row it still spans. Empty cells before a value are kept: there
     * the empty cell is a blank value in its column.
     */
    static List<String> withoutSpannedCells(List<String> cells) {
        int first = 0;
        while (first < cells.size() && cells.get(first).isBlank()) {
            first++;
        }
        if (first == 0 || first == cells.size() || AssemblerValues.isValueCell(cells.get(first))) {
            return cells;
        }
        return cells.subList(first, cells.size());
    }

    /** Words of the tables' header rows, which Word repeats at the top of each page a table goes on to. */
    private static final String[] HEADER_WORDS = {
        "信息内容", "申请人", "自然人", "法人", "总计", "本年", "现行有效", "勾稽", "复议", "诉讼", "结果", "审结", "处理决定", "收费"
    };

    private static boolean isHeader(String cell) {
        String c = ChineseText.normalize(cell);
        for (String w : HEADER_WORDS) {
            if (c.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** A page of images only in a PDF that has a text layer elsewhere. */
    private static Finding imageOnly(int pageNo) {
        return new Finding(
                        "DOC.NO_TEXT_LAYER",
                        Severity.WARNING,
                        "第" + pageNo + "页只有图片、没有文字层（可能是扫描件），该页内容未能读取，其中的表格和数字未经审查",
                        "PDF")
                .at(SourcePosition.page(pageNo));
    }

    private static boolean hasImages(PDPage page) {
        PDResources resources = page.getResources();
        if (resources == null) {
            return false;
        }
        for (COSName name : resources.getXObjectNames()) {
            try {
                if (resources.isImageXObject(name)) {
                    return true;
                }
            } catch (RuntimeException e) {
                return true;
            }
        }
        return false;
    }

    private static ParsedReport failure(String rule, String message) {
        return new ParsedReport(new AnnualReport(), List.of(new Finding(rule, Severity.ERROR, message, "PDF")));
    }
}
