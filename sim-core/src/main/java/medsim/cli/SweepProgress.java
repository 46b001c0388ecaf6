package medsim.cli;

import java.io.PrintWriter;
import java.util.Locale;

import medsim.experiment.SweepRunner;
import medsim.record.Plural;

/**
 * The sweep's progress bar on stderr: runs done, runs per second (of this attempt) and the
 * time left. A terminal gets one line rewritten; a log gets a line every 10%.
 */
final class SweepProgress implements SweepRunner.Progress {
    private static final int WIDTH = 30;

    private final PrintWriter err;
    private final boolean quiet;
    private final boolean terminal = System.console() != null;
    private final long startNanos = System.nanoTime();
    private int firstDone = -1;
    private int lastDecile = -1;
    private boolean shown;

    SweepProgress(PrintWriter err, boolean quiet) {
        this.err = err;
        this.quiet = quiet;
    }

    @Override
    public void runDone(int done, int total, int failed) {
        if (quiet) return;
        if (firstDone < 0) firstDone = done - 1; // runs a previous attempt finished do not count toward the rate
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        double rate = (done - firstDone) / Math.max(seconds, 1e-9);
        int filled = total == 0 ? WIDTH : (int) ((long) WIDTH * done / total);
        String bar = "#".repeat(filled) + ".".repeat(WIDTH - filled);
        long left = rate > 0 ? Math.round((total - done) / rate) : 0;
        String line = String.format(Locale.ROOT, "[%s] %d/%s  %.2f runs/s  %s left%s", bar, done, Plural.of(total, "run"), rate, duration(left),
                failed > 0 ? "  " + failed + " failed" : "");
        if (terminal) {
            err.print("\r" + line);
            err.flush();
            shown = true;
        } else {
            int decile = total == 0 ? 10 : (int) (10L * done / total);
            if (decile != lastDecile) {
                lastDecile = decile;
                err.println(line);
            }
        }
    }

    void done() {
        if (shown) err.println();
        err.flush();
    }

    static String duration(long seconds) {
        if (seconds >= 3600) return String.format(Locale.ROOT, "%dh %02dm", seconds / 3600, seconds % 3600 / 60);
        if (seconds >= 60) return String.format(Locale.ROOT, "%dm %02ds", seconds / 60, seconds % 60);
        return seconds + "s";
    }
}
