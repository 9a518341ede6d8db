package org.gongkai.report.parse.ocr;

import java.awt.geom.GeneralPath;
import java.awt.geom.PathIterator;
import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The tables of a PDF page that has a text layer, placed by the ruling lines the page draws — as a
 * report saved as PDF from Word or WPS prints them. Read as text in reading order, such a table comes
 * apart: a label wrapped over four lines of a narrow column ({@code 三、本 / 年度办 / 理结果}) is
 * interleaved with the label beside it and with the numbers, which sit beside one of its lines. Here
 * every glyph goes to the cell whose lines surround it, and each row the lines draw is one line of
 * cells, as {@link OcrLayout} does for a scanned page. A page without ruled cells is left to the
 * text reader (null).
 */
public final class PrintedTables {
    /** Page coordinates (points) to the pixels of a 300 dpi image, the scale {@link OcrLayout} works in. */
    private static final double SCALE = ScannedPdfReader.DPI / 72.0;

    /** A filled rectangle thinner than this (points) is a line; Word draws borders as thin rectangles. */
    private static final double THIN = 2.5;

    /** A line shorter than this (points) is not a border: a dot, a hyphen drawn as a path. */
    private static final double SHORT = 4;

    /** Ruled cells a page needs before its text is placed by them: fewer is a frame or a box, not a table. */
    private static final int MIN_CELLS = 6;

    private PrintedTables() {}

    /**
     * The lines of page {@code pageIndex} (0-based), its ruled tables one line per row and one cell per
     * ruled cell; null when the page draws no table, or is rotated. {@code layer} has just read the page's
     * text ({@link TextLayer#page}): its glyphs are placed, the page's text is not read again.
     */
    public static List<Row> lines(PDDocument doc, int pageIndex, TextLayer layer) throws IOException {
        PDPage page = doc.getPage(pageIndex);
        if (page.getRotation() % 360 != 0) {
            return null;
        }
        Rules rules = new Rules(page);
        rules.processPage(page);
        List<TableRules.Segment> horizontal = merged(rules.horizontal);
        List<TableRules.Segment> vertical = merged(rules.vertical);
        if (horizontal.size() < 2
                || vertical.size() < 2
                || RuledCell.grid(horizontal, vertical).size() < MIN_CELLS) {
            return null;
        }
        if (layer.words.isEmpty()) {
            return null;
        }
        // A box taller than a quarter of the page frames text (a page border, a boxed note); it is not a cell.
        int tallestCell = (int) (page.getCropBox().getHeight() * SCALE / 4);
        return OcrLayout.printed(layer.words, horizontal, vertical, tallestCell).stream()
                .map(l -> new Row(l.cells(), l.ruled()))
                .toList();
    }

    /** A line of the page: its cells, and whether it is a row of a ruled table (else text outside the tables). */
    public record Row(List<String> cells, boolean ruled) {}

    /**
     * Reads a page's text in reading order (sorted by position) and keeps its glyphs with their boxes, in
     * pixels from the top left of the crop box, for {@link #lines}.
     */
    public static final class TextLayer extends PDFTextStripper {
        private final List<OcrWord> words = new ArrayList<>();

        public TextLayer() {
            setSortByPosition(true);
        }

        /** The text of page {@code pageNo} (1-based); its glyphs are kept until the next page is read. */
        public String page(PDDocument doc, int pageNo) throws IOException {
            words.clear();
            setStartPage(pageNo);
            setEndPage(pageNo);
            return getText(doc);
        }

        @Override
        protected void writeString(String text, List<TextPosition> positions) throws IOException {
            super.writeString(text, positions);
            for (TextPosition p : positions) {
                String u = p.getUnicode();
                if (u == null || u.isBlank()) {
                    continue;
                }
                float h = p.getHeightDir() > 0 ? p.getHeightDir() : p.getFontSizeInPt();
                double top = p.getYDirAdj() - h;
                words.add(new OcrWord(
                        u,
                        (int) Math.round(p.getXDirAdj() * SCALE),
                        (int) Math.round(top * SCALE),
                        Math.max(1, (int) Math.round(p.getWidthDirAdj() * SCALE)),
                        Math.max(1, (int) Math.round(h * SCALE)),
                        100));
            }
        }
    }

    /**
     * The straight lines a page strokes, and the thin rectangles it fills, as horizontal and vertical
     * segments in pixels from the top left of the crop box.
     */
    private static final class Rules extends PDFGraphicsStreamEngine {
        final List<TableRules.Segment> horizontal = new ArrayList<>();
        final List<TableRules.Segment> vertical = new ArrayList<>();
        private final GeneralPath path = new GeneralPath();
        private final PDRectangle box;

        Rules(PDPage page) {
            super(page);
            this.box = page.getCropBox();
        }

        @Override
        public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
            path.moveTo((float) p0.getX(), (float) p0.getY());
            path.lineTo((float) p1.getX(), (float) p1.getY());
            path.lineTo((float) p2.getX(), (float) p2.getY());
            path.lineTo((float) p3.getX(), (float) p3.getY());
            path.closePath();
        }

        @Override
        public void moveTo(float x, float y) {
            path.moveTo(x, y);
        }

        @Override
        public void lineTo(float x, float y) {
            if (path.getCurrentPoint() == null) {
                path.moveTo(x, y);
            } else {
                path.lineTo(x, y);
            }
        }

        @Override
        public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
            if (path.getCurrentPoint() == null) {
                path.moveTo(x3, y3);
            } else {
                path.curveTo(x1, y1, x2, y2, x3, y3);
            }
        }

        @Override
        public Point2D getCurrentPoint() {
            return path.getCurrentPoint();
        }

        @Override
        public void closePath() {
            if (path.getCurrentPoint() != null) {
                path.closePath();
            }
        }

        @Override
        public void endPath() {
            path.reset();
        }

        @Override
        public void strokePath() {
            for (List<double[]> sub : subpaths()) {
                for (int i = 0; i + 1 < sub.size(); i++) {
                    line(sub.get(i), sub.get(i + 1));
                }
            }
            path.reset();
        }

        @Override
        public void fillPath(int windingRule) {
            for (List<double[]> sub : subpaths()) {
                double x0 = Double.MAX_VALUE, y0 = Double.MAX_VALUE, x1 = -Double.MAX_VALUE, y1 = -Double.MAX_VALUE;
                for (double[] p : sub) {
                    x0 = Math.min(x0, p[0]);
                    y0 = Math.min(y0, p[1]);
                    x1 = Math.max(x1, p[0]);
                    y1 = Math.max(y1, p[1]);
                }
                if (y1 - y0 <= THIN && x1 - x0 >= SHORT) {
                    line(new double[] {x0, (y0 + y1) / 2}, new double[] {x1, (y0 + y1) / 2});
                } else if (x1 - x0 <= THIN && y1 - y0 >= SHORT) {
                    line(new double[] {(x0 + x1) / 2, y0}, new double[] {(x0 + x1) / 2, y1});
                }
            }
            path.reset();
        }

        @Override
        public void fillAndStrokePath(int windingRule) {
            GeneralPath copy = (GeneralPath) path.clone();
            fillPath(windingRule);
            path.append(copy, false);
            strokePath();
        }

        @Override
        public void clip(int windingRule) {
            // the clipping path is ended by endPath, which forgets it
        }

        @Override
        public void drawImage(PDImage pdImage) {
            // images hold no ruling lines a text layer's cells need
        }

        @Override
        public void shadingFill(org.apache.pdfbox.cos.COSName shadingName) {
            // shading draws no lines
        }

        /** The path's subpaths as their points (closed ones end where they began); curves are flattened. */
        private List<List<double[]>> subpaths() {
            List<List<double[]>> out = new ArrayList<>();
            List<double[]> sub = null;
            double[] c = new double[6];
            for (PathIterator it = path.getPathIterator(null, 0.5); !it.isDone(); it.next()) {
                int type = it.currentSegment(c);
                if (type == PathIterator.SEG_MOVETO) {
                    sub = new ArrayList<>();
                    out.add(sub);
                    sub.add(new double[] {c[0], c[1]});
                } else if (type == PathIterator.SEG_LINETO && sub != null) {
                    sub.add(new double[] {c[0], c[1]});
                } else if (type == PathIterator.SEG_CLOSE && sub != null && !sub.isEmpty()) {
                    sub.add(sub.get(0));
                }
            }
            return out;
        }

        /** A horizontal or vertical segment between two points of user space, kept in pixels; others are not borders. */
        private void line(double[] a, double[] b) {
            double ax = (a[0] - box.getLowerLeftX()) * SCALE;
            double bx = (b[0] - box.getLowerLeftX()) * SCALE;
            double ay = (box.getUpperRightY() - a[1]) * SCALE;
            double by = (box.getUpperRightY() - b[1]) * SCALE;
            double min = SHORT * SCALE;
            if (Math.abs(ay - by) <= 1.5 && Math.abs(ax - bx) >= min) {
                horizontal.add(new TableRules.Segment(
                        (int) Math.round((ay + by) / 2), (int) Math.round(Math.min(ax, bx)), (int)
                                Math.round(Math.max(ax, bx))));
            } else if (Math.abs(ax - bx) <= 1.5 && Math.abs(ay - by) >= min) {
                vertical.add(new TableRules.Segment(
                        (int) Math.round((ax + bx) / 2), (int) Math.round(Math.min(ay, by)), (int)
                                Math.round(Math.max(ay, by))));
            }
        }
    }

    /**
     * Segments on one line joined: Word draws each cell's border on its own, end to end, and both
     * neighbours of a border may draw it; a line a few pixels thick is one line.
     */
    static List<TableRules.Segment> merged(List<TableRules.Segment> segments) {
        List<TableRules.Segment> sorted = new ArrayList<>(segments);
        sorted.sort(Comparator.comparingInt(TableRules.Segment::at).thenComparingInt(TableRules.Segment::from));
        List<TableRules.Segment> out = new ArrayList<>();
        for (TableRules.Segment s : sorted) {
            boolean joined = false;
            for (int i = out.size() - 1; i >= 0; i--) {
                TableRules.Segment o = out.get(i);
                if (s.at() - o.at() > 4) {
                    break;
                }
                if (s.from() <= o.to() + 6 && s.to() >= o.from() - 6) {
                    out.set(i, new TableRules.Segment(o.at(), Math.min(o.from(), s.from()), Math.max(o.to(), s.to())));
                    joined = true;
                    break;
                }
            }
            if (!joined) {
                out.add(s);
            }
        }
        return out;
    }
}
