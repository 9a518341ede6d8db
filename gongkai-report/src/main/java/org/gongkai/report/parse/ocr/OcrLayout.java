package org.gongkai.report.parse.ocr;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Places the characters of a page by their boxes, not by the order Tesseract gives them: characters
 * whose vertical centres are within half a character of each other are one line, left to right; a gap
 * wider than a character between two of them is a cell border. The lines are the same cells a text layer
 * gives the PDF reader, so the same assembler finds the tables by their labels.
 */
final class OcrLayout {
    /** A cell with a digit and a character below this confidence is reported as unsure. */
    static final double UNSURE_BELOW = 80;

    private OcrLayout() {}

    /** One line of a page: its cells, the numbers in it OCR was unsure of, and whether it is a row of a ruled table. */
    record Line(List<String> cells, List<Unsure> unsure, boolean ruled) {
        Line(List<String> cells, List<Unsure> unsure) {
            this(cells, unsure, false);
        }
    }

    /**
     * A number OCR read with low confidence, or only after mending a letter that looks like a digit, or
     * differently when its cell was read again on its own ({@code other}, else null).
     */
    record Unsure(String text, double confidence, boolean mended, String other) {
        Unsure(String text, double confidence, boolean mended) {
            this(text, confidence, mended, null);
        }
    }

    /** The lines of a page without ruled tables: characters placed by their boxes alone. */
    static List<Line> lines(List<OcrWord> words) {
        return lines(words, List.of(), List.of());
    }

    /**
     * The lines of a page: in a ruled table, each row of cells the lines draw is one line and each cell
     * one cell, however many text lines its label wraps over; elsewhere characters are grouped into
     * lines by their vertical centres and into cells by the gaps between them. A cell that spans several
     * rows (（三）不予公开) opens the first of them, as a text layer prints it.
     */
    static List<Line> lines(
            List<OcrWord> words, List<TableRules.Segment> horizontal, List<TableRules.Segment> vertical) {
        return lines(words, horizontal, vertical, null);
    }

    /**
     * A second reading of the table cells, each cell on its own ({@link ScannedPdfReader} cuts them out
     * of the page): the characters of each rectangle given, in page coordinates.
     */
    interface Reread {
        List<List<OcrWord>> cells(List<int[]> rectangles);

        /**
         * A third reading of the cells that may hold numbers, each for its digits alone; null for a
         * rectangle without ink, or when it was not read.
         */
        default List<Tesseract.Digits> digits(List<int[]> rectangles) {
            return java.util.Collections.nCopies(rectangles.size(), null);
        }
    }

    /**
     * As {@link #lines(List, List, List)}, with every cell the lines draw read a second time on its own,
     * whether the page reading found anything in it or not: a label wrapped over several lines reads
     * better alone than in a page-wide line of text. A cell that may hold a number is read a third time,
     * for its digits alone; how the readings are chosen between is {@link CellReadings#decide}.
     */
    static List<Line> lines(
            List<OcrWord> words,
            List<TableRules.Segment> horizontal,
            List<TableRules.Segment> vertical,
            Reread reread) {
        return lines(words, horizontal, vertical, reread, true, Integer.MAX_VALUE);
    }

    /**
     * The lines of a page of a PDF's text layer whose tables are ruled ({@link PrintedTables}): the same
     * placing as for OCR, of glyphs the PDF prints, so nothing is mended, no dash is taken for a border
     * and no number is unsure.
     */
    static List<Line> printed(
            List<OcrWord> glyphs,
            List<TableRules.Segment> horizontal,
            List<TableRules.Segment> vertical,
            int tallestCell) {
        return lines(glyphs, horizontal, vertical, null, false, tallestCell);
    }

    private static List<Line> lines(
            List<OcrWord> words,
            List<TableRules.Segment> horizontal,
            List<TableRules.Segment> vertical,
            Reread reread,
            boolean ocr,
            int tallestCell) {
        List<OcrWord> sorted = new ArrayList<>(words);
        sorted.removeIf(w -> w.text().isBlank() || ocr && OcrText.isRule(w.text()));
        if (sorted.isEmpty()) {
            return List.of();
        }
        double h = charHeight(sorted);
        Map<RuledCell, List<OcrWord>> cells = new TreeMap<>();
        List<OcrWord> free = new ArrayList<>();
        for (OcrWord w : sorted) {
            RuledCell c = RuledCell.around(w.left() + w.width() / 2.0, w.centerY(), horizontal, vertical);
            if (c == null || c.bottom() - c.top() > tallestCell) {
                free.add(w);
            } else {
                cells.computeIfAbsent(c, k -> new ArrayList<>()).add(w);
            }
        }
        List<Placed> placed = new ArrayList<>();
        for (List<OcrWord> row : rows(free, h)) {
            placed.add(new Placed(
                    row.stream().mapToDouble(OcrWord::centerY).average().orElse(0), line(row, h, ocr)));
        }
        if (reread != null || !ocr) {
            // Every cell the lines draw: a printed empty cell is an empty cell of its row, in its place.
            for (RuledCell c : RuledCell.grid(horizontal, vertical)) {
                if (c.bottom() - c.top() <= tallestCell) { // a taller box frames text: not a cell of a table
                    cells.putIfAbsent(c, new ArrayList<>());
                }
            }
        }
        addRuledRows(cells, readings(cells, h, reread, ocr), ocr, placed);
        placed.sort(Comparator.comparingDouble(Placed::y));
        return placed.stream().map(Placed::line).toList();
    }

    /**
     * Each ruled cell's readings: its characters as placed in the page, and where {@code reread} is
     * given, the cell read again on its own and, when it may hold a number, for its digits alone.
     */
    private static Readings readings(Map<RuledCell, List<OcrWord>> cells, double h, Reread reread, boolean ocr) {
        Map<RuledCell, List<OcrWord>> second = new java.util.HashMap<>();
        if (reread != null && !cells.isEmpty()) {
            List<RuledCell> keys = new ArrayList<>(cells.keySet());
            List<List<OcrWord>> again = reread.cells(RuledCell.rectangles(keys));
            for (int i = 0; i < keys.size() && i < again.size(); i++) {
                second.put(keys.get(i), again.get(i));
            }
        }
        Map<RuledCell, CellReadings> readings = new java.util.HashMap<>();
        List<RuledCell> numeric = new ArrayList<>();
        for (var cell : cells.entrySet()) {
            List<Unsure> doubts = new ArrayList<>();
            String first = close(inReadingOrder(cell.getValue(), h), Double.MAX_VALUE, doubts, ocr);
            List<Unsure> doubts2 = new ArrayList<>();
            List<OcrWord> alone = second.getOrDefault(cell.getKey(), List.of());
            String again = alone.isEmpty() ? null : close(inReadingOrder(alone, h), Double.MAX_VALUE, doubts2, ocr);
            readings.put(cell.getKey(), new CellReadings(first, doubts, again, doubts2));
            if (reread != null && CellReadings.mayBeNumber(first, again)) {
                numeric.add(cell.getKey());
            }
        }
        Map<RuledCell, Tesseract.Digits> digits = new java.util.HashMap<>();
        if (!numeric.isEmpty()) {
            List<Tesseract.Digits> read = reread.digits(RuledCell.rectangles(numeric));
            for (int i = 0; i < numeric.size() && i < read.size(); i++) {
                if (read.get(i) != null) {
                    digits.put(numeric.get(i), read.get(i));
                }
            }
        }
        return new Readings(readings, digits);
    }

    /** The ruled cells' readings, and the digits of those read for their digits alone. */
    private record Readings(Map<RuledCell, CellReadings> cells, Map<RuledCell, Tesseract.Digits> digits) {
        String decide(RuledCell cell, List<Unsure> unsure) {
            return cells.get(cell).decide(digits.get(cell), unsure);
        }
    }

    /**
     * Adds each row the ruling lines draw as one line, its cells in order; a row of empty cells is
     * left out. OCR drops an empty cell (it may be a speck's misreading); printed glyphs keep it, in its place.
     */
    private static void addRuledRows(
            Map<RuledCell, List<OcrWord>> cells, Readings readings, boolean ocr, List<Placed> placed) {
        Map<Integer, List<RuledCell>> byTop = new TreeMap<>();
        for (RuledCell c : cells.keySet()) {
            byTop.computeIfAbsent(c.top(), k -> new ArrayList<>()).add(c);
        }
        for (var row : byTop.entrySet()) {
            List<String> texts = new ArrayList<>();
            List<Unsure> unsure = new ArrayList<>();
            for (RuledCell cell : row.getValue()) {
                String text = readings.decide(cell, unsure);
                if (!text.isEmpty() || !ocr) {
                    texts.add(text);
                }
            }
            if (!texts.stream().allMatch(String::isEmpty)) {
                placed.add(new Placed(row.getKey(), new Line(texts, unsure, true)));
            }
        }
    }

    private record Placed(double y, Line line) {}

    private static List<OcrWord> inReadingOrder(List<OcrWord> chars, double h) {
        List<OcrWord> ordered = new ArrayList<>();
        for (List<OcrWord> textLine : rows(chars, h)) {
            textLine.sort(Comparator.comparingInt(OcrWord::left));
            ordered.addAll(textLine);
        }
        return ordered;
    }

    /** Characters grouped into text lines by their vertical centres, top to bottom. */
    private static List<List<OcrWord>> rows(List<OcrWord> words, double h) {
        List<OcrWord> sorted = new ArrayList<>(words);
        sorted.sort(Comparator.comparingDouble(OcrWord::centerY));
        List<List<OcrWord>> rows = new ArrayList<>();
        List<OcrWord> row = new ArrayList<>();
        double center = 0;
        for (OcrWord w : sorted) {
            if (!row.isEmpty() && Math.abs(w.centerY() - center) > h / 2) {
                rows.add(row);
                row = new ArrayList<>();
            }
            row.add(w);
            center = row.stream().mapToDouble(OcrWord::centerY).average().orElse(w.centerY());
        }
        if (!row.isEmpty()) {
            rows.add(row);
        }
        return rows;
    }

    private static Line line(List<OcrWord> row, double h, boolean ocr) {
        row.sort(Comparator.comparingInt(OcrWord::left));
        List<String> cells = new ArrayList<>();
        List<Unsure> unsure = new ArrayList<>();
        List<OcrWord> cell = new ArrayList<>();
        for (OcrWord w : row) {
            if (!cell.isEmpty() && w.left() - cell.get(cell.size() - 1).right() > h) {
                cells.add(close(cell, h, unsure, ocr));
                cell.clear();
            }
            cell.add(w);
        }
        cells.add(close(cell, h, unsure, ocr));
        return new Line(cells, unsure);
    }

    /**
     * The text of one cell's characters; a number in it that OCR was unsure of is noted in {@code unsure}.
     * Printed glyphs ({@code ocr} false) are taken as they are.
     */
    private static String close(List<OcrWord> cell, double h, List<Unsure> unsure, boolean ocr) {
        StringBuilder sb = new StringBuilder();
        double confidence = 100;
        OcrWord previous = null;
        for (OcrWord w : cell) {
            if (previous != null
                    && isAscii(previous.text().charAt(previous.text().length() - 1))
                    && isAscii(w.text().charAt(0))
                    && w.left() - previous.right() > h * 0.4) {
                sb.append(' ');
            }
            sb.append(w.text());
            confidence = Math.min(confidence, w.confidence());
            previous = w;
        }
        String printed = sb.toString();
        if (!ocr) {
            return printed.strip();
        }
        String text = OcrText.mended(OcrText.trimmed(printed));
        if (OcrText.NUMBER.matcher(text).matches() && (confidence < UNSURE_BELOW || !text.equals(printed))) {
            unsure.add(new Unsure(text, confidence, !text.equals(printed)));
        }
        return text;
    }

    private static boolean isAscii(char c) {
        return c < 0x80;
    }

    /** The median height of the words: about one character. */
    private static double charHeight(List<OcrWord> words) {
        double[] hs = words.stream().mapToDouble(OcrWord::height).sorted().toArray();
        return Math.max(4, hs[hs.length / 2]);
    }
}
