package medsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import medsim.model.TestRuns;

/**
 * {@code medsim calibrate --resume} and {@code --shard K/N} with {@code method: abc-smc} on the
 * small behaviour scenario: a resumed or sharded calibration leaves the files of one
 * uninterrupted process, byte for byte.
 */
class CalibrateResumeAndShardsTest {
    /** The files that must be the same bytes however the calibration ran (calibration.json differs in its wall time). */
    static final List<String> RESULTS = List.of("abc-smc.csv", "posterior.csv", "posterior-summary.csv", "calibrated.yaml", "fit.csv");

    /** The calibration file, and the folder of its uninterrupted run in one process, shared by the tests. */
    @TempDir
    static Path shared;
    static Path whole;

    @TempDir
    Path dir;

    /** The calibration file; a test that changes it changes its own copy ({@link #ownCalibrationFile}). */
    Path cal;

    static String scenario() {
        return TestRuns.scenarioFile("small-behaviour-inflow-only.yaml").toString();
    }

    @BeforeAll
    static void uninterrupted() throws IOException {
        Path file = shared.resolve("abc.yaml");
        Files.writeString(file, """
                method: abc-smc
                particles: 4
                generations: 2
                maxEvaluations: 40
                replications: 1
                seed: 5
                parameters:
                  departures.inflowPeoplePerDay: {min: 200, max: 3000}
                """);
        whole = shared.resolve("whole");
        CliTest.Outcome o = CliTest.medsim("calibrate", scenario(), file.toString(), "--out", whole.toString(), "-q", "--threads", "2");
        assertEquals(0, o.code(), o.err());
        assertTrue(o.out().startsWith("ABC-SMC: "), "an uninterrupted run reads nothing from a journal: " + o.out());
    }

    @BeforeEach
    void calibrationFile() {
        cal = shared.resolve("abc.yaml");
    }

    void ownCalibrationFile() throws IOException {
        cal = Files.copy(shared.resolve("abc.yaml"), dir.resolve("abc.yaml"));
    }

    CliTest.Outcome calibrate(Path out, String... more) {
        List<String> args = new ArrayList<>(List.of("calibrate", scenario(), cal.toString(), "--out", out.toString(), "-q"));
        args.addAll(List.of(more));
        return CliTest.medsim(args.toArray(new String[0]));
    }

    static void assertSameResults(Path expected, Path actual) throws IOException {
        for (String f : RESULTS) assertEquals(Files.readString(expected.resolve(f)), Files.readString(actual.resolve(f)), f);
    }

    /** The journals' lines past their two header lines, from every shard. */
    static List<String> journalLines(Path out) throws IOException {
        List<String> lines = new ArrayList<>();
        try (var files = Files.list(out)) {
            for (Path j : files.filter(p -> p.getFileName().toString().startsWith("abc-journal-")).sorted().toList()) {
                List<String> all = Files.readAllLines(j);
                lines.addAll(all.subList(2, all.size()));
            }
        }
        return lines;
    }

    @Test
    void aCalibrationKilledPartWayResumesFromItsJournalToTheUninterruptedFiles() throws IOException {
        List<String> journal = Files.readAllLines(whole.resolve("abc-journal-0.csv"));

        // What a kill leaves: the journal's first lines, one torn, and the files of the generations before it.
        Path killed = dir.resolve("killed");
        Files.createDirectories(killed);
        int kept = 2 + 5;
        Files.writeString(killed.resolve("abc-journal-0.csv"), String.join("\n", journal.subList(0, kept)) + "\n" + journal.get(kept).substring(0, 5),
                StandardCharsets.UTF_8);
        Files.copy(whole.resolve("abc-smc.csv"), killed.resolve("abc-smc.csv"));
        CliTest.Outcome o = calibrate(killed, "--resume", "--threads", "1");
        assertEquals(0, o.code(), o.err());
        int simulations = journal.size() - 2;
        assertTrue(o.out().startsWith((simulations - 5) + " simulations simulated here, 5 simulations taken from the journals in " + killed + "\n"), o.out());
        assertSameResults(whole, killed);
        assertEquals(journal.size(), Files.readAllLines(killed.resolve("abc-journal-0.csv")).size(), "every simulation once in the journal, the torn line gone");
        String json = Files.readString(killed.resolve("calibration.json"));
        assertTrue(json.contains("\"simulations\": " + simulations + ",") && json.contains("\"complete\": true"), json);
    }

    @Test
    void twoShardProcessesRunningAtOnceLeaveTheFilesOfOneProcessAndSimulateEachProposalOnce() throws IOException, InterruptedException {
        Path shards = dir.resolve("shards");
        // Shard 1 in a JVM of its own (two shards in one JVM cannot both hold the folder's lock), shard 0 in this one.
        Process other = ChildJvmTest.medsim(List.of(), List.of("calibrate", scenario(), cal.toString(), "--out", shards.toString(), "-q", "--threads", "1", "--shard", "1/2"))
                .redirectOutput(dir.resolve("shard-1.out").toFile()).redirectErrorStream(true).start();
        CliTest.Outcome zero;
        try {
            zero = calibrate(shards, "--threads", "1", "--shard", "0/2");
        } finally {
            assertTrue(other.waitFor(120, TimeUnit.SECONDS), "shard 1 did not end");
        }
        assertEquals(0, zero.code(), zero.err());
        assertEquals(0, other.exitValue(), Files.readString(dir.resolve("shard-1.out")));
        assertSameResults(whole, shards);
        assertTrue(Files.readString(dir.resolve("shard-1.out")).startsWith("shard 1/2: "), Files.readString(dir.resolve("shard-1.out")));
        List<String> lines = journalLines(shards);
        Set<String> proposals = new HashSet<>();
        for (String l : lines) assertTrue(proposals.add(l.substring(0, l.indexOf(',', l.indexOf(',') + 1))), "simulated twice: " + l);
        assertEquals(journalLines(whole).size(), lines.size(), "each proposal simulated exactly once across the shards");
        List<String> odd = Files.readAllLines(shards.resolve("abc-journal-1.csv"));
        for (String l : odd.subList(2, odd.size())) {
            assertEquals(1, Integer.parseInt(l.split(",")[1]) % 2, "shard 1 simulates the odd proposals: " + l);
        }
    }

    /** A new folder under the test's, {@code name}, holding a copy of the uninterrupted calibration's files. */
    private Path copyOfTheWholeRun(String name) throws IOException {
        Path out = dir.resolve(name);
        Files.createDirectories(out);
        try (var files = Files.list(whole)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) Files.copy(f, out.resolve(f.getFileName()));
        }
        return out;
    }

    @Test
    void aResumeThatRefusesAJournalLineItReplaysPutsTheResultsBack() throws IOException {
        Path out = copyOfTheWholeRun("tampered");
        Map<String, String> before = new TreeMap<>();
        List<String> results = new ArrayList<>(RESULTS);
        results.add("calibration.json");
        for (String f : results) {
            before.put(f, Files.readString(out.resolve(f)));
        }
        // The first recorded proposal with another key: found only when the run replays it, after the results were replaced.
        Path journal = out.resolve("abc-journal-0.csv");
        List<String> lines = new ArrayList<>(Files.readAllLines(journal));
        String[] f = lines.get(2).split(",", -1);
        f[2] = Long.toString(Long.parseLong(f[2]) + 1);
        lines.set(2, String.join(",", f));
        Files.write(journal, lines);
        CliTest.Outcome o = calibrate(out, "--resume");
        assertEquals(2, o.code(), o.err());
        assertTrue(o.err().startsWith(journal + ":3:1: records proposal"), o.err());
        for (Map.Entry<String, String> e : before.entrySet()) assertEquals(e.getValue(), Files.readString(out.resolve(e.getKey())), e.getKey() + " put back");
    }

    @Test
    void aResumeIsRefusedWhenTheCalibrationFileChangedAndChangesNothing() throws IOException {
        Path out = copyOfTheWholeRun("out");
        String posterior = Files.readString(out.resolve("posterior.csv"));
        ownCalibrationFile();
        Files.writeString(cal, Files.readString(cal).replace("seed: 5", "seed: 6"));
        CliTest.Outcome o = calibrate(out, "--resume");
        assertEquals(2, o.code());
        assertEquals(1, o.err().strip().split("\n").length, o.err());
        assertTrue(o.err().startsWith(out.resolve("abc-journal-0.csv") + ":1:1: is the journal of another calibration: the calibration file changed since it was written"), o.err());
        assertEquals(posterior, Files.readString(out.resolve("posterior.csv")), "nothing changed");
    }

    @Test
    void badShardsAndResumesAreRefusedInOneLine() throws IOException {
        Path out = dir.resolve("out");
        CliTest.Outcome o = calibrate(out, "--shard", "2/2");
        assertEquals(2, o.code());
        assertEquals("--shard must be K/N with 0 <= K < N (got 2/2)", o.err().strip());
        o = calibrate(out, "--resume");
        assertEquals(2, o.code());
        assertEquals(out + ": holds no ABC-SMC journal (abc-journal-0.csv) to resume from; start the calibration without --resume", o.err().strip());
        assertFalse(Files.exists(out), "refused before anything is written: not even the folder or its lock");
        o = calibrate(out, "--shard", "0/2", "--shard-wait", "6 hours");
        assertEquals(2, o.code());
        assertEquals("--shard-wait must be a whole number of s, m, h or d, as 90s, 30m, 6h or 2d (got 6 hours)", o.err().strip());
        o = calibrate(out, "--shard-wait", "90s");
        assertEquals(2, o.code());
        assertEquals("--shard-wait is for --shard K/N (a calibration without shards waits for no one)", o.err().strip());
        o = calibrate(out, "--shard", "0/2", "--shard-wait", "0s");
        assertEquals(2, o.code());
        assertEquals("--shard-wait must be more than 0 (got 0s)", o.err().strip());
        assertFalse(Files.exists(out), "refused before anything is written");
        ownCalibrationFile();
        Files.writeString(cal, Files.readString(cal).replace("method: abc-smc", "method: cmaes").replace("particles: 4\ngenerations: 2\n", ""));
        o = calibrate(out, "--resume");
        assertEquals(2, o.code());
        assertEquals(cal + ": --resume is for method: abc-smc (a CMA-ES calibration starts over)", o.err().strip());
    }

    @Test
    void aShardWhoseOthersNeverComeStopsAfterItsWaitNamingThem() throws IOException {
        Path out = dir.resolve("out");
        CliTest.Outcome o = calibrate(out, "--shard", "1/3", "--shard-wait", "1s");
        assertEquals(1, o.code());
        assertEquals("medsim: shard 1/3 waited longer than --shard-wait 1s for shards 0 and 2 to record their proposals of generation 0 in " + out
                + " (are they running?); resume with --resume once they are", o.err().strip());
        assertEquals(2 + 1, Files.readAllLines(out.resolve("abc-journal-1.csv")).size(), "its own share of the first batch is kept: proposal 1");
    }
}
