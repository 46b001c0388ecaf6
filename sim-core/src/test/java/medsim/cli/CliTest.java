package medsim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import medsim.experiment.RunsFailedException;
import medsim.model.TestRuns;

class CliTest {
    @TempDir
    Path dir;

    record Outcome(int code, String out, String err) {}


    static Outcome medsim(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = MedsimCommand.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Outcome(code, out.toString(), err.toString());
    }

    private static String small() {
        return TestRuns.scenarioFile("small.yaml").toString();
    }

    @Test
    void aRunWritesItsFiveFilesAndNoPartialOnes() throws IOException {
        Path out = dir.resolve("run");
        Outcome o = medsim("run", small(), "--days", "3", "--out", out.toString(), "-q");
        assertEquals(0, o.code(), o.err());
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(List.of(".medsim.lock", "assets.csv", "daily.csv", "events.csv", "run.json", "search.csv", "sightings.csv", "summary.csv"),
                    files.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList()), "the seven files, and the folder's empty lock file");
        }
        List<String> summary = Files.readAllLines(out.resolve("summary.csv"));
        assertEquals(2, summary.size());
        assertTrue(summary.get(0).startsWith("scenario_name,inputs_sha256,start,end,days,seed,departed_people,"), summary.get(0));
    }

    @Test
    void aRunSaysWhichResolvedInputsAndWhichBuildMadeIt() throws IOException {
        Path out = dir.resolve("run");
        assertEquals(0, medsim("run", TestRuns.scenarioFile("small-with-targets.yaml").toString(), "--days", "2", "--seed", "7", "--out", out.toString(), "-q").code());
        String digest = medsim.scenario.ScenarioLoader.load(TestRuns.scenarioFile("small-with-targets.yaml")).sources().digest();
        List<String> row = List.of(Files.readAllLines(out.resolve("summary.csv")).get(1).split(","));
        assertEquals(List.of("Small test scenario", digest, "2016-06-01", "2016-06-02", "2", "7"), row.subList(0, 6),
                "each row names its scenario, resolved inputs, period, --days and seed");
        String json = Files.readString(out.resolve("run.json"));
        assertTrue(json.contains("\"inputs_sha256\": \"" + digest + "\""), json);
        assertTrue(json.contains("\"build_id\": \"" + medsim.provenance.BuildInfo.current().id() + "\""), json);
        assertTrue(json.contains("\"days\": 2,"), json);
        for (String role : List.of("scenario", "extends", "facts", "land")) assertTrue(json.contains("{\"role\": \"" + role + "\", \"path\": \""), role + " in " + json);

        Path oneDay = dir.resolve("one-day.yaml");
        Files.writeString(oneDay, "extends: " + TestRuns.scenarioFile("small.yaml").toAbsolutePath() + "\nperiod: {start: 2016-06-01, end: 2016-06-01}\n");
        Path whole = dir.resolve("whole");
        assertEquals(0, medsim("run", oneDay.toString(), "--out", whole.toString(), "-q").code());
        List<String> wholeRow = List.of(Files.readAllLines(whole.resolve("summary.csv")).get(1).split(",", -1));
        assertEquals(List.of("2016-06-01", "2016-06-01", ""), wholeRow.subList(2, 5), "without --days the days column is empty");
        assertTrue(Files.readString(whole.resolve("run.json")).contains("\"days\": null,"));
    }

    @Test
    void theSameSeedGivesByteIdenticalOutputsAndAnotherSeedDoesNot() throws IOException {
        Path a = dir.resolve("a"), b = dir.resolve("b"), c = dir.resolve("c");
        for (Path p : List.of(a, b)) assertEquals(0, medsim("run", small(), "--days", "6", "--seed", "42", "--out", p.toString(), "-q").code());
        assertEquals(0, medsim("run", small(), "--days", "6", "--seed", "43", "--out", c.toString(), "-q").code());
        for (String f : List.of("summary.csv", "daily.csv", "events.csv", "assets.csv")) {
            assertArrayEquals(Files.readAllBytes(a.resolve(f)), Files.readAllBytes(b.resolve(f)), f);
        }
        assertEquals(withoutTimings(a), withoutTimings(b), "run.json differs only in wall time");
        assertNotEquals(Files.readString(a.resolve("events.csv")), Files.readString(c.resolve("events.csv")));
    }

    private static List<String> withoutTimings(Path run) throws IOException {
        return Files.readAllLines(run.resolve("run.json")).stream()
                .filter(l -> !l.contains("wall_seconds") && !l.contains("per_second")).collect(Collectors.toList());
    }

    @Test
    void aNonEmptyOutputFolderIsRefusedAndLeftAlone() throws IOException {
        Path out = Files.createDirectories(dir.resolve("full"));
        Files.writeString(out.resolve("summary.csv"), "precious");
        Outcome o = medsim("run", small(), "--days", "1", "--out", out.toString());
        assertEquals(2, o.code());
        assertEquals(out + ": --out folder is not empty (use --force to replace medsim's files in it)", o.err().strip());
        assertEquals("precious", Files.readString(out.resolve("summary.csv")));
        assertEquals(0, medsim("run", small(), "--days", "1", "--out", out.toString(), "--force", "-q").code());
        assertNotEquals("precious", Files.readString(out.resolve("summary.csv")));
    }

    @Test
    void badInputGivesOneLineAndExitCodeTwo() {
        assertBad(medsim("run", small(), "--bogus"), "medsim run: unknown option \"--bogus\" (medsim run --help lists them)");
        assertBad(medsim("run", dir.resolve("nope.yaml").toString()), dir.resolve("nope.yaml") + ": no such file");
        assertBad(medsim("run", small(), "--seed", "-1"), "--seed must be between 0 and 2147483647 (got -1)");
        assertBad(medsim("run", small(), "--seed", "x"), "medsim run: --seed must be a whole number (got \"x\")");
        assertBad(medsim("run", small(), "--days", "0"), "--days must be between 1 and 21, the scenario's period (got 0)");
        assertBad(medsim(), "medsim: a command is required (medsim --help lists them)");
    }

    private static void assertBad(Outcome o, String firstLine) {
        assertEquals(2, o.code(), o.err());
        assertEquals(firstLine, o.err().lines().findFirst().orElse(""));
        assertFalse(o.err().contains("\tat "), "no stack trace");
    }

    @Test
    void validateWritesItsTableAndRefusesAScenarioWithoutTargets() throws IOException {
        Path out = dir.resolve("val");
        Outcome o = medsim("validate", TestRuns.scenarioFile("small-behaviour-with-targets.yaml").toString(), "--replications", "2", "--out", out.toString(), "-q");
        assertEquals(0, o.code(), o.err());
        assertTrue(o.out().contains("departures"), o.out());
        List<String> csv = Files.readAllLines(out.resolve("validation.csv"));
        assertEquals(4, csv.size(), "header and three targets");
        assertTrue(csv.get(2).contains("rescues.ngo.share.2016 x 0.01"), "the observed value names its facts: " + csv.get(2));
        String json = Files.readString(out.resolve("validation.json"));
        for (String field : List.of("\"build_id\"", "\"scenario_name\": \"Small test scenario, behaviour mode\"", "\"inputs_sha256\"", "\"base_seed\": 1",
                "\"replications\": 2", "\"seeds\": [", "\"posterior\": null")) {
            assertTrue(json.contains(field), "validation.json says where the table came from: " + field + " in " + json);
        }
        assertFalse(json.contains("wall_seconds"), "no timing: the same validation, the same bytes");
        assertBad(medsim("validate", small(), "--out", out.toString()), small() + ": has no validation section: nothing to compare with");
        assertBad(medsim("validate", small(), "--replications", "0"), "--replications must be between 1 and 10000 (got 0)");
    }

    /** A count flag is bounded before any work: 2,000,000,000 replications ran (and overflowed a count) until the process was killed. */
    @Test
    void replicationCountsAndShardsOutsideTheirBoundsAreRefusedBeforeAnyRun() {
        Path out = dir.resolve("never");
        assertBad(medsim("validate", TestRuns.scenarioFile("small-with-targets.yaml").toString(), "--replications", "2000000000", "--out", out.toString()),
                "--replications must be between 1 and 10000 (got 2000000000)");
        assertBad(medsim("compare", small(), small(), "--replications", "10001", "--out", out.toString()), "--replications must be between 1 and 10000 (got 10001)");
        for (String shard : List.of("-0/1", "+0/1", "0/+1", " 0/1")) {
            assertBad(medsim("sweep", Path.of("src/test/resources/sweeps/small-csv.yaml").toString(), "--shard", shard, "--out", out.toString()),
                    "--shard must be K/N with 0 <= K < N (got " + shard + ")");
        }
        assertFalse(Files.exists(out), "nothing written");
    }

    /** The line validate, check and calibrate give for small-with-targets.yaml's first target, which its schedule sets. */
    private static String scheduledTargetRefused(String scheduled) {
        return scheduled + ":9:13: validation.departures compares departed_people with the record, but departures.mode is schedule,"
                + " whose plan sets it; a target on it needs departures.mode: behaviour";
    }

    @Test
    void validateRefusesTargetsOnWhatTheDepartureScheduleSets() {
        String scheduled = TestRuns.scenarioFile("small-with-targets.yaml").toString();
        assertBad(medsim("validate", scheduled, "--replications", "1", "--out", dir.resolve("val").toString(), "-q"), scheduledTargetRefused(scheduled));
        assertFalse(Files.exists(dir.resolve("val")), "refused before any run or folder");
    }

    @Test
    void checkRefusesTargetsOnWhatTheDepartureScheduleSets() {
        String scheduled = TestRuns.scenarioFile("small-with-targets.yaml").toString();
        Outcome o = medsim("check", scheduled);
        assertBad(o, scheduledTargetRefused(scheduled));
        assertEquals(1, o.err().lines().count(), o.err());
        assertEquals("", o.out(), "no ok line");
        Outcome behaviour = medsim("check", TestRuns.scenarioFile("small-behaviour-with-targets.yaml").toString());
        assertEquals(0, behaviour.code(), "the same targets are results in behaviour mode: " + behaviour.err());
    }

    @Test
    void calibrateRefusesTargetsOnWhatTheDepartureScheduleSetsBeforeAnyRun() {
        String scheduled = TestRuns.scenarioFile("small-with-targets.yaml").toString();
        Path out = dir.resolve("cal");
        Outcome o = medsim("calibrate", scheduled, TestRuns.scenarioFile("small-calibration.yaml").toString(), "--out", out.toString());
        assertBad(o, scheduledTargetRefused(scheduled));
        assertEquals(1, o.err().lines().count(), "one line, no progress: " + o.err());
        assertFalse(Files.exists(out), "nothing written");
    }

    @Test
    void checkAcceptsTheShippedScenario() {
        Outcome o = medsim("check", Path.of("..", "scenarios", "central-med-2016.yaml").toString());
        assertEquals(0, o.code(), o.err());
        assertTrue(o.out().contains(": ok (Central Mediterranean 2016"), o.out());
    }

    @Test
    void versionAndHelpWork() {
        Outcome v = medsim("--version");
        assertEquals(0, v.code());
        assertTrue(v.out().startsWith("medsim 0."), v.out());
        assertTrue(v.out().contains(" build " + medsim.provenance.BuildInfo.current().shortId()), "the version names the build: " + v.out());
        Outcome h = medsim("run", "--help");
        assertEquals(0, h.code());
        assertTrue(h.out().contains("--seed"), h.out());
        for (String command : new String[] {"run", "sweep", "check"}) {
            Outcome cv = medsim(command, "--version");
            assertEquals(0, cv.code());
            assertEquals(v.out(), cv.out(), command + " --version prints medsim's version, as its --help says");
        }
    }

    /** What validate and calibrate do when a replication fails: Replications throws, and the CLI says so. */
    @picocli.CommandLine.Command(name = "failing")
    static final class FailingRuns implements java.util.concurrent.Callable<Integer> {
        @Override
        public Integer call() {
            throw RunsFailedException.of(4, 10, "replications", List.of("replication 2 (seed 5): internal error: java.lang.IllegalStateException: x"),
                    new IllegalStateException("x"));
        }
    }

    @Test
    void failedRunsExitOneWithOneLineNamingThemNotAsAnInternalError() {
        StringWriter out = new StringWriter(), err = new StringWriter();
        picocli.CommandLine cl = new picocli.CommandLine(new MedsimCommand()).addSubcommand("failing", new FailingRuns());
        int code = MedsimCommand.execute(cl, new String[] {"failing"}, new PrintWriter(out, true), new PrintWriter(err, true));
        assertEquals(1, code);
        assertEquals("medsim: 4 of 10 replications failed: replication 2 (seed 5): internal error: java.lang.IllegalStateException: x; ...",
                err.toString().strip());
    }
}
