package medsim.yaml;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Files that are not regular files, for tests that they are refused. */
public final class SpecialFiles {
    private SpecialFiles() {}

    /** Makes a named pipe (FIFO) with mkfifo; skips the calling test where there is none. */
    public static Path fifo(Path path) throws InterruptedException {
        try {
            Process p = new ProcessBuilder("mkfifo", path.toString()).redirectErrorStream(true).start();
            assumeTrue(p.waitFor() == 0 && Files.exists(path), "mkfifo failed");
        } catch (IOException e) {
            assumeTrue(false, "no mkfifo here: " + e.getMessage());
        }
        return path;
    }

    /** /dev/zero, an endless device; skips the calling test where there is none. */
    public static Path devZero() {
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.exists(zero), "no /dev/zero here");
        return zero;
    }
}
