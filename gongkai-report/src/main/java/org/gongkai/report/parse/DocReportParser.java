package org.gongkai.report.parse;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.EmptyFileException;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.hwpf.usermodel.Table;
import org.apache.poi.hwpf.usermodel.TableCell;
import org.apache.poi.hwpf.usermodel.TableRow;
import org.gongkai.report.SourcePosition;

/**
 * Reads an annual report saved as a Word 97–2003 document (.doc), which many agencies still publish
 * (and WPS writes when asked for a .doc), with Apache POI's HWPF. As for a .docx, the body is read in
 * order: a paragraph is a line of prose, a table row is a line of cells (a cell merged into the one
 * above or to its left is an empty cell or none, as Word shows it), the text of a table nested in a
 * cell is that cell's text. A .doc stores no pages either; a line's page is counted from the page
 * breaks before it (a manual break, or a paragraph set to start a page).
 */
public final class DocReportParser {
    private static final char CELL_MARK = '\u0007';
    private static final char PAGE_BREAK = '\f';

    private DocReportParser() {}

    /** Reads the document; a file that is not a readable .doc gives a {@code DOC.UNREADABLE} finding. */
    public static ParsedReport parse(InputStream in) {
        List<GridLine> lines;
        try {
            lines = lines(in);
        } catch (EmptyFileException e) {
            return DocxReportParser.unreadable("文件为空，没有内容可读");
        } catch (EncryptedDocumentException e) {
            return DocxReportParser.unreadable("文件已加密，需要密码才能打开");
        } catch (IOException | RuntimeException | StackOverflowError e) {
            return DocxReportParser.unreadable(
                    "不是可读的 Word 97–2003（.doc）文档，或文件已损坏（" + DocxReportParser.describe(e) + "）");
        }
        return ReportAssembler.assemble(lines);
    }

    /** The document cut into lines with their pages; throws when the bytes are not a .doc. */
    static List<GridLine> lines(InputStream in) throws IOException {
        try (HWPFDocument doc = new HWPFDocument(in)) {
            Range range = doc.getRange();
            List<GridLine> lines = new ArrayList<>();
            int page = 1;
            int n = range.numParagraphs();
            for (int i = 0; i < n; i++) {
                Paragraph p = range.getParagraph(i);
                if (p.pageBreakBefore() && !lines.isEmpty()) {
                    page++;
                }
                if (p.isInTable()) {
                    Table table = tableAt(range, p);
                    if (table != null) {
                        page = table(table, page, lines);
                        i += Math.max(1, table.numParagraphs()) - 1;
                        continue;
                    }
                }
                page = prose(p.text(), page, lines);
            }
            return lines;
        }
    }

    /** The table that starts at paragraph {@code p}, or null when HWPF cannot make one of it (its text is read as prose). */
    private static Table tableAt(Range range, Paragraph p) {
        try {
            return range.getTable(p);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** Adds the lines of a paragraph's text (line breaks and page breaks cut it); returns the page after it. */
    private static int prose(String raw, int page, List<GridLine> lines) {
        String text = Range.stripFields(raw);
        StringBuilder line = new StringBuilder();
        for (int k = 0; k <= text.length(); k++) {
            char c = k < text.length() ? text.charAt(k) : '\r';
            if (c == '\r' || c == '\n' || c == '\u000B' || c == PAGE_BREAK || c == CELL_MARK) {
                String normalized = MarkupText.normalize(line);
                if (!normalized.isEmpty()) {
                    lines.add(new GridLine(List.of(normalized), SourcePosition.page(page), false));
                }
                line.setLength(0);
                if (c == PAGE_BREAK) {
                    page++;
                }
            } else {
                line.append(c);
            }
        }
        return page;
    }

    /** Adds a table's rows as lines of cells; returns the page after it. */
    private static int table(Table table, int page, List<GridLine> lines) {
        for (int r = 0; r < table.numRows(); r++) {
            TableRow row = table.getRow(r);
            List<String> texts = new ArrayList<>(row.numCells());
            for (int c = 0; c < row.numCells(); c++) {
                TableCell cell = row.getCell(c);
                if (cell.isMerged() && !cell.isFirstMerged()) {
                    continue; // the rest of a cell merged across columns: Word shows one cell
                }
                String text = cellText(cell);
                texts.add(cell.isVerticallyMerged() && !cell.isFirstVerticallyMerged() ? "" : text);
            }
            if (!texts.isEmpty() && !texts.stream().allMatch(String::isEmpty)) {
                lines.add(new GridLine(texts, SourcePosition.page(page), true));
            }
        }
        return page;
    }

    /** A cell's text: its paragraphs joined as the .docx reader joins them, fields shown as their results. */
    private static String cellText(TableCell cell) {
        List<String> pieces = new ArrayList<>();
        for (int i = 0; i < cell.numParagraphs(); i++) {
            String text = Range.stripFields(cell.getParagraph(i).text());
            for (String line : text.split("[\r\n\u000B\u0007]")) {
                String normalized = MarkupText.normalize(line);
                if (!normalized.isEmpty()) {
                    pieces.add(normalized);
                }
            }
        }
        return MarkupText.join(pieces);
    }
}
