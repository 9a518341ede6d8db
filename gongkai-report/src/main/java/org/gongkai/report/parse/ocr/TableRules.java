package org.gongkai.report.parse.ocr;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * The ruling lines of the tables on a page image: found, so that characters can be placed in the
 * cells the lines draw ({@link OcrLayout}), and removed, because Tesseract misses a lone digit boxed in
 * by borders (the 0 of a table cell) far more often than one standing free. A run of dark pixels longer
 * than {@link #MIN_RUN} horizontally or vertically is a line, not a stroke of a character; so is a
 * shorter vertical run from one horizontal line to another ({@link #SHORT_RUN}).
 */
final class TableRules {
    /** Two fifths of an inch at 300 dpi: longer than any stroke of a character up to a 24-point title. */
    static final int MIN_RUN = 120;

    /**
     * A shorter vertical run is a line too when both its ends meet a horizontal line: the borders of a
     * table of one row (a row carried over to the next page) are shorter than {@link #MIN_RUN}.
     */
    static final int SHORT_RUN = 40;

    private static final int DARK = 200;

    private static final int MAX_GAP = 2;

    /** A line: horizontal at {@code at} from {@code from} to {@code to}, or vertical likewise. */
    record Segment(int at, int from, int to) {
        boolean covers(double p) {
            return p >= from - 2 && p <= to + 2;
        }
    }

    /** The page with its lines painted white, and the lines. */
    record Page(BufferedImage cleaned, List<Segment> horizontal, List<Segment> vertical) {}

    private TableRules() {}

    /** The lines of {@code gray} and a copy of it without them. */
    static Page find(BufferedImage gray) {
        int w = gray.getWidth();
        int h = gray.getHeight();
        int[] px = gray.getRaster().getPixels(0, 0, w, h, (int[]) null);
        boolean[] rule = new boolean[w * h];
        List<Segment> horizontal = new ArrayList<>();
        for (int y = 0; y < h; y++) {
            final int row = y;
            runs(w, MIN_RUN, x -> px[row * w + x] < DARK, (from, to) -> {
                for (int k = from; k <= to; k++) {
                    rule[row * w + k] = true;
                }
                merge(horizontal, row, from, to);
            });
        }
        List<Segment> vertical = new ArrayList<>();
        for (int x = 0; x < w; x++) {
            final int col = x;
            runs(h, SHORT_RUN, y -> px[y * w + col] < DARK, (from, to) -> {
                if (to - from + 1 < MIN_RUN && !(touches(horizontal, col, from) && touches(horizontal, col, to))) {
                    return;
                }
                for (int k = from; k <= to; k++) {
                    rule[k * w + col] = true;
                }
                merge(vertical, col, from, to);
            });
        }
        for (int i = 0; i < px.length; i++) {
            if (rule[i]) {
                px[i] = 255;
            }
        }
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        out.getRaster().setPixels(0, 0, w, h, px);
        return new Page(out, horizontal, vertical);
    }

    /**
     * The runs of dark pixels at least {@code min} long among {@code n}; a run goes on over a gap
     * of up to {@link #MAX_GAP} light pixels (a thin line scanned or anti-aliased is not solid).
     */
    private static void runs(int n, int min, java.util.function.IntPredicate dark, RunSink sink) {
        int start = -1;
        int last = -1;
        for (int i = 0; i <= n; i++) {
            boolean d = i < n && dark.test(i);
            if (d) {
                if (start < 0 || i - last > MAX_GAP + 1) {
                    if (start >= 0 && last - start + 1 >= min) {
                        sink.run(start, last);
                    }
                    start = i;
                }
                last = i;
            }
        }
        if (start >= 0 && last - start + 1 >= min) {
            sink.run(start, last);
        }
    }

    /** Whether a horizontal line passes within a few pixels of ({@code x}, {@code y}). */
    private static boolean touches(List<Segment> horizontal, int x, int y) {
        for (Segment s : horizontal) {
            if (Math.abs(s.at() - y) <= 6 && s.covers(x)) {
                return true;
            }
        }
        return false;
    }

    @FunctionalInterface
    private interface RunSink {
        void run(int from, int to);
    }

    /** Adds a run to the line it continues (a line is a few pixels thick), or as a new line. */
    private static void merge(List<Segment> lines, int at, int from, int to) {
        for (int i = lines.size() - 1; i >= 0; i--) {
            Segment s = lines.get(i);
            if (at - s.at() > 4) {
                break;
            }
            if (from <= s.to() && to >= s.from()) {
                lines.set(i, new Segment(at, Math.min(from, s.from()), Math.max(to, s.to())));
                return;
            }
        }
        lines.add(new Segment(at, from, to));
    }
}
