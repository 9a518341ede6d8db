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
import org.apache.pdfbox.text.PDFTextStripper;
import org.gongkai.report.AnnualReport;
import org.gongkai.report.Finding;
import org.gongkai.report.Severity;
import org.gongkai.report.SourcePosition;
import org.gongkai.report.parse.ocr.ScannedPdfReader;

/**
 * Reads an annual report published as PDF, from its text layer only: each page's text in reading
 * order (sorted by position, so table cells come out row by row) is cut into lines by {@link
 * TextReportParser#lines} with the page number, and the pages are assembled as one report. A scanned
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
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            int pagesWithText = 0;
            for (int pageNo = 1; pageNo <= pages; pageNo++) {
                stripper.setStartPage(pageNo);
                stripper.setEndPage(pageNo);
                String text = stripper.getText(doc);
                if (text.isBlank()) {
                    if (hasImages(doc.getPage(pageNo - 1))) {
                        pageFindings.add(new Finding(
                                        "DOC.NO_TEXT_LAYER",
                                        Severity.WARNING,
                                        "第" + pageNo + "页只有图片、没有文字层（可能是扫描件），该页内容未能读取，其中的表格和数字未经审查",
                                        "PDF")
                                .at(SourcePosition.page(pageNo)));
                    }
                    continue;
                }
                pagesWithText++;
                lines.addAll(TextReportParser.lines(text, pageNo));
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
