package org.gongkai.cli;

import java.io.PrintWriter;

/** A one-line progress bar on stderr, redrawn in place; thread-safe. */
final class ProgressBar {
    private static final int WIDTH = 30;
    private final PrintWriter err;
    private final int total;
    private int lastDrawn = -1;

    ProgressBar(PrintWriter err, int total) {
        this.err = err;
        this.total = total;
    }

    synchronized void update(int done) {
        int filled = total == 0 ? WIDTH : (int) ((long) done * WIDTH / total);
        if (filled == lastDrawn && done != total) {
            return;
        }
        lastDrawn = filled;
        err.print("\r审查中 [" + "#".repeat(filled) + "-".repeat(WIDTH - filled) + "] " + done + "/" + total);
        err.flush();
    }

    synchronized void finish() {
        err.print("\r" + " ".repeat(WIDTH + 30) + "\r");
        err.flush();
    }
}
