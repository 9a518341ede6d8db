package org.gongkai.report.parse.ocr;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** A cell drawn by the ruling lines of a table: its top and bottom lines, its left and right lines. */
record RuledCell(int top, int bottom, int left, int right) implements Comparable<RuledCell> {
    @Override
    public int compareTo(RuledCell o) {
        return Comparator.comparingInt(RuledCell::top)
                .thenComparingInt(RuledCell::left)
                .thenComparingInt(RuledCell::bottom)
                .thenComparingInt(RuledCell::right)
                .compare(this, o);
    }

    /** The ruled cell around the point ({@code cx}, {@code cy}), or null when it is not inside one. */
    static RuledCell around(
            double cx, double cy, List<TableRules.Segment> horizontal, List<TableRules.Segment> vertical) {
        Integer top = null;
        Integer bottom = null;
        for (TableRules.Segment s : horizontal) {
            if (!s.covers(cx)) {
                continue;
            }
            if (s.at() < cy && (top == null || s.at() > top)) {
                top = s.at();
            } else if (s.at() > cy && (bottom == null || s.at() < bottom)) {
                bottom = s.at();
            }
        }
        Integer left = null;
        Integer right = null;
        for (TableRules.Segment s : vertical) {
            if (!s.covers(cy)) {
                continue;
            }
            if (s.at() < cx && (left == null || s.at() > left)) {
                left = s.at();
            } else if (s.at() > cx && (right == null || s.at() < right)) {
                right = s.at();
            }
        }
        if (top == null || bottom == null || left == null || right == null) {
            return null;
        }
        return new RuledCell(top, bottom, left, right);
    }

    /** The smallest box between two lines that can hold a character, in pixels. */
    private static final int MIN_BOX = 20;

    /**
     * Every cell the ruling lines draw, whether OCR read anything in it or not: the cell around the
     * middle of each box between neighbouring lines (a cell spanning several boxes is found once).
     */
    static Set<RuledCell> grid(List<TableRules.Segment> horizontal, List<TableRules.Segment> vertical) {
        Set<RuledCell> out = new TreeSet<>();
        int[] ys = horizontal.stream()
                .mapToInt(TableRules.Segment::at)
                .sorted()
                .distinct()
                .toArray();
        int[] xs = vertical.stream()
                .mapToInt(TableRules.Segment::at)
                .sorted()
                .distinct()
                .toArray();
        for (int i = 0; i + 1 < ys.length; i++) {
            if (ys[i + 1] - ys[i] < MIN_BOX) {
                continue;
            }
            for (int j = 0; j + 1 < xs.length; j++) {
                if (xs[j + 1] - xs[j] < MIN_BOX) {
                    continue;
                }
                int cx = (xs[j] + xs[j + 1]) / 2;
                int cy = (ys[i] + ys[i + 1]) / 2;
                RuledCell c = around(cx, cy, horizontal, vertical);
                if (c != null) {
                    out.add(c);
                }
            }
        }
        return out;
    }

    /** The cells as rectangles: left, top, right, bottom. */
    static List<int[]> rectangles(List<RuledCell> cells) {
        return cells.stream()
                .map(c -> new int[] {c.left(), c.top(), c.right(), c.bottom()})
                .toList();
    }
}
