package medsim.cli;

import static medsim.cli.CliTest.medsim;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import medsim.cli.CliTest.Outcome;
import medsim.model.TestRuns;

/**
 * The held-out guard: a scenario with a {@code heldOut} block (small-held-out.yaml, 21 days) is
 * simulated at most 7 days by the commands that simulate unless given --forecast, in one line
 * at the block with exit 2; {@code check} reads it; targets in one are refused where they are set.
 */
class HeldOutCommandTest {
    private static final String HELD_OUT = TestRuns.scenarioFile("small-held-out.yaml").toString();
    /** Where small-held-out.yaml sets its heldOut block (line 4, the flow mapping at column 10; the path as the command resolved it). */
    private static final String AT_THE_BLOCK = "small-held-out.yaml:4:10: heldOut says the scenario is held out (a test of the guard) until the test releases it: ";

    @TempDir
    Path dir;

    /** One line at the block naming the command and the days asked for, exit 2, nothing on stdout. */
    private static void refused(Outcome o, String command, int days) {
        String shorten = command.equals("sweep") || command.equals("slurm") ? "days: 7 in the sweep file" : "--days 7";
        refusedWith(o, "medsim " + command + " simulates at most 7 days of it (asked for " + days + "; e.g. " + shorten + "); pass --forecast to release its forecast");
    }

    /** As above, for validate and calibrate (which have no --forecast): a held-out scenario has no targets to compare with. */
    private static void refusedWhole(Outcome o, String command) {
        refusedWith(o, "it has no validation targets while held out, so medsim " + command
                + " has nothing to compare with; its forecast is medsim predict --forecast (medsim run --days 7 is the smoke test)");
    }

    private static void refusedWith(Outcome o, String tail) {
        assertEquals(2, o.code(), o.err());
        assertEquals(1, o.err().lines().count(), o.err());
        assertTrue(o.err().endsWith(AT_THE_BLOCK + tail + System.lineSeparator()), o.err());
        assertEquals("", o.out());
    }

    @Test
    void runRefusesMoreThanSevenDaysOfAHeldOutScenarioAndWritesNothing() {
        Path out = dir.resolve("run");
        refused(medsim("run", HELD_OUT, "--out", out.toString(), "-q"), "run", 21);
        refused(medsim("run", HELD_OUT, "--days", "8", "--out", out.toString(), "-q"), "run", 8);
        assertFalse(Files.exists(out), "refused before the output folder is made");
    }

    @Test
    void runSimulatesSevenDaysOfItOrTheWholePeriodWithForecast() {
        Outcome week = medsim("run", HELD_OUT, "--days", "7", "--out", dir.resolve("week").toString(), "-q");
        assertEquals(0, week.code(), week.err());
        assertTrue(week.out().contains("2016-06-01 to 2016-06-07"), week.out());
        Outcome all = medsim("run", HELD_OUT, "--forecast", "--out", dir.resolve("all").toString(), "-q");
        assertEquals(0, all.code(), all.err());
        assertTrue(all.out().contains("2016-06-01 to 2016-06-21"), all.out());
    }

    @Test
    void compareRefusesAHeldOutScenarioOnEitherSide() {
        refused(medsim("compare", HELD_OUT, "--replications", "2", "--out", dir.resolve("c").toString(), "-q"), "compare", 21);
        refused(medsim("compare", HELD_OUT, TestRuns.scenarioFile("small.yaml").toString(), "--replications", "2",
                "--out", dir.resolve("c").toString(), "-q"), "compare", 21);
        Outcome week = medsim("compare", HELD_OUT, "--replications", "2", "--days", "7", "--out", dir.resolve("w").toString(), "-q");
        assertEquals(0, week.code(), week.err());
    }

    @Test
    void predictRefusesMoreThanSevenDaysOfItAndReleasesTheForecastWithTheFlag() {
        Path out = dir.resolve("p");
        refused(medsim("predict", HELD_OUT, "--replications", "2", "--out", out.toString(), "-q"), "predict", 21);
        assertFalse(Files.exists(out), "refused before the output folder is made");
        Outcome week = medsim("predict", HELD_OUT, "--replications", "2", "--days", "7", "--out", dir.resolve("w").toString(), "-q");
        assertEquals(0, week.code(), week.err());
        Outcome all = medsim("predict", HELD_OUT, "--replications", "2", "--forecast", "--out", dir.resolve("all").toString(), "-q");
        assertEquals(0, all.code(), all.err());
        assertTrue(all.out().contains("2016-06-01 to 2016-06-21"), all.out());
    }

    @Test
    void sweepRefusesAHeldOutScenarioOverItsWholePeriod() {
        Path out = dir.resolve("sweep");
        refused(medsim("sweep", Path.of("src", "test", "resources", "sweeps", "small-held-out.yaml").toString(), "--out", out.toString(), "-q"),
                "sweep", 21);
        assertFalse(Files.exists(out), "refused before the output folder is made");
    }

    @Test
    void slurmRefusesAHeldOutSweepAndWithForecastPassesItToEveryShard() throws java.io.IOException {
        String sweep = Path.of("src", "test", "resources", "sweeps", "small-held-out.yaml").toString();
        refused(medsim("slurm", sweep, "--tasks", "2", "--max-array-size", "100", "--out", dir.resolve("refused").toString()), "slurm", 21);
        Path cluster = dir.resolve("cluster");
        Outcome o = medsim("slurm", sweep, "--tasks", "2", "--max-array-size", "100", "--out", cluster.toString(), "--forecast");
        assertEquals(0, o.code(), o.err());
        String script = Files.readString(cluster.resolve("slurm").resolve("shards-0-1.sbatch"));
        assertTrue(script.contains(" -q --forecast\n"), "each shard's sweep releases the forecast too: " + script);
    }

    @Test
    void validateAndCalibrateRefuseAHeldOutScenario() {
        refusedWhole(medsim("validate", HELD_OUT, "--replications", "2", "--out", dir.resolve("v").toString(), "-q"), "validate");
        refusedWhole(medsim("calibrate", HELD_OUT, TestRuns.scenarioFile("small-calibration.yaml").toString(), "--out", dir.resolve("k").toString(), "-q"),
                "calibrate");
        // they have no --forecast: it could not help (a held-out scenario has no targets)
        Outcome o = medsim("validate", HELD_OUT, "--replications", "2", "--out", dir.resolve("v").toString(), "-q", "--forecast");
        assertEquals(2, o.code(), o.err());
        assertTrue(o.err().contains("--forecast") && o.err().lines().count() <= 2, o.err());
    }

    @Test
    void checkReadsAHeldOutScenario() {
        Outcome o = medsim("check", HELD_OUT);
        assertEquals(0, o.code(), o.err());
        assertTrue(o.out().startsWith(HELD_OUT + ": ok"), o.out());
    }

    @Test
    void validationTargetsInAHeldOutScenarioAreRefusedWhereTheyAreSet() {
        String withTargets = TestRuns.scenarioFile("small-held-out-with-targets.yaml").toString();
        // At the first target's body, in the file that sets it (line 8, column 5 of small-with-targets.yaml).
        String expected = "small-with-targets.yaml:8:5: validation.departures is a validation target, but the scenario is held out (heldOut at "
                + withTargets + ":3): its outcomes are the out-of-sample test, never a target before its forecast is released (the test releases it)";
        for (String command : new String[] {"check", "validate"}) {
            Outcome o = medsim(command, withTargets);
            assertEquals(2, o.code(), command + ": " + o.err());
            assertEquals(1, o.err().lines().count(), o.err());
            assertTrue(o.err().contains(expected), command + ": " + o.err());
        }
    }
}
