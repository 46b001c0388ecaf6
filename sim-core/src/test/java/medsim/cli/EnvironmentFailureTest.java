package medsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import medsim.model.TestRuns;
import medsim.record.AtomicFiles;

/**
 * Failures of the environment, not of the input: an output folder under a regular file, a
 * full disk. Each is one line naming the path and the cause, exit code 1, no stack trace, no
 * Java class name, and no file left behind, partial or not.
 */
class EnvironmentFailureTest {
    private static final Pattern JAVA_NAME = Pattern.compile("\\b(java|javax|sun|medsim)\\.[a-z]+\\.|Exception\\b|Error\\b");

    @TempDir
    Path dir;

    private static String small() {
        return TestRuns.scenarioFile("small.yaml").toString();
    }

    private static String sweep() {
        return Path.of("src", "test", "resources", "sweeps", "small-factorial.yaml").toString();
    }

    /** One line on stderr, exit code 1, nothing Java in it. */
    private static void assertEnvironmentFailure(CliTest.Outcome o, String line) {
        assertEquals(1, o.code(), o.err());
        assertEquals(line, o.err().strip());
        assertFalse(JAVA_NAME.matcher(o.err()).find(), "no Java names: " + o.err());
    }

    @Test
    void anOutputFolderUnderARegularFileIsOneLineNamingTheFileInEveryCommandThatWrites() throws IOException {
        Path file = Files.writeString(dir.resolve("notes.txt"), "not a folder");
        Path out = file.resolve("out");
        String cause = "cannot create folder " + out + ": " + file + " is a file, not a folder";
        assertEnvironmentFailure(CliTest.medsim("run", small(), "--days", "1", "--out", out.toString(), "-q"), "medsim: " + cause);
        assertEnvironmentFailure(CliTest.medsim("validate", TestRuns.scenarioFile("small-behaviour-with-targets.yaml").toString(), "--replications", "1",
                "--out", out.toString(), "-q"), "medsim: " + cause);
        assertEnvironmentFailure(CliTest.medsim("calibrate", TestRuns.scenarioFile("small-behaviour-inflow-only.yaml").toString(),
                TestRuns.scenarioFile("small-calibration.yaml").toString(), "--out", out.toString(), "-q"), "medsim: " + cause);
        for (CliTest.Outcome o : List.of(CliTest.medsim("sweep", sweep(), "--out", out.toString(), "-q"),
                CliTest.medsim("slurm", sweep(), "--tasks", "2", "--out", out.toString()))) {
            assertEquals(1, o.code(), o.err());
            assertEquals(1, o.err().strip().lines().count(), o.err());
            assertTrue(o.err().startsWith("medsim: ") && o.err().strip().endsWith(" is a file, not a folder"), o.err());
            assertFalse(JAVA_NAME.matcher(o.err()).find(), "no Java names: " + o.err());
        }
        assertEquals("not a folder", Files.readString(file));
    }

    @Test
    void anEmptyPathIsBadInputInEveryCommandThatTakesOne() {
        String empty = "is an empty path (give a file or folder name)";
        List<List<String>> commands = List.of(
                List.of("run", small(), "--out", ""),
                List.of("run", ""),
                List.of("check", ""),
                List.of("validate", small(), "--out", ""),
                List.of("calibrate", small(), small(), "--out", ""),
                List.of("sweep", sweep(), "--out", ""),
                List.of("merge", dir.toString(), "--out", ""),
                List.of("slurm", sweep(), "--tasks", "1", "--out", ""));
        for (List<String> args : commands) {
            CliTest.Outcome o = CliTest.medsim(args.toArray(String[]::new));
            assertEquals(2, o.code(), args + ": " + o.err());
            String first = o.err().lines().findFirst().orElse("");
            assertTrue(first.equals("medsim " + args.get(0) + ": " + (args.get(1).isEmpty() ? args.get(0).equals("check") ? "FILE" : "SCENARIO" : "--out") + " " + empty), args + ": " + o.err());
            assertEquals(1, o.err().lines().count(), o.err());
        }
        assertFalse(Files.exists(Path.of("summary.csv")), "nothing written into the current folder");
    }

    /**
     * A disk that fills while a file is written, for real: Linux's /dev/full fails every write
     * with ENOSPC, and daily.csv's partial file is a link to it. The run's other files, already
     * written, go too: a failed run leaves nothing that looks like a result.
     */
    @Test
    void aDiskThatFillsUpIsOneLineAndLeavesTheFolderAsEmptyAsItWas() throws IOException {
        assumeTrue(Files.exists(Path.of("/dev/full")), "no /dev/full on this system");
        Path out = Files.createDirectories(dir.resolve("run"));
        Path target = out.resolve("daily.csv");
        Files.createSymbolicLink(AtomicFiles.partialFor(target), Path.of("/dev/full"));
        CliTest.Outcome o = CliTest.medsim("run", small(), "--days", "2", "--out", out.toString(), "-q");
        assertEnvironmentFailure(o, "medsim: cannot write " + target + ": no space left on device");
        assertEquals(List.of(), list(out), "no result and no partial file left");
    }

    /**
     * A full file system, for real where this process may mount one (root in a container that
     * allows it): a 64 KB tmpfs, too small for a 21-day run. Afterwards the file system is as
     * empty as before, and a shorter run fits and succeeds in the same folder.
     */
    @Test
    void aRunOnAFullFileSystemLeavesItEmptyAndTheFolderUsable() throws Exception {
        Path mount = Files.createDirectories(dir.resolve("tmpfs"));
        assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", mount.toString()) == 0, "cannot mount a tmpfs here (not root, or no privilege)");
        try {
            Path out = mount.resolve("run");
            long free = Files.getFileStore(mount).getUsableSpace();
            CliTest.Outcome o = CliTest.medsim("run", small(), "--out", out.toString(), "-q");
            assertEquals(1, o.code(), o.err());
            assertTrue(Pattern.matches("medsim: cannot write " + Pattern.quote(out.toString()) + "/[a-z]+\\.csv: no space left on device", o.err().strip()), o.err());
            assertEquals(List.of(), list(out));
            assertEquals(List.of(), openFilesUnder(mount), "a deleted file still open keeps its space");
            assertEquals(free, Files.getFileStore(mount).getUsableSpace(), "the file system is as empty as before");
            assertEquals(0, CliTest.medsim("run", small(), "--days", "1", "--out", out.toString(), "-q").code(), "a run that fits");
        } finally {
            if (run("umount", mount.toString()) != 0) run("umount", "-l", mount.toString()); // never leave a mount behind
        }
    }

    private static int run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!p.waitFor(30, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return -1;
        }
        return p.exitValue();
    }

    /** The files this process holds open under {@code dir}, from Linux's /proc/self/fd. */
    private static List<String> openFilesUnder(Path dir) throws IOException {
        try (var fds = Files.list(Path.of("/proc/self/fd"))) {
            return fds.map(fd -> {
                try {
                    return Files.readSymbolicLink(fd).toString();
                } catch (IOException e) {
                    return ""; // closed meanwhile (the listing's own descriptor)
                }
            }).filter(f -> f.startsWith(dir.toString())).toList();
        }
    }

    /** Every entry of a folder, hidden ones too, but its lock (an empty file that stays: see {@link medsim.record.FolderLock}). */
    static List<String> list(Path folder) throws IOException {
        try (var s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> !n.equals(medsim.record.OutputFolder.LOCK)).sorted().toList();
        }
    }
}
