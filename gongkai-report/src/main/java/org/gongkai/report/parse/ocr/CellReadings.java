package org.gongkai.report.parse.ocr;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.report.parse.ocr.OcrLayout.Unsure;

/**
 * The readings of one ruled cell: in the page ({@code first}, with the numbers OCR was unsure of in
 * {@code doubts}), and cut out on its own ({@code again}, null when not read again); and the choice
 * between them with the cell's digits read alone.
 */
record CellReadings(String first, List<Unsure> doubts, String again, List<Unsure> doubts2) {
    /**
     * The cell's text. A cell read for its digits alone ({@code digits}, null when not) that reads as
     * a number is that number, unsure when Tesseract was unsure of it or when neither other reading
     * agrees. Otherwise the reading alone is taken for text; for a number, where the two readings
     * disagree the cell is noted as unsure.
     */
    String decide(Tesseract.Digits digits, List<Unsure> unsure) {
        if (digits != null && OcrText.VALUE.matcher(digits.text()).matches()) {
            String d = digits.text();
            boolean agreed = d.equals(first) || d.equals(again);
            if (digits.confidence() < OcrLayout.UNSURE_BELOW || !agreed) {
                unsure.add(new Unsure(d, digits.confidence(), false, agreed ? null : (again != null ? again : first)));
            }
            return d;
        }
        if (again == null) {
            unsure.addAll(doubts);
            return first;
        }
        boolean number = OcrText.NUMBER.matcher(first).matches()
                || OcrText.NUMBER.matcher(again).matches();
        if (!number) {
            return again;
        }
        if (first.equals(again)) {
            unsure.addAll(doubts.isEmpty() ? List.of() : doubts2.isEmpty() ? List.of() : doubts);
            return first;
        }
        double confidence = Math.min(
                doubts.stream().mapToDouble(Unsure::confidence).min().orElse(100),
                doubts2.stream().mapToDouble(Unsure::confidence).min().orElse(100));
        unsure.add(new Unsure(first, confidence, false, again));
        return first;
    }

    /**
     * Whether a cell read so may hold a number, to be read for its digits alone: fewer than two Chinese
     * characters in each reading, and a digit or a letter like one ({@code O}, {@code l}) in one of them,
     * or nothing read at all. A placeholder ({@code —}, {@code /}, {@code 无}) is kept as read.
     */
    static boolean mayBeNumber(String first, String again) {
        List<String> read = new ArrayList<>();
        for (String s : new String[] {first, again}) {
            if (s != null && !s.isBlank()) {
                if (han(s) >= 2) {
                    return false;
                }
                read.add(s);
            }
        }
        return read.isEmpty()
                || read.stream()
                        .anyMatch(s -> s.chars().anyMatch(c -> Character.isDigit(c) || "OoIl〇".indexOf(c) >= 0));
    }

    /** How many Chinese characters {@code s} holds. */
    static int han(String s) {
        return (int) s.codePoints()
                .filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                .count();
    }
}
