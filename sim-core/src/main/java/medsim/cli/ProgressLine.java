package medsim.cli;

import java.io.PrintWriter;
import java.util.Locale;

import medsim.model.MedSim;
import medsim.model.ScenarioRun;

/**
 * The progress line on stderr: simulated date and percent done, shown once a run has taken
 * more than a second. On a terminal it rewrites one line; otherwise it prints every 10%.
 * Wall time decides only what is shown, never what the model does.
 */
final class ProgressLine implements ScenarioRun.Progress {
    private static final long SHOW_AFTER_NANOS = 1_000_000_000L;
    private static final long REFRESH_NANOS = 200_000_000L;

    private final PrintWriter err;
    private final boolean quiet;
    private final boolean terminal = System.console() != null;
    private final long startNanos;
    private long lastShown;
    private int lastDecile = -1;
    private boolean shown;

    ProgressLine(PrintWriter err, boolean quiet, long startNanos) {
        this.err = err;
        this.quiet = quiet;
        this.startNanos = startNanos;
    }

    @Override
    public void day(MedSim sim, int dayDone, int days) {
        if (quiet) return;
        long now = System.nanoTime();
        if (now - startNanos < SHOW_AFTER_NANOS) return;
        int percent = (int) (100L * dayDone / days);
        String line = String.format(Locale.ROOT, "%s  %3d%%  day %d of %d", sim.date(), percent, dayDone, days);
        if (terminal) {
            if (now - lastShown < REFRESH_NANOS && dayDone < days) return;
            err.print("\r" + line);
            err.flush();
            lastShown = now;
            shown = true;
        } else if (percent / 10 != lastDecile) {
            lastDecile = percent / 10;
            err.println(line);
        }
    }

    void done() {
        if (shown) {
            err.println();
            err.flush();
        }
    }
}
