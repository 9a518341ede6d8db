package org.gongkai.app.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.xssf.extractor.XSSFExcelExtractor;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.tika.Tika;
import org.springframework.stereotype.Component;

/**
 * What an uploaded file is, told by its content and never by its name: Tika's magic detection for PDF,
 * PNG and JPEG and for an Office Open XML package, whose main part's content type then tells a Word
 * document from a workbook (a macro-enabled one is neither). The text of a PDF, DOCX or XLSX is read at
 * once, its first {@code max-text-chars} characters kept for search.
 */
@Component
class AttachmentTypes {
    static final String PDF = "application/pdf";
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String PNG = "image/png";
    static final String JPEG = "image/jpeg";

    private static final Map<String, String> KINDS =
            Map.of(PDF, "pdf", DOCX, "docx", XLSX, "xlsx", PNG, "png", JPEG, "jpeg");
    private static final String DOCX_MAIN =
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
    private static final String XLSX_MAIN =
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";

    /** Why a file is refused: a message-key suffix of {@code attachment.refused.*}. */
    enum Refusal {
        EMPTY,
        TOO_LARGE,
        TYPE,
        UNREADABLE
    }

    static class Refused extends RuntimeException {
        private final Refusal refusal;

        Refused(Refusal refusal) {
            super(refusal.name(), null, false, false);
            this.refusal = refusal;
        }

        Refusal refusal() {
            return refusal;
        }
    }

    /** A file accepted: its media type, size and text (null for images). */
    record Checked(String mediaType, long size, String text) {}

    private final Tika tika = new Tika();
    private final AttachmentProperties properties;

    AttachmentTypes(AttachmentProperties properties) {
        this.properties = properties;
    }

    static String kindOf(String mediaType) {
        return KINDS.getOrDefault(mediaType, "other");
    }

    /**
     * Checks the file at {@code path} (already known to be at most {@code max-bytes}).
     *
     * @throws Refused when it is empty, of another type, or cannot be read as the type it claims
     */
    Checked check(Path path) throws IOException {
        long size = Files.size(path);
        if (size == 0) {
            throw new Refused(Refusal.EMPTY);
        }
        if (size > properties.maxBytes()) {
            throw new Refused(Refusal.TOO_LARGE);
        }
        String detected;
        try (InputStream in = Files.newInputStream(path)) {
            detected = tika.detect(in);
        }
        try {
            return switch (detected) {
                case PDF -> new Checked(PDF, size, bounded(pdfText(path)));
                case PNG, JPEG -> new Checked(detected, size, null);
                case "application/x-tika-ooxml", "application/zip" -> ooxml(path, size);
                default -> throw new Refused(Refusal.TYPE);
            };
        } catch (Refused refused) {
            throw refused;
        } catch (Exception e) {
            throw new Refused(Refusal.UNREADABLE);
        }
    }

    private Checked ooxml(Path path, long size) throws Exception {
        String main;
        try (OPCPackage pkg = OPCPackage.open(path.toFile(), PackageAccess.READ)) {
            var relations = pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT);
            if (relations.size() != 1) {
                throw new Refused(Refusal.TYPE);
            }
            PackagePart part = pkg.getPart(relations.getRelationship(0));
            main = part == null ? "" : part.getContentType();
            if (DOCX_MAIN.equals(main)) {
                try (XWPFDocument doc = new XWPFDocument(pkg);
                        XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
                    text.setCloseFilesystem(false);
                    return new Checked(DOCX, size, bounded(text.getText()));
                }
            }
            if (XLSX_MAIN.equals(main)) {
                try (XSSFWorkbook book = new XSSFWorkbook(pkg);
                        XSSFExcelExtractor text = new XSSFExcelExtractor(book)) {
                    text.setCloseFilesystem(false);
                    return new Checked(XLSX, size, bounded(text.getText()));
                }
            }
        }
        throw new Refused(Refusal.TYPE);
    }

    private static String pdfText(Path path) throws IOException {
        try (PDDocument doc = Loader.loadPDF(new RandomAccessReadBufferedFile(path.toFile()))) {
            return new PDFTextStripper().getText(doc);
        }
    }

    private String bounded(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip();
        return t.length() <= properties.maxTextChars() ? t : t.substring(0, properties.maxTextChars());
    }
}
