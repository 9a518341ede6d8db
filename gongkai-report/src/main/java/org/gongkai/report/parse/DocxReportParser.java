package org.gongkai.report.parse;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.namespace.QName;
import org.apache.poi.EmptyFileException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.ODFNotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;
import org.gongkai.report.AnnualReport;
import org.gongkai.report.Finding;
import org.gongkai.report.Severity;
import org.gongkai.report.SourcePosition;

/**
 * Reads an annual report saved as a Word document (.docx), the form most agencies write it in. The
 * body is read in order: a paragraph is a line of prose, a table row is a line of cells (a
 * vertically merged continuation cell is an empty cell; a cell spanning several grid columns counts
 * once), a table nested in a cell is read as its own rows. Each line carries the page it starts on,
 * so that a finding can say 第2页.
 *
 * <p>A .docx stores no pages. Word records where it last broke pages ({@code w:lastRenderedPageBreak});
 * when a document has those they are the pages the author saw and they are used alone (counting the
 * explicit breaks as well would count each of them twice). Otherwise pages are counted from explicit
 * breaks: {@code w:br w:type="page"}, {@code w:pageBreakBefore}, and section breaks that start a new
 * page.
 */
public final class DocxReportParser {
    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final QName W_TYPE = new QName(W, "type");
    private static final QName W_VAL = new QName(W, "val");

    /** Layout tables (a table holding the report's tables) are unwrapped down to this depth. */
    static final int MAX_TABLE_DEPTH = 16;

    private DocxReportParser() {}

    /** Reads the document; a file that is not a readable .docx gives a {@code DOC.UNREADABLE} finding. */
    public static ParsedReport parse(InputStream in) {
        List<GridLine> lines;
        try {
            lines = lines(in);
        } catch (EmptyFileException e) {
            return unreadable("文件为空，没有内容可读");
        } catch (OLE2NotOfficeXmlFileException e) {
            return unreadable("这是旧版 Word（.doc）文件或加密的文件，不是 .docx；请另存为 .docx 后再读");
        } catch (ODFNotOfficeXmlFileException e) {
            return unreadable("这是 OpenDocument（.odt）文件，不是 .docx；请另存为 .docx 后再读");
        } catch (NotOfficeXmlFileException e) {
            return unreadable("文件不是 Word（.docx）文档：" + e.getMessage());
        } catch (IOException | RuntimeException | StackOverflowError e) {
            return unreadable("DOCX 文件已损坏或格式不合规（" + describe(e) + "）");
        }
        return ReportAssembler.assemble(lines);
    }

    /** The document cut into lines with their pages; throws when the bytes are not a .docx. */
    public static List<GridLine> lines(InputStream in) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(in)) {
            Reader reader = new Reader(doc);
            for (IBodyElement element : doc.getBodyElements()) {
                reader.bodyElement(element, 0, true);
            }
            return reader.lines;
        }
    }

    static ParsedReport unreadable(String why) {
        Finding finding = new Finding("DOC.UNREADABLE", Severity.ERROR, "无法读取 Word 文档：" + why, "文档");
        return new ParsedReport(new AnnualReport(), List.of(finding));
    }

    static String describe(Throwable e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : "：" + truncate(message));
    }

    private static String truncate(String s) {
        return s.length() > 200 ? s.substring(0, 200) + "…" : s;
    }

    /** Walks the body keeping the current page. */
    private static final class Reader {
        final List<GridLine> lines = new ArrayList<>();
        private final boolean rendered;
        private final List<Boolean> sectionStartsNewPage;
        private int sectionIndex;
        private int page = 1;

        Reader(XWPFDocument doc) {
            XmlObject body = doc.getDocument().getBody();
            this.rendered = body != null && DocxXml.contains(body, "lastRenderedPageBreak");
            this.sectionStartsNewPage = DocxXml.sectionStarts(doc);
        }

        void bodyElement(IBodyElement element, int depth, boolean topLevel) {
            if (element instanceof XWPFParagraph p) {
                paragraph(p, topLevel);
            } else if (element instanceof XWPFTable t) {
                table(t, depth);
            } else if (element instanceof XWPFSDT sdt) {
                // A block content control: its text, line by line; POI gives no structure inside it.
                String text = sdt.getContent() == null ? "" : sdt.getContent().getText();
                for (String line : text.split("\n")) {
                    addProse(line, page);
                }
            }
        }

        private void paragraph(XWPFParagraph p, boolean topLevel) {
            Scan scan = scan(p.getCTP());
            // getText() writes a line break (w:br, w:cr) as "\n"; the scan saw the same breaks in order.
            String[] pieces = p.getText().split("\n", -1);
            boolean aligned = pieces.length == scan.segmentPages.size();
            for (int i = 0; i < pieces.length; i++) {
                addProse(pieces[i], aligned ? scan.segmentPages.get(i) : scan.firstPage);
            }
            if (topLevel && !rendered && DocxXml.hasSectionBreak(p)) {
                sectionIndex++;
                if (sectionIndex < sectionStartsNewPage.size() && sectionStartsNewPage.get(sectionIndex)) {
                    page++;
                }
            }
        }

        private void addProse(String raw, int onPage) {
            String text = MarkupText.normalize(raw);
            if (!text.isEmpty()) {
                lines.add(new GridLine(List.of(text), SourcePosition.page(onPage), false));
            }
        }

        private void table(XWPFTable table, int depth) {
            for (XWPFTableRow row : table.getRows()) {
                List<XWPFTableCell> cells = row.getTableCells();
                if (depth < MAX_TABLE_DEPTH && DocxXml.isLayout(cells)) {
                    for (XWPFTableCell cell : cells) {
                        for (IBodyElement inner : cell.getBodyElements()) {
                            bodyElement(inner, depth + 1, false);
                        }
                    }
                    continue;
                }
                Scan scan = scan(row.getCtRow());
                List<String> texts = new ArrayList<>(cells.size());
                for (XWPFTableCell cell : cells) {
                    texts.add(DocxXml.isMergeContinuation(cell) ? "" : DocxXml.cellText(cell));
                }
                if (!texts.isEmpty() && !texts.stream().allMatch(String::isEmpty)) {
                    lines.add(new GridLine(texts, SourcePosition.page(scan.firstPage), true));
                }
            }
        }

        /**
         * Follows the page breaks inside one paragraph or row: the page of its first text, and of the
         * text after each line break (a page break is also a line break in the paragraph's text).
         */
        private Scan scan(XmlObject xml) {
            Scan scan = new Scan();
            scan.segmentStart = page;
            try (XmlCursor c = xml.newCursor()) {
                int depth = 0;
                while (true) {
                    XmlCursor.TokenType token = c.toNextToken();
                    if (token.isNone() || token.isEnddoc()) {
                        break;
                    }
                    if (token.isEnd()) {
                        if (--depth < 0) {
                            break;
                        }
                        continue;
                    }
                    if (!token.isStart()) {
                        continue;
                    }
                    depth++;
                    if (W.equals(c.getName().getNamespaceURI())) {
                        element(c, scan);
                    }
                }
            }
            scan.segmentPages.add(scan.segmentFirst != null ? scan.segmentFirst : scan.segmentStart);
            scan.firstPage = scan.first == null ? page : scan.first;
            return scan;
        }

        /** One w: element of the scan: page breaks move the page, line breaks end a segment. */
        private void element(XmlCursor c, Scan scan) {
            switch (c.getName().getLocalPart()) {
                case "lastRenderedPageBreak" -> {
                    if (rendered) {
                        page++;
                    }
                }
                case "br", "cr" -> {
                    scan.segmentPages.add(scan.segmentFirst != null ? scan.segmentFirst : scan.segmentStart);
                    scan.segmentFirst = null;
                    if (!rendered && "page".equals(c.getAttributeText(W_TYPE))) {
                        page++;
                    }
                    scan.segmentStart = page;
                }
                case "pageBreakBefore" -> {
                    String val = c.getAttributeText(W_VAL);
                    if (!rendered && (val == null || val.equals("true") || val.equals("1") || val.equals("on"))) {
                        page++;
                        scan.segmentStart = page;
                    }
                }
                case "t" -> {
                    if (!c.getTextValue().isBlank()) {
                        if (scan.first == null) {
                            scan.first = page;
                        }
                        if (scan.segmentFirst == null) {
                            scan.segmentFirst = page;
                        }
                    }
                }
                default -> {}
            }
        }
    }

    /** The pages of one paragraph or row: of its first text, and of each segment between line breaks. */
    private static final class Scan {
        int firstPage;
        final List<Integer> segmentPages = new ArrayList<>();
        Integer first;
        Integer segmentFirst;
        int segmentStart;
    }
}
