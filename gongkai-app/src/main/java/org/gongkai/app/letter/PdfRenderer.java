package org.gongkai.app.letter;

import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.stereotype.Component;

/**
 * A letter as PDF: the same layout as {@link DocxRenderer}, written as XHTML and printed by openhtmltopdf, every
 * character in the configured CJK font ({@link LetterProperties}), embedded as a subset the way {@code
 * gongkai-report}'s PDF round trip does it ({@link PDType0Font} through a {@link PDFontSupplier}).
 */
@Component
class PdfRenderer {
    private static final String FAMILY = "letter";
    private static final String STYLE = """
            @page { size: A4; margin: 37mm 26mm 35mm 28mm; }
            * { font-family: letter; font-weight: normal; font-style: normal; }
            body { font-size: 16pt; line-height: 1.65; }
            h1 { font-size: 22pt; text-align: center; margin: 0 0 8pt 0; }
            p { margin: 0; text-align: justify; text-indent: 2em; }
            p.number { text-align: center; text-indent: 0; margin-bottom: 12pt; }
            p.salutation { text-indent: 0; }
            div.foot { margin-top: 36pt; text-align: right; padding-right: 4em; }
            div.foot p { text-align: right; text-indent: 0; }
            """;

    private final LetterProperties properties;
    /** Parsed fonts ready for the next letter: parsing the font file costs more than half of a letter's PDF. */
    private final BlockingQueue<LoadedFont> fonts =
            new ArrayBlockingQueue<>(Math.max(2, Runtime.getRuntime().availableProcessors()));

    PdfRenderer(LetterProperties properties) {
        this.properties = properties;
    }

    byte[] render(LetterContent letter) {
        LoadedFont font = fonts.poll();
        try {
            if (font == null) {
                font = load();
            }
            try (PDDocument doc = new PDDocument();
                    ByteArrayOutputStream out = new ByteArrayOutputStream()) {
                print(doc, font.font(), letter, out);
                return out.toByteArray();
            }
        } catch (IOException e) {
            close(font);
            font = null;
            throw new UncheckedIOException(e);
        } finally {
            if (font != null && !fonts.offer(font)) {
                close(font);
            }
        }
    }

    /**
     * The configured font, parsed. A parsed font reads its glyphs from its file while a PDF embeds its subset, so
     * it serves one letter at a time: each is taken from {@link #fonts} and given back after the letter.
     */
    private LoadedFont load() throws IOException {
        if (!Files.isReadable(properties.fontFile())) {
            throw new IllegalStateException("the letters' font " + properties.fontFile()
                    + " is not readable: install fonts-wqy-microhei or set gongkai.letters.font-file");
        }
        String file = properties.fontFile().toString();
        if (file.toLowerCase().endsWith(".ttc")) {
            TrueTypeCollection collection =
                    new TrueTypeCollection(properties.fontFile().toFile());
            TrueTypeFont font = collection.getFontByName(properties.fontName());
            if (font == null) {
                collection.close();
                throw new IllegalStateException(file + " holds no font named " + properties.fontName());
            }
            return new LoadedFont(font, collection);
        }
        TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBufferedFile(file));
        return new LoadedFont(font, font);
    }

    private static void close(LoadedFont font) {
        if (font != null) {
            try {
                font.owner().close();
            } catch (IOException ignored) {
                // a font file that will not close is still not read again
            }
        }
    }

    /** A parsed font and what must be closed to release its file (the collection it came from, or itself). */
    private record LoadedFont(TrueTypeFont font, Closeable owner) {}

    private static void print(PDDocument doc, TrueTypeFont font, LetterContent letter, ByteArrayOutputStream out)
            throws IOException {
        PDType0Font embedded = PDType0Font.load(doc, font, true);
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.usePDDocument(doc);
        builder.useFont(new PDFontSupplier(embedded), FAMILY);
        builder.withHtmlContent(html(letter), null);
        builder.toStream(out);
        builder.run();
    }

    static String html(LetterContent letter) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"UTF-8\"/>")
                .append("<title>")
                .append(escape(letter.headline()))
                .append("</title><style>")
                .append(STYLE)
                .append("</style></head><body><h1>")
                .append(escape(letter.headline()))
                .append("</h1><p class=\"number\">")
                .append(escape(letter.documentNumber()))
                .append("</p>");
        for (int i = 0; i < letter.paragraphs().size(); i++) {
            html.append(letter.isSalutation(i) ? "<p class=\"salutation\">" : "<p>")
                    .append(escape(letter.paragraphs().get(i)))
                    .append("</p>");
        }
        html.append("<div class=\"foot\"><p>")
                .append(escape(letter.agencyName()))
                .append("</p>");
        if (letter.sealLine() != null) {
            html.append("<p>").append(escape(letter.sealLine())).append("</p>");
        }
        html.append("<p>").append(escape(letter.date())).append("</p></div></body></html>");
        return html.toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
