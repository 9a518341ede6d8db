package org.gongkai.report.parse;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * What {@link DocxReportParser} asks of a Word document's XML: where sections start a new page, which
 * table cells continue a merged cell or hold a real table, and a cell's text.
 */
final class DocxXml {
    private DocxXml() {}

    /**
     * For each section of the body, whether it starts on a new page. A section's {@code w:sectPr}
     * closes it (in the last paragraph of a section, or in the body for the last section) and its
     * type says how that same section starts: only "continuous" does not break the page.
     */
    static List<Boolean> sectionStarts(XWPFDocument doc) {
        List<Boolean> starts = new ArrayList<>();
        for (IBodyElement element : doc.getBodyElements()) {
            if (element instanceof XWPFParagraph p && hasSectionBreak(p)) {
                starts.add(startsNewPage(p.getCTP().getPPr().getSectPr()));
            }
        }
        CTSectPr last = doc.getDocument().getBody() == null
                ? null
                : doc.getDocument().getBody().getSectPr();
        starts.add(last == null || startsNewPage(last));
        return starts;
    }

    static boolean hasSectionBreak(XWPFParagraph p) {
        return p.getCTP().getPPr() != null && p.getCTP().getPPr().isSetSectPr();
    }

    static boolean startsNewPage(CTSectPr sectPr) {
        return !(sectPr.isSetType()
                && sectPr.getType().getVal() != null
                && "continuous".equals(sectPr.getType().getVal().toString()));
    }

    static boolean contains(XmlObject xml, String localName) {
        try (XmlCursor c = xml.newCursor()) {
            while (!c.toNextToken().isNone()) {
                if (c.isStart() && localName.equals(c.getName().getLocalPart())) {
                    return true;
                }
            }
        }
        return false;
    }

    static boolean isMergeContinuation(XWPFTableCell cell) {
        CTTcPr pr = cell.getCTTc().getTcPr();
        if (pr == null || !pr.isSetVMerge()) {
            return false;
        }
        // <w:vMerge/> without a value continues the merge; <w:vMerge w:val="restart"/> starts one.
        return pr.getVMerge().getVal() == null || pr.getVMerge().getVal() == STMerge.CONTINUE;
    }

    /**
     * Whether a row is page layout rather than report data: a cell holds a real table, or the row's
     * only cell holds several paragraphs of text (a one-cell table framing the report's prose).
     */
    static boolean isLayout(List<XWPFTableCell> cells) {
        if (cells.stream().anyMatch(DocxXml::holdsRealTable)) {
            return true;
        }
        return cells.size() == 1
                && cells.get(0).getParagraphs().stream()
                                .filter(p -> !p.getText().isBlank())
                                .count()
                        > 1;
    }

    static boolean holdsRealTable(XWPFTableCell cell) {
        for (XWPFTable nested : cell.getTables()) {
            int count = 0;
            for (XWPFTableRow row : nested.getRows()) {
                count += row.getTableCells().size();
            }
            if (count > 1) {
                return true;
            }
        }
        return false;
    }

    /** The cell's paragraphs (and any one-cell table inside) joined as read; see {@link MarkupText}. */
    static String cellText(XWPFTableCell cell) {
        List<String> pieces = new ArrayList<>();
        collect(cell.getBodyElements(), pieces, 0);
        return MarkupText.join(pieces);
    }

    static void collect(List<IBodyElement> elements, List<String> pieces, int depth) {
        for (IBodyElement e : elements) {
            if (e instanceof XWPFParagraph p) {
                for (String line : p.getText().split("\n")) {
                    String text = MarkupText.normalize(line);
                    if (!text.isEmpty()) {
                        pieces.add(text);
                    }
                }
            } else if (e instanceof XWPFTable t && depth < DocxReportParser.MAX_TABLE_DEPTH) {
                for (XWPFTableRow row : t.getRows()) {
                    for (XWPFTableCell c : row.getTableCells()) {
                        collect(c.getBodyElements(), pieces, depth + 1);
                    }
                }
            }
        }
    }
}
