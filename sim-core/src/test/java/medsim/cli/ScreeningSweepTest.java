package medsim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A screening sweep ({@code factors: {registry: FILE}}) from the command line: the tiny
 * screening of the small scenario end to end, the same files at any thread count, and its
 * bad input refused in one line with exit code 2.
 */
class ScreeningSweepTest {
    @TempDir
    Path dir;

    private static final String SWEEP = Path.of("src", "test", "resources", "sweeps", "small-screening.yaml").toString();
    private static final Path RESOURCES = Path.of("src", "test", "resources").toAbsolutePath();

    @Test
    void aScreeningWritesMorrisStatisticsByEntryAndTheDecisionFileTheSameAtOneAndTwoThreads() throws IOException {
        Path one = dir.resolve("one"), two = dir.resolve("two");
        CliTest.Outcome o = CliTest.medsim("sweep", SWEEP, "--out", one.toString(), "--threads", "1", "-q");
        assertEquals(0, o.code(), o.err());
        assertTrue(o.out().contains("morris design, 20 points x 1 replication = 20 runs"), o.out());
        assertTrue(o.out().contains("runs.csv, points.csv, morris.csv, screening.csv"), o.out());
        assertEquals(0, CliTest.medsim("sweep", SWEEP, "--out", two.toString(), "--threads", "2", "-q").code());
        for (String f : List.of("runs.csv", "points.csv", "morris.csv", "screening.csv")) {
            assertArrayEquals(Files.readAllBytes(one.resolve(f)), Files.readAllBytes(two.resolve(f)), f);
        }
        List<String> runs = Files.readAllLines(one.resolve("runs.csv"));
        assertEquals("run_id,point,replication,seed,dinghy-capsize-hazard,mrcc-response-limit,ship-count,"
                + "dead_missing,validation.share-sophia,validation.departures,status,error", runs.get(0));
        List<String> morris = Files.readAllLines(one.resolve("morris.csv"));
        assertEquals(1 + 3 * 3, morris.size(), "three factors times three metrics");
        assertTrue(morris.get(1).startsWith("dinghy-capsize-hazard,dead_missing,"), morris.get(1));
        List<String> screening = Files.readAllLines(one.resolve("screening.csv"));
        assertEquals("entry,fields,factor,dead_missing_mu_star_upper_share,validation.share-sophia_mu_star_upper_share,"
                + "validation.departures_mu_star_upper_share,decision,note", screening.get(0));
        assertEquals(8, screening.size(), "a row per registry entry");
        for (String row : screening.subList(1, 4)) assertTrue(row.matches("[a-z-]+,\\d+,[a-z-]+,[^,]+,[^,]+,[^,]+,(calibrate|fix),.*"), row);
        assertTrue(screening.contains("dinghy-speed,1,,,,,cite,\"observable: a fact to cite, never calibrated\""), screening.toString());
        assertTrue(screening.contains("lcg-availability,0,,,,,absent,covers no number of the scenario"), screening.toString());
    }

    @Test
    void aScreeningSweepIsCheckedByMedsimCheck() {
        CliTest.Outcome o = CliTest.medsim("check", SWEEP);
        assertEquals(0, o.code(), o.err());
        assertTrue(o.out().contains("ok (sweep of Small test scenario: morris design, 20 points x 1 replication = 20 runs)"), o.out());
    }

    /** Writes a screening sweep of the small scenario with this factors block and metrics; it must be refused in one line, exit 2. */
    private String refused(String factors, String design, String metrics) throws IOException {
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, "scenario: " + RESOURCES.resolve("scenarios/small-with-targets.yaml") + "\ndays: 2\n"
                + "design: " + design + "\nfactors: " + factors + "\nmetrics: " + metrics + "\n");
        CliTest.Outcome o = CliTest.medsim("check", bad.toString());
        assertEquals(2, o.code(), o.err());
        assertEquals(1, o.err().strip().lines().count(), o.err());
        assertFalse(o.err().contains("Exception") || o.err().contains("\tat "), "no stack trace: " + o.err());
        return o.err().strip().replace(bad.toString(), "bad.yaml").replace(RESOURCES.toString(), "RES").replace(dir.toString(), "DIR");
    }

    @Test
    void badScreeningInputIsOneLineAtItsPlace() throws IOException {
        String morris = "{type: morris, points: 5}", registry = "{registry: " + RESOURCES.resolve("registry/small.yaml");
        assertEquals("bad.yaml:4:21: factors.registry names a registry that does not exist: DIR/nowhere.yaml",
                refused("{registry: nowhere.yaml}", morris, "[dead_missing]"));
        assertEquals("bad.yaml:3:32: design.points must be at least 5 with factors from a registry: fewer trajectories give no bootstrap interval on mu*",
                refused(registry + "}", "{type: morris, points: 4}", "[dead_missing]"));
        assertEquals("bad.yaml:3:16: design.type must be morris with factors from a registry (got latin-hypercube)",
                refused(registry + "}", "{type: latin-hypercube, points: 5}", "[dead_missing]"));
        assertTrue(refused(registry + ", exclude: {no-such-entry: typo}}", morris, "[dead_missing]")
                .matches("bad\\.yaml:4:\\d+: factors\\.exclude\\.no-such-entry is no-such-entry, not an entry of the registry RES/registry/small\\.yaml"));
        assertTrue(refused(registry + ", together: {pair: [ship-count, dinghy-speed]}}", morris, "[dead_missing]")
                .matches("bad\\.yaml:4:\\d+: factors\\.together\\.pair\\[1\\] is not a factor \\(cite: observable: a fact to cite, never calibrated\\), so it cannot be screened together with others"));
        assertTrue(refused(registry + "}", morris, "[validation.no-such-target]")
                .startsWith("bad.yaml:5:11: metrics[0] is \"validation.no-such-target\", but the scenario has no validation target no-such-target (its targets: departures, share-sophia, monthly)"));
        Path reg = dir.resolve("registry.yaml");
        Files.writeString(reg, "facts: {}\nparameters:\n  x:\n    paths: [\"boatTypes.*.capsizeHazardPerHour\"]\n    prior: {min: 0.001, max: 2}\n    rationale: assumption\n");
        assertEquals("DIR/registry.yaml:4:5: boatTypes.rubber-dinghy.capsizeHazardPerHour must be <= 1 (got 2) (checking bad.yaml)",
                refused("{registry: " + reg + "}", morris, "[dead_missing]"));
    }
}
