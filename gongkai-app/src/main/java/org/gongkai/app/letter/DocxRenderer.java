package org.gongkai.app.letter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/**
 * A letter as a Word document (Apache POI XWPF), laid out after the national format of official documents (GB/T
 * 9704): A4, the headline in 2号 (22 pt) 小标宋 centred, the 文号 centred under it, the body in 3号 (16 pt) 仿宋
 * with a first-line indent of two characters, the agency, seal line and date at the foot, right-aligned. The
 * fonts are named, not embedded: Word substitutes what the reader's computer has.
 */
final class DocxRenderer {
    private static final String HEADLINE_FONT = "方正小标宋简体";
    private static final String BODY_FONT = "仿宋_GB2312";
    private static final int BODY_PT = 16;

    private DocxRenderer() {}

    static byte[] render(LetterContent letter) {
        try (XWPFDocument doc = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            page(doc);
            XWPFParagraph headline = doc.createParagraph();
            headline.setAlignment(ParagraphAlignment.CENTER);
            headline.setSpacingAfter(240);
            run(headline, letter.headline(), HEADLINE_FONT, 22);
            XWPFParagraph number = doc.createParagraph();
            number.setAlignment(ParagraphAlignment.CENTER);
            number.setSpacingAfter(240);
            run(number, letter.documentNumber(), BODY_FONT, BODY_PT);
            for (int i = 0; i < letter.paragraphs().size(); i++) {
                XWPFParagraph p = doc.createParagraph();
                p.setAlignment(ParagraphAlignment.BOTH);
                if (!letter.isSalutation(i)) {
                    p.setIndentationFirstLine(2 * BODY_PT * 20);
                }
                run(p, letter.paragraphs().get(i), BODY_FONT, BODY_PT);
            }
            XWPFParagraph gap = doc.createParagraph();
            gap.setSpacingBefore(480);
            foot(doc, letter.agencyName());
            if (letter.sealLine() != null) {
                foot(doc, letter.sealLine());
            }
            foot(doc, letter.date());
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void foot(XWPFDocument doc, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.RIGHT);
        p.setIndentationRight(4 * BODY_PT * 20);
        run(p, text, BODY_FONT, BODY_PT);
    }

    private static void run(XWPFParagraph p, String text, String font, int size) {
        XWPFRun r = p.createRun();
        r.setFontFamily(font, XWPFRun.FontCharRange.eastAsia);
        r.setFontFamily("Times New Roman", XWPFRun.FontCharRange.ascii);
        r.setFontFamily("Times New Roman", XWPFRun.FontCharRange.hAnsi);
        r.setFontSize(size);
        r.setText(text);
    }

    /** A4 with the margins of GB/T 9704 (top 37 mm, left 28 mm, text block 156 × 225 mm). */
    private static void page(XWPFDocument doc) {
        CTSectPr sect = doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        CTPageMar margins = sect.addNewPgMar();
        margins.setTop(BigInteger.valueOf(2098));
        margins.setBottom(BigInteger.valueOf(1984));
        margins.setLeft(BigInteger.valueOf(1587));
        margins.setRight(BigInteger.valueOf(1474));
    }
}
