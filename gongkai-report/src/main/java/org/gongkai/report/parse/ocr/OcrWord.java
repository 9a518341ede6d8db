package org.gongkai.report.parse.ocr;

/**
 * A character (or word) Tesseract read: its text, its box on the page image (pixels) and its
 * confidence (0–100).
 */
record OcrWord(String text, int left, int top, int width, int height, double confidence) {
    int right() {
        return left + width;
    }

    int bottom() {
        return top + height;
    }

    double centerY() {
        return top + height / 2.0;
    }
}
