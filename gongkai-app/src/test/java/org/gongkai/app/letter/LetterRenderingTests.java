package org.gongkai.app.letter;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.gongkai.app.letter.api.LetterKind;
import org.junit.jupiter.api.Test;

/**
 * A letter read back from its files: the DOCX with POI, the PDF with PDFBox — the Chinese headline, the 文号 and
 * the date are in the text, and every font of the PDF is embedded (so a reader without Chinese fonts shows it as
 * printed).
 */
class LetterRenderingTests {
    static final PdfRenderer PDF = new PdfRenderer(
            new LetterProperties(Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"), "WenQuanYiMicroHei"));

    static LetterContent letter() {
        return LetterTextTests.fill(LetterKind.WITHHELD, LetterTextTests.full()).content();
    }

    @Test
    void theDocxSaysTheHeadlineNumberAndDate() throws Exception {
        byte[] docx = DocxRenderer.render(letter());
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
                XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
            assertThat(text.getText())
                    .contains("政府信息不予公开告知书")
                    .contains("依申请公开〔2021〕1号")
                    .contains("2021年1月5日")
                    .contains("某某市某某局")
                    .contains("六十日内");
            assertThat(doc.getParagraphs().get(0).getText()).isEqualTo("政府信息不予公开告知书");
            assertThat(doc.getParagraphs().get(2).getText()).isEqualTo("李四：");
            assertThat(doc.getParagraphs().get(3).getIndentationFirstLine()).isEqualTo(640);
        }
    }

    @Test
    void thePdfSaysTheHeadlineNumberAndDateWithEveryFontEmbedded() throws Exception {
        byte[] pdf = PDF.render(letter());
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
            assertThat(text)
                    .contains("政府信息不予公开告知书")
                    .contains("依申请公开〔2021〕1号")
                    .contains("2021年1月5日")
                    .contains("属于国家秘密")
                    .contains("六个月内");
            List<String> fonts = new ArrayList<>();
            for (PDPage page : doc.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    fonts.add(font.getName());
                    assertThat(font.isEmbedded())
                            .as("%s is embedded", font.getName())
                            .isTrue();
                }
            }
            assertThat(fonts).isNotEmpty();
        }
    }

    @Test
    void markupInTheTextIsPrintedAsText() throws Exception {
        LetterContent content =
                new LetterContent("标题<b>&", "文号", List.of("张三：", "正文<script>x</script>"), "某局", null, "2026年1月2日");
        try (PDDocument doc = Loader.loadPDF(PDF.render(content))) {
            assertThat(new PDFTextStripper().getText(doc)).contains("标题<b>&").contains("正文<script>x</script>");
        }
    }

    /** The parsed font is reused from letter to letter, one letter at a time: concurrent letters stay whole. */
    @Test
    void lettersRenderedAtTheSameTimeEachSayTheirOwnText() throws Exception {
        String[] words = {"甲乙丙丁", "戊己庚辛", "壬癸子丑", "寅卯辰巳", "午未申酉", "戌亥天地"};
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<String>> texts = new ArrayList<>();
            for (int i = 0; i < 24; i++) {
                String word = words[i % words.length] + i;
                texts.add(pool.submit(() -> {
                    LetterContent content =
                            new LetterContent("告知书", "文号", List.of("张三：", word), "某局", null, "2026年1月2日");
                    try (PDDocument doc = Loader.loadPDF(PDF.render(content))) {
                        return new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
                    }
                }));
            }
            for (int i = 0; i < texts.size(); i++) {
                assertThat(texts.get(i).get()).contains(words[i % words.length] + i);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
