package medsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchService;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A sweep killed with SIGKILL and resumed, and a sweep run as shards and merged, write the
 * very bytes of an uninterrupted sweep: every metric read back from a journal is the number
 * that was measured. The sweeps have metrics that are not whole numbers (a rate, a mean
 * distance), which is where a lossy number format shows.
 */
class SweepByteIdentityTest {
    private static final String MORRIS = "small-morris-rates.yaml", SALTELLI = "small-saltelli-rates.yaml";

    @TempDir
    Path dir;

    private static String sweep(String name) {
        return Path.of("src", "test", "resources", "sweeps", name).toString();
    }

    private static List<String> files(String sweepFile) {
        return List.of("runs.csv", "points.csv", sweepFile.equals(MORRIS) ? "morris.csv" : "sobol.csv");
    }

    private static void assertSameBytes(Path expected, Path actual, String file) throws IOException {
        String a = Files.readString(expected.resolve(file), StandardCharsets.UTF_8);
        String b = Files.readString(actual.resolve(file), StandardCharsets.UTF_8);
        if (a.equals(b)) return;
        List<String> la = a.lines().toList(), lb = b.lines().toList();
        for (int i = 0; i < Math.min(la.size(), lb.size()); i++) {
            if (!la.get(i).equals(lb.get(i))) fail(file + " differs at line " + (i + 1) + ":\n  " + la.get(i) + "\n  " + lb.get(i));
        }
        fail(file + " differs in length: " + la.size() + " vs " + lb.size() + " lines");
    }

    /** The uninterrupted sweeps, run once for all the tests. */
    @TempDir
    static Path wholeSweeps;

    @BeforeAll
    static void runUninterruptedSweeps() {
        for (String f : List.of(MORRIS, SALTELLI)) {
            CliTest.Outcome o = CliTest.medsim("sweep", sweep(f), "--out", uninterrupted(f).toString(), "--threads", "2", "-q");
            assertEquals(0, o.code(), o.err());
        }
    }

    private static Path uninterrupted(String sweepFile) {
        return wholeSweeps.resolve(sweepFile);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({MORRIS, SALTELLI})
    void aSweepKilledWithSigkillThenResumedWritesTheBytesOfAnUninterruptedOne(String sweepFile) throws Exception {
        Path whole = uninterrupted(sweepFile);
        Path killed = dir.resolve("killed");
        int journalled = killPartWay(sweepFile, killed);

        CliTest.Outcome resumed = CliTest.medsim("sweep", sweep(sweepFile), "--out", killed.toString(), "--threads", "2", "-q");
        assertEquals(0, resumed.code(), resumed.err());
        for (String f : files(sweepFile)) assertSameBytes(whole, killed, f);
        assertTrue(resumed.out().contains("resuming: " + journalled + " of "), resumed.out());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({MORRIS, SALTELLI})
    void aSweepRunAsShardsThenMergedWritesTheBytesOfASingleMachineSweep(String sweepFile) throws IOException {
        Path whole = uninterrupted(sweepFile);
        List<String> args = new ArrayList<>(List.of("merge"));
        for (int k = 0; k < 3; k++) {
            Path s = dir.resolve("shard" + k);
            CliTest.Outcome o = CliTest.medsim("sweep", sweep(sweepFile), "--shard", k + "/3", "--out", s.toString(), "-q");
            assertEquals(0, o.code(), o.err());
            args.add(s.toString());
        }
        Path merged = dir.resolve("merged");
        args.addAll(List.of("--out", merged.toString()));
        CliTest.Outcome o = CliTest.medsim(args.toArray(String[]::new));
        assertEquals(0, o.code(), o.err());
        for (String f : files(sweepFile)) assertSameBytes(whole, merged, f);
    }

    @Test
    void aResumedSweepSaysHowManyRunsWereDoneAndRatesOnlyTheRunsItRan() throws IOException {
        int total = 36, journalled = 10; // 6 trajectories x (2 parameters + 1) points x 2 replications
        Path resumedDir = dir.resolve("resumed");
        Files.createDirectories(resumedDir);
        Path whole = uninterrupted(MORRIS);
        Files.copy(whole.resolve("sweep.json"), resumedDir.resolve("sweep.json"));
        List<String> journal = Files.readAllLines(whole.resolve("journal.csv"), StandardCharsets.UTF_8);
        Files.write(resumedDir.resolve("journal.csv"), journal.subList(0, 1 + journalled), StandardCharsets.UTF_8);

        CliTest.Outcome resumed = CliTest.medsim("sweep", sweep(MORRIS), "--out", resumedDir.toString(), "--threads", "1", "-q");
        assertEquals(0, resumed.code(), resumed.err());
        assertTrue(resumed.out().contains("resuming: " + journalled + " of " + total + " runs already done\n"), resumed.out());
        int ran = total - journalled;
        Matcher m = Pattern.compile("\\((\\d+) runs in ([0-9.]+) s, ([0-9.]+) runs/s\\)").matcher(resumed.out());
        assertTrue(m.find(), resumed.out());
        assertEquals(ran, Integer.parseInt(m.group(1)), "the closing line counts the runs of this attempt: " + resumed.out());
        // The rate is the runs of this attempt over its time; both are printed rounded (0.05 s, 0.005 runs/s).
        double seconds = Double.parseDouble(m.group(2)), rate = Double.parseDouble(m.group(3));
        assertTrue(rate + 0.005 >= ran / (seconds + 0.05), resumed.out());
        if (seconds > 0.05) assertTrue(rate - 0.005 <= ran / (seconds - 0.05), resumed.out());
        assertSameBytes(whole, resumedDir, "points.csv");

        CliTest.Outcome again = CliTest.medsim("sweep", sweep(MORRIS), "--out", resumedDir.toString(), "-q");
        assertEquals(0, again.code(), again.err());
        assertTrue(again.out().contains("resuming: " + total + " of " + total + " runs already done\n"), again.out());
        assertTrue(again.out().contains("(0 runs in "), again.out());

        CliTest.Outcome shard = CliTest.medsim("sweep", sweep(MORRIS), "--shard", "1/4", "--out", dir.resolve("shard").toString(), "-q");
        assertEquals(0, shard.code(), shard.err());
        assertFalse(shard.out().contains("resuming"), "a new sweep resumes nothing: " + shard.out());
        assertTrue(shard.out().contains("(9 runs in "), shard.out());
    }

    /**
     * Starts the sweep in a JVM of its own, waits (on file events, with a generous bound) until
     * its journal holds a quarter of the runs, and kills it with SIGKILL. Returns the runs it
     * journalled.
     */
    private int killPartWay(String sweepFile, Path out) throws Exception {
        int total = sweepFile.equals(MORRIS) ? 36 : 32;
        Files.createDirectories(out);
        Path journal = out.resolve("journal.csv");
        Path log = dir.resolve("killed.log");
        try (WatchService watcher = FileSystems.getDefault().newWatchService()) {
            out.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY);
            Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), "medsim.cli.MedsimCommand",
                    "sweep", sweep(sweepFile), "--out", out.toString(), "--threads", "1", "-q")
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (runsJournalled(journal) < total / 4 && p.isAlive() && System.nanoTime() < deadline) {
                var key = watcher.poll(1, TimeUnit.SECONDS); // wakes on the journal's next write
                if (key != null) {
                    key.pollEvents();
                    key.reset();
                }
            }
            boolean alive = p.isAlive();
            p.destroyForcibly().waitFor(); // SIGKILL: no shutdown hook, no flush
            assertTrue(alive, "the sweep was still running when killed: " + Files.readString(log));
        }
        int journalled = runsJournalled(journal);
        assertTrue(journalled >= total / 4 && journalled < total, "killed part-way: " + journalled + " of " + total + " runs journalled");
        return journalled;
    }

    /** Complete lines after the header (a line torn by the kill does not count). */
    private static int runsJournalled(Path journal) throws IOException {
        if (!Files.exists(journal)) return 0;
        String text = Files.readString(journal, StandardCharsets.UTF_8);
        return (int) Math.max(0, text.chars().filter(c -> c == '\n').count() - 1);
    }
}
