package org.gongkai.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** A one-line progress bar on stderr, redrawn in place at most five times a second: count, rate, time left. */
final class ProgressBar {
    private static final int WIDTH = 30;
    private static final long REDRAW_NANOS = 200_000_000L;
    private final PrintWriter err;
    private final String label;
    private final int total;
    private final long start = System.nanoTime();
    private long lastDrawn;
    private int lastLength;

    ProgressBar(PrintWriter err, String label, int total) {
        this.err = err;
        this.label = label;
        this.total = total;
    }

    synchronized void update(int done) {
        long now = System.nanoTime();
        if (done != total && now - lastDrawn < REDRAW_NANOS) {
            return;
        }
        lastDrawn = now;
        String line = line(done, (now - start) / 1e9);
        int width = HumanReport.displayWidth(line);
        err.print("\r" + line + " ".repeat(Math.max(0, lastLength - width)));
        lastLength = width;
        err.flush();
    }

    /** The bar for {@code done} of the total after {@code seconds}. */
    String line(int done, double seconds) {
        int filled = total == 0 ? WIDTH : (int) ((long) done * WIDTH / total);
        StringBuilder sb = new StringBuilder(label)
                .append(" [")
                .append("#".repeat(filled))
                .append("-".repeat(WIDTH - filled))
                .append("] ")
                .append(done)
                .append('/')
                .append(total);
        if (done > 0 && seconds > 0) {
            double rate = done / seconds;
            sb.append(String.format(Locale.ROOT, "  %,.0f 份/秒", rate));
            sb.append("  剩余 ").append(clock((total - done) / rate));
        }
        return sb.toString();
    }

    static String clock(double seconds) {
        long s = Math.round(Math.max(0, seconds));
        return s >= 3600
                ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }

    /**
     * Whether stderr is a terminal, where a bar redrawn in place can be read. {@code System.console()}
     * answers for stdin and stdout, and is null in the usual {@code gongkai audit DIR > out.txt}; on
     * Linux the file behind descriptor 2 tells.
     */
    static boolean stderrIsTerminal() {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return System.console() != null;
        }
    }

    synchronized void finish() {
        err.print("\r" + " ".repeat(lastLength) + "\r");
        err.flush();
    }
}
