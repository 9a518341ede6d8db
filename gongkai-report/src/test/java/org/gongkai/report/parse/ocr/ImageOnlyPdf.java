package org.gongkai.report.parse.ocr;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/** Page images wrapped as a PDF with no text layer, as a scanner makes them (when img2pdf is absent). */
final class ImageOnlyPdf {
    private ImageOnlyPdf() {}

    static void write(List<Path> images, Path pdf) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            for (Path p : images) {
                BufferedImage image = ImageIO.read(p.toFile());
                // 300 dpi images on pages of their size in points (72 a inch).
                float w = image.getWidth() * 72f / 300;
                float h = image.getHeight() * 72f / 300;
                PDPage page = new PDPage(new PDRectangle(w, h));
                doc.addPage(page);
                PDImageXObject x = LosslessFactory.createFromImage(doc, image);
                try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
                    s.drawImage(x, 0, 0, w, h);
                }
            }
            doc.save(pdf.toFile());
        }
    }
}
