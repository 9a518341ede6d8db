package org.gongkai.report.parse.ocr;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * Debian's Tesseract ({@code tesseract-ocr} with {@code tesseract-ocr-chi-sim}) through its command
 * line: one page image in, its characters out with their boxes and confidences (hOCR). No Java
 * binding: the command is what Debian ships and tests, and a crash in it cannot take the JVM along.
 */
public final class Tesseract {
    /** The command; {@code gongkai.tesseract} overrides it (a path, for a Tesseract outside PATH). */
    static final String COMMAND = System.getProperty("gongkai.tesseract", "tesseract");

    /**
     * The resolution of the images given: {@link ScannedPdfReader#DPI}. A PNG written by ImageIO says
     * none, and Tesseract would take 70.
     */
    static final String DPI = String.valueOf(ScannedPdfReader.DPI);

    /** Simplified Chinese, the language of the reports; its model also reads digits and Latin letters. */
    static final String LANGUAGE = "chi_sim";

    /**
     * A run that takes longer than this is given up: a page at 300 dpi takes a few seconds of processor
     * time, its cells as many; a machine busy with other work stretches that several times over.
     */
    private static final long TIMEOUT_SECONDS = 300;

    private static volatile Boolean available;

    private Tesseract() {}

    /** Whether the command runs and has the Simplified Chinese model; asked once per JVM. */
    public static boolean available() {
        Boolean a = available;
        if (a == null) {
            a = probe();
            available = a;
        }
        return a;
    }

    private static boolean probe() {
        try {
            Process p = new ProcessBuilder(COMMAND, "--list-langs")
                    .redirectErrorStream(true)
                    .start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return p.waitFor(30, TimeUnit.SECONDS)
                    && p.exitValue() == 0
                    && out.lines().anyMatch(LANGUAGE::equals);
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * The characters of the page image {@code png}, each with its own box: hOCR output with
     * {@code hocr_char_boxes}. Page segmentation mode 6 (one uniform block of text) finds the lone
     * digits of table cells that the sparse-text mode misses; the characters are placed by their boxes
     * afterwards, so Tesseract's own grouping into words and lines does not matter.
     */
    static List<OcrWord> characters(Path png) throws IOException {
        Path out = Files.createTempFile("gongkai-ocr-", ".hocr");
        try {
            Path base = out.resolveSibling(out.getFileName().toString().replace(".hocr", ""));
            run(List.of(
                    COMMAND,
                    png.toString(),
                    base.toString(),
                    "-l",
                    LANGUAGE,
                    "--psm",
                    "6",
                    "-c",
                    "hocr_char_boxes=1",
                    "hocr"));
            return hocrCharacters(Files.readString(out, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
        }
    }

    /**
     * The characters of each of the images {@code pngs} (cut-out cells), read in one run of the command
     * (a list of images is a document of pages), with page segmentation mode 6 as for a page; the boxes
     * are those on each image.
     */
    static List<List<OcrWord>> charactersEach(List<Path> pngs) throws IOException {
        List<List<OcrWord>> out = new ArrayList<>();
        if (pngs.isEmpty()) {
            return out;
        }
        Path list = Files.createTempFile("gongkai-ocr-", ".txt");
        Path hocr = list.resolveSibling(list.getFileName().toString().replace(".txt", ".hocr"));
        try {
            Files.write(list, pngs.stream().map(Path::toString).toList(), StandardCharsets.UTF_8);
            Path base = list.resolveSibling(list.getFileName().toString().replace(".txt", ""));
            run(List.of(
                    COMMAND,
                    list.toString(),
                    base.toString(),
                    "-l",
                    LANGUAGE,
                    "--dpi",
                    DPI,
                    "--psm",
                    "6",
                    "-c",
                    "hocr_char_boxes=1",
                    "hocr"));
            for (int i = 0; i < pngs.size(); i++) {
                out.add(new ArrayList<>());
            }
            int page = 0;
            for (Element div :
                    Jsoup.parse(Files.readString(hocr, StandardCharsets.UTF_8)).select("div.ocr_page")) {
                if (page < out.size()) {
                    out.get(page).addAll(hocrCharacters(div.outerHtml()));
                }
                page++;
            }
            return out;
        } finally {
            Files.deleteIfExists(list);
            Files.deleteIfExists(hocr);
        }
    }

    /** What a number cell reads as when read on its own with digits only: its text and lowest confidence. */
    record Digits(String text, double confidence) {}

    /** The characters a number cell can hold: digits, a decimal point, a minus sign (本年增/减). */
    static final String DIGITS = "0123456789.-";

    /**
     * Each of the images {@code pngs} read as one line of digits ({@code --psm 7}, {@link #DIGITS} only,
     * the English model: it reads printed digits better than the Chinese one and loads faster), all in
     * one run of the command (a list of images is a document of pages): per image its text, empty when
     * nothing was read, and the lowest confidence of its words.
     */
    static List<Digits> digits(List<Path> pngs) throws IOException {
        List<Digits> out = new ArrayList<>();
        if (pngs.isEmpty()) {
            return out;
        }
        Path list = Files.createTempFile("gongkai-ocr-", ".txt");
        Path tsv = list.resolveSibling(list.getFileName().toString().replace(".txt", ".tsv"));
        try {
            Files.write(list, pngs.stream().map(Path::toString).toList(), StandardCharsets.UTF_8);
            Path base = list.resolveSibling(list.getFileName().toString().replace(".txt", ""));
            run(List.of(
                    COMMAND,
                    list.toString(),
                    base.toString(),
                    "-l",
                    "eng",
                    "--dpi",
                    DPI,
                    "--psm",
                    "7",
                    "-c",
                    "tessedit_char_whitelist=" + DIGITS,
                    "tsv"));
            StringBuilder[] texts = new StringBuilder[pngs.size()];
            double[] confidence = new double[pngs.size()];
            for (int i = 0; i < texts.length; i++) {
                texts[i] = new StringBuilder();
                confidence[i] = 100;
            }
            for (String row : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
                String[] f = row.split("\t", -1);
                if (f.length < 12 || !"5".equals(f[0]) || f[11].isBlank()) {
                    continue;
                }
                int page = Integer.parseInt(f[1]) - 1;
                if (page >= 0 && page < texts.length) {
                    texts[page].append(f[11].strip());
                    confidence[page] = Math.min(confidence[page], Double.parseDouble(f[10]));
                }
            }
            for (int i = 0; i < texts.length; i++) {
                out.add(new Digits(texts[i].toString(), texts[i].isEmpty() ? 0 : confidence[i]));
            }
            return out;
        } finally {
            Files.deleteIfExists(list);
            Files.deleteIfExists(tsv);
        }
    }

    /**
     * Runs Tesseract on one thread unless {@code OMP_THREAD_LIMIT} says otherwise: Debian builds it with
     * OpenMP, whose threads spin while they wait; on a page image they cost twice the processor time for
     * the same output, and more on a busy machine.
     */
    private static void run(List<String> command) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().putIfAbsent("OMP_THREAD_LIMIT", "1");
        Process p = builder.redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        try {
            if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException("文字识别超时（" + TIMEOUT_SECONDS + " 秒）");
            }
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("文字识别被中断", e);
        }
        if (p.exitValue() != 0) {
            throw new IOException("tesseract 退出码 " + p.exitValue());
        }
    }

    private static final Pattern BOX = Pattern.compile("x_bboxes (\\d+) (\\d+) (\\d+) (\\d+); x_conf ([\\d.]+)");

    /** The characters of hOCR output made with {@code hocr_char_boxes=1}: text, box and confidence. */
    static List<OcrWord> hocrCharacters(String hocr) {
        List<OcrWord> chars = new ArrayList<>();
        for (Element c : Jsoup.parse(hocr).select("span.ocrx_cinfo")) {
            String text = c.text().strip();
            Matcher m = BOX.matcher(c.attr("title"));
            if (text.isEmpty() || !m.find()) {
                continue;
            }
            int x0 = Integer.parseInt(m.group(1));
            int y0 = Integer.parseInt(m.group(2));
            int x1 = Integer.parseInt(m.group(3));
            int y1 = Integer.parseInt(m.group(4));
            chars.add(new OcrWord(text, x0, y0, x1 - x0, y1 - y0, Double.parseDouble(m.group(5))));
        }
        return chars;
    }
}
