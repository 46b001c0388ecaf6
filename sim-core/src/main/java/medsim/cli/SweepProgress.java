package medsim.cli;

import java.io.PrintWriter;
import java.util.Locale;

import medsim.experiment.SweepRunner;
import medsim.record.Plural;

/**
 * What a sweep tells as it goes: on stdout, how many runs an earlier attempt finished (when it
 * resumes); on stderr, a progress bar with runs done, runs per second (of this attempt) and the
 * time left. A terminal gets one line rewritten; a log gets a line every 10%.
 */
final class SweepProgress implements SweepRunner.Progress {
    private static final int WIDTH = 30;

    private final PrintWriter out;
    private final PrintWriter err;
    private final boolean quiet;
    private final boolean terminal = System.console() != null;
    private final long startNanos = System.nanoTime();
    private int alreadyDone;
    private int asked;
    private int lastDecile = -1;
    private boolean shown;

    SweepProgress(PrintWriter out, PrintWriter err, boolean quiet) {
        this.out = out;
        this.err = err;
        this.quiet = quiet;
    }

    @Override
    public void starting(int alreadyDone, int total) {
        this.alreadyDone = alreadyDone;
        this.asked = total;
        if (alreadyDone > 0) {
            out.printf(Locale.ROOT, "resuming: %d of %s already done%n", alreadyDone, Plural.of(total, "run"));
            out.flush();
        }
    }

    /** The runs this attempt ran (not those an earlier attempt had journalled). */
    int ranThisTime() {
        return asked - alreadyDone;
    }

    @Override
    public void runDone(int done, int total, int failed) {
        if (quiet) return;
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        double rate = (done - alreadyDone) / Math.max(seconds, 1e-9); // runs of an earlier attempt do not count
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
