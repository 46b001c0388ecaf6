package medsim.gui;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * An X display for GUI tests: the one in DISPLAY if set, else a private Xvfb server the test
 * starts and stops. Without either, the GUI tests are skipped on a developer's machine but
 * fail in CI (CI=true), where .ci/run installs xvfb.
 */
final class XDisplay implements AutoCloseable {
    private final String name;
    private final Process xvfb;

    private XDisplay(String name, Process xvfb) {
        this.name = name;
        this.xvfb = xvfb;
    }

    /** The value for DISPLAY. */
    String name() { return name; }

    /** Why there is no display to test on, or null if there is one. */
    static String missing() {
        String env = System.getenv("DISPLAY");
        if ((env == null || env.isBlank()) && onPath("Xvfb") == null) return "no DISPLAY and no Xvfb on the PATH (apt-get install xvfb)";
        return null;
    }

    /** Skips the calling test if there is no display, except in CI (CI=true), where it fails. */
    static void assumeAvailable() {
        String why = missing();
        if (why != null && "true".equals(System.getenv("CI"))) fail("CI=true and " + why + "; .ci/run installs xvfb");
        assumeTrue(why == null, "GUI test skipped: " + why);
    }

    /** The display to test on; call {@link #assumeAvailable()} first. */
    static XDisplay acquire() throws IOException {
        String env = System.getenv("DISPLAY");
        if (env != null && !env.isBlank()) return new XDisplay(env, null);
        return xvfb("1600x1000x24");
    }

    /** Whether Xvfb is on the PATH, so that a test can have a screen of the size it needs. */
    static boolean xvfbAvailable() {
        return onPath("Xvfb") != null;
    }

    /** A private Xvfb server with one screen of {@code size} (e.g. "1280x800x24"), whatever DISPLAY says. */
    static XDisplay xvfb(String size) throws IOException {
        Path binary = onPath("Xvfb");
        // -displayfd: Xvfb picks a free display number and writes it on stdout once it accepts
        // clients, so the test needs neither a fixed number nor a wait.
        Process p = new ProcessBuilder(binary.toString(), "-displayfd", "1", "-screen", "0", size, "-nolisten", "tcp")
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.US_ASCII));
        String number = out.readLine();
        if (number == null || !number.strip().matches("\\d+")) {
            p.destroy();
            fail("Xvfb did not start (it wrote " + number + ")");
        }
        return new XDisplay(":" + number.strip(), p);
    }

    private static Path onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) return null;
        for (String dir : path.split(File.pathSeparator)) {
            Path p = Path.of(dir, program);
            if (Files.isExecutable(p)) return p;
        }
        return null;
    }

    /** Stops the Xvfb this test started, if any. */
    @Override
    public void close() {
        if (xvfb == null) return;
        xvfb.destroy();
        try {
            if (!xvfb.waitFor(10, TimeUnit.SECONDS)) xvfb.destroyForcibly();
        } catch (InterruptedException e) {
            xvfb.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
