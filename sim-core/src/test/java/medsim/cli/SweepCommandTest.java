package medsim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import medsim.experiment.DesignKind;
import medsim.experiment.DesignMatrix;
import medsim.experiment.SweepDesign;
import medsim.experiment.SweepSpec;
import medsim.record.Csv;
import medsim.yaml.SpecialFiles;

class SweepCommandTest {
    @TempDir
    Path dir;

    private static String sweep(String name) {
        return Path.of("src", "test", "resources", "sweeps", name).toString();
    }

    private static CliTest.Outcome medsim(String... args) {
        return CliTest.medsim(args);
    }

    private void assertSameFiles(Path a, Path b, String... files) throws IOException {
        for (String f : files) assertArrayEquals(Files.readAllBytes(a.resolve(f)), Files.readAllBytes(b.resolve(f)), f);
    }

    @Test
    void aSweepWritesTidyRunsAndPointsWhateverTheThreadCount() throws IOException {
        Path one = dir.resolve("one"), two = dir.resolve("two");
        CliTest.Outcome o = medsim("sweep", sweep("small-factorial.yaml"), "--out", one.toString(), "--threads", "1", "-q");
        assertEquals(0, o.code(), o.err());
        assertTrue(o.out().contains("full-factorial design, 4 points x 2 replications = 8 runs"), o.out());
        assertEquals(0, medsim("sweep", sweep("small-factorial.yaml"), "--out", two.toString(), "--threads", "2", "-q").code());
        assertSameFiles(one, two, "runs.csv", "points.csv");
        List<String> runs = Files.readAllLines(one.resolve("runs.csv"));
        assertEquals("run_id,point,replication,seed,smuggling.planScale,forces.ngo.assets.ship.count,departed_people,arrivals_people,dead_missing,rescued_people,status,error",
                runs.get(0));
        assertEquals(9, runs.size());
        assertTrue(runs.get(1).startsWith("0,0,0,"), runs.get(1));
        List<String> points = Files.readAllLines(one.resolve("points.csv"));
        assertEquals(5, points.size());
        assertTrue(points.get(0).contains("departed_people_mean,departed_people_sd,departed_people_ci95_low,departed_people_ci95_high"));
        assertTrue(points.get(1).startsWith("0,0.5,0,"), "factorial order, last parameter fastest: " + points.get(1));
        assertTrue(points.get(1).endsWith(",,,2,fewer than 5 replications"), "two replications: no interval, and why: " + points.get(1));
    }

    @Test
    void aSweepKilledPartWayResumesToTheSameFilesWithNoRunLostOrRepeated() throws Exception {
        Path full = dir.resolve("full"), killed = dir.resolve("killed");
        assertEquals(0, medsim("sweep", sweep("small-resume.yaml"), "--out", full.toString(), "--threads", "2", "-q").code());

        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", System.getProperty("java.class.path"),
                "medsim.cli.MedsimCommand", "sweep", sweep("small-resume.yaml"), "--out", killed.toString(), "--threads", "1", "-q")
                .redirectErrorStream(true).redirectOutput(dir.resolve("killed.log").toFile()).start();
        Path journal = killed.resolve("journal.csv");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (lines(journal) < 4 && p.isAlive() && System.nanoTime() < deadline) Thread.sleep(20);
        assertTrue(p.isAlive(), "the sweep was still running when killed: " + Files.readString(dir.resolve("killed.log")));
        p.destroyForcibly().waitFor(); // SIGKILL: no shutdown hook, no flush
        int before = lines(journal) - 1;
        assertTrue(before >= 3 && before < 16, "killed part-way: " + before + " runs journalled");
        // A kill can tear the last line; make sure one is torn.
        Files.writeString(journal, "12,ok,1234", StandardCharsets.UTF_8, StandardOpenOption.APPEND);

        CliTest.Outcome resumed = medsim("sweep", sweep("small-resume.yaml"), "--out", killed.toString(), "--threads", "2", "-q");
        assertEquals(0, resumed.code(), resumed.err());
        assertSameFiles(full, killed, "runs.csv", "points.csv");
        List<String> ids = new ArrayList<>();
        for (String l : Files.readAllLines(journal).subList(1, lines(journal))) ids.add(l.substring(0, l.indexOf(',')));
        assertEquals(16, ids.size(), "each run journalled once");
        assertEquals(16, ids.stream().distinct().count());
    }

    private static int lines(Path f) throws IOException {
        return Files.exists(f) ? Files.readAllLines(f).size() : 0;
    }

    @Test
    void shardsMergeIntoTheFilesOfASingleMachineSweep() throws IOException {
        Path whole = dir.resolve("whole");
        assertEquals(0, medsim("sweep", sweep("small-factorial.yaml"), "--out", whole.toString(), "-q").code());
        List<String> shardDirs = new ArrayList<>();
        for (int k = 0; k < 3; k++) {
            Path s = dir.resolve("shard" + k);
            CliTest.Outcome o = medsim("sweep", sweep("small-factorial.yaml"), "--shard", k + "/3", "--out", s.toString(), "-q");
            assertEquals(0, o.code(), o.err());
            assertFalse(Files.exists(s.resolve("runs.csv")), "a shard writes only its journal");
            shardDirs.add(s.toString());
        }
        List<String> args = new ArrayList<>(List.of("merge"));
        args.add(shardDirs.get(0));
        args.add(shardDirs.get(1));
        CliTest.Outcome incomplete = medsim(concat(args, "--out", dir.resolve("merged").toString()));
        assertEquals(2, incomplete.code());
        assertTrue(incomplete.err().startsWith("the shards lack 2 of 8 runs (first missing: run 2)"), incomplete.err());
        args.add(shardDirs.get(2));
        assertEquals(0, medsim(concat(args, "--out", dir.resolve("merged").toString())).code());
        assertSameFiles(whole, dir.resolve("merged"), "runs.csv", "points.csv");
    }

    private static String[] concat(List<String> a, String... more) {
        List<String> all = new ArrayList<>(a);
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }

    @Test
    void aFailedRunIsRecordedWithItsErrorTheOthersGoOnAndTheSweepFailsWithoutPoints() throws IOException {
        Path out = dir.resolve("failing");
        CliTest.Outcome o = medsim("sweep", sweep("small-failing.yaml"), "--out", out.toString(), "-q");
        assertEquals(1, o.code(), "a sweep with a failed run is not a success: " + o.err());
        assertTrue(o.err().startsWith("1 of 4 runs failed, so the sweep has no points.csv; their errors are in " + out.resolve("runs.csv")), o.err());
        assertTrue(o.err().contains("  run 2 (point 2, replication 0, seed "), "names the failed run: " + o.err());
        assertTrue(o.err().contains("maxPeople must be >= minPeople (140)"), "and why: " + o.err());
        List<String> runs = Files.readAllLines(out.resolve("runs.csv"));
        assertTrue(runs.get(1).endsWith(",ok,"), runs.get(1));
        assertTrue(runs.get(3).contains(",failed,"), runs.get(3));
        assertTrue(runs.get(3).contains("small-failing.yaml:9:"), "the error names the sweep file line: " + runs.get(3));
        assertTrue(runs.get(3).contains("maxPeople must be >= minPeople (140)"), runs.get(3));
        assertFalse(Files.exists(out.resolve("points.csv")), "no statistics over the runs that happened to succeed");

        Files.writeString(out.resolve("points.csv"), "point,x_mean,x_sd,x_ci95_low,x_ci95_high,runs_ok\n0,1,0,1,1,2\n"); // left by someone
        CliTest.Outcome again = medsim("sweep", sweep("small-failing.yaml"), "--out", out.toString(), "-q");
        assertEquals(1, again.code(), "resumed, the sweep still has its failed run: " + again.err());
        assertFalse(Files.exists(out.resolve("points.csv")), "a points.csv from before is removed, not left looking like the sweep's");

        List<String> shards = new ArrayList<>(List.of("merge"));
        for (int k = 0; k < 2; k++) {
            Path s = dir.resolve("failing-shard" + k);
            assertEquals(k == 0 ? 1 : 0, medsim("sweep", sweep("small-failing.yaml"), "--shard", k + "/2", "--out", s.toString(), "-q").code(),
                    "the shard with the failed run fails");
            shards.add(s.toString());
        }
        CliTest.Outcome merged = medsim(concat(shards, "--out", dir.resolve("failing-merged").toString()));
        assertEquals(1, merged.code(), merged.err());
        assertTrue(merged.err().startsWith("1 of 4 runs failed, so the sweep has no points.csv"), merged.err());
        assertTrue(Files.exists(dir.resolve("failing-merged/runs.csv")));
        assertFalse(Files.exists(dir.resolve("failing-merged/points.csv")));
    }

    /** The test sweep of each design kind: a few points of a few days of the small scenario. */
    private static String fixture(DesignKind kind) {
        return sweep(switch (kind) {
            case FULL_FACTORIAL -> "small-factorial.yaml";
            case LATIN_HYPERCUBE -> "small-latin-hypercube.yaml";
            case SOBOL -> "small-sobol.yaml";
            case SALTELLI -> "small-saltelli.yaml";
            case MORRIS -> "small-morris.yaml";
            case CSV -> "small-csv.yaml";
        });
    }

    @ParameterizedTest
    @EnumSource(DesignKind.class)
    void everyDesignKindRunsEveryRunAndFillsEveryMetric(DesignKind kind) throws IOException {
        Path out = dir.resolve(kind.key());
        CliTest.Outcome o = medsim("sweep", fixture(kind), "--out", out.toString(), "-q");
        assertEquals(0, o.code(), o.err());
        List<String> runs = Files.readAllLines(out.resolve("runs.csv"));
        List<String> header = List.of(runs.get(0).split(",", -1));
        int firstMetric = header.indexOf("status") - SweepSpec.load(Path.of(fixture(kind))).metrics().size();
        for (String run : runs.subList(1, runs.size())) {
            List<String> cells = List.of(run.split(",", -1));
            assertEquals("ok", cells.get(header.indexOf("status")), run);
            for (int c = firstMetric; c < header.indexOf("status"); c++) assertFalse(cells.get(c).isEmpty(), header.get(c) + " of " + run);
        }
        List<String> points = Files.readAllLines(out.resolve("points.csv"));
        List<String> pointHeader = List.of(points.get(0).split(",", -1));
        for (String p : points.subList(1, points.size())) {
            List<String> cells = List.of(p.split(",", -1));
            for (int c = 0; c < cells.size(); c++) {
                if (pointHeader.get(c).endsWith("_mean")) assertFalse(cells.get(c).isEmpty(), pointHeader.get(c) + " of " + p);
            }
        }
        switch (kind) {
            case SALTELLI -> {
                List<String> sobol = Files.readAllLines(out.resolve("sobol.csv"));
                assertEquals(1 + 2 * 2, sobol.size(), "two parameters x two metrics");
                assertTrue(sobol.get(1).startsWith("smuggling.planScale,departed_people,"), sobol.get(1));
                assertEquals(1 + 8 * 4, runs.size(), "N(k+2) runs");
            }
            case MORRIS -> {
                List<String> morris = Files.readAllLines(out.resolve("morris.csv"));
                assertEquals("parameter,metric,mu_star,mu,sigma,mu_star_conf,elementary_effects", morris.get(0));
                assertEquals(5, morris.size());
                String[] plan = morris.get(1).split(",", -1);
                assertTrue(Double.parseDouble(plan[2]) > 0, "departures respond to the departure intensity: " + morris.get(1));
                assertTrue(Double.parseDouble(plan[5]) >= 0, "five trajectories give a bootstrap interval: " + morris.get(1));
                assertEquals("5", plan[6], "one elementary effect per trajectory");
            }
            case CSV -> {
                assertEquals("point,smuggling.planScale,forces.ngo.assets.ship.count,departed_people_mean,departed_people_sd,departed_people_ci95_low,"
                        + "departed_people_ci95_high,runs_ok,ci_note", points.get(0));
                assertTrue(points.get(3).startsWith("2,1.5,4,"), "rows run as they are: " + points.get(3));
            }
            default -> { }
        }
    }

    @Test
    void badSweepInputGivesOneLineAndExitTwo() throws IOException {
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, "scenario: " + Path.of("src/test/resources/scenarios/small.yaml").toAbsolutePath()
                + "\ndesign: {type: latin-cube, points: 4}\nparameters:\n  smuggling.planScale: {min: 0.5, max: 1}\nmetrics: [departed_people]\n");
        CliTest.Outcome o = medsim("sweep", bad.toString(), "--out", dir.resolve("x").toString());
        assertEquals(2, o.code());
        assertTrue(o.err().startsWith(bad + ":2:16: design.type is not a design (expected one of: full-factorial, latin-hypercube,"), o.err());
        Files.writeString(bad, Files.readString(bad).replace("latin-cube", "latin-hypercube").replace("departed_people]", "departures]"));
        o = medsim("sweep", bad.toString(), "--out", dir.resolve("x").toString());
        assertTrue(o.err().startsWith(bad + ":5:11: metrics[0] is \"departures\", not a metric of the scenario"), o.err());
        Path csv = dir.resolve("d.csv");
        Files.writeString(csv, "smuggling.planScale\n0.5\nlots\n");
        Files.writeString(bad, "scenario: " + Path.of("src/test/resources/scenarios/small.yaml").toAbsolutePath()
                + "\ndesign: {type: csv, file: d.csv}\nmetrics: [departed_people]\n");
        o = medsim("sweep", bad.toString(), "--out", dir.resolve("x").toString());
        assertEquals(2, o.code());
        assertEquals(csv + ":3:1: smuggling.planScale must be a number (got \"lots\")", o.err().strip());
        assertEquals(2, medsim("sweep", sweep("small-factorial.yaml"), "--shard", "3/3").code());
    }

    private static final String SMALL = "scenario: " + Path.of("src/test/resources/scenarios/small.yaml").toAbsolutePath() + "\n";

    /** Writes a sweep file of the small scenario and runs it; it must be refused before any run. */
    private String refused(String body) throws IOException {
        return refused(SMALL, body + "metrics: [departed_people]\n");
    }

    /**
     * Writes a sweep file ({@code scenarioLine}, then {@code body}) and runs it: it must be refused
     * before any run, in one line without a stack trace. The line, with the file shortened to
     * {@code bad.yaml} and the temporary folder to {@code DIR}.
     */
    private String refused(String scenarioLine, String body) throws IOException {
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, scenarioLine + body);
        Path out = dir.resolve("never");
        CliTest.Outcome o = medsim("sweep", bad.toString(), "--out", out.toString(), "-q");
        assertEquals(2, o.code(), o.err());
        assertFalse(Files.exists(out), "refused before any run");
        assertEquals(1, o.err().strip().lines().count(), o.err());
        assertFalse(o.err().contains("Exception") || o.err().contains("\tat "), "no stack trace: " + o.err());
        return o.err().strip().replace(bad.toString(), "bad.yaml").replace(dir.toString(), "DIR");
    }

    @Test
    void aSweepFileIsCheckedAgainstTheScenarioBeforeAnyRun() throws IOException {
        String lhs = "design: {type: latin-hypercube, points: 4}\nparameters:\n";
        assertTrue(refused(lhs + "  smuggling.planScal: {min: 0.5, max: 1}\n").startsWith("bad.yaml:4:23: smuggling.planScal is not a known field"));
        assertEquals("bad.yaml:4:34: forces.ngo.assets.shipp.count names no field of the scenario (forces.ngo.assets.shipp.kind is required)",
                refused(lhs + "  forces.ngo.assets.shipp.count: {min: 0, max: 2, integer: true}\n"));
        assertEquals("bad.yaml:4:37: informationLinks[0].delayMinutes indexes informationLinks, which is not in the scenario "
                + "(an override sets a field of a list entry the scenario has; it does not add one)",
                refused(lhs + "  informationLinks[0].delayMinutes: {min: 0, max: 60}\n"));
        assertEquals("bad.yaml:6:10: boatTypes.rubber-dinghy.capsizeHazardPerHour must be <= 1 (got 2)",
                refused(lhs + "  boatTypes.rubber-dinghy.capsizeHazardPerHour:\n    min: 0.001\n    max: 2\n"));
        assertEquals("bad.yaml:4:33: forces.ngo.assets.ship.count must be a whole number (got \"2.5\"); without integer: true, a range gives fractional values",
                refused(lhs + "  forces.ngo.assets.ship.count: {min: 0, max: 4}\n"));
        assertEquals("bad.yaml:4:39: parameters.forces.ngo.assets.ship.count.min must be a whole number with integer: true (got 0.5)",
                refused(lhs + "  forces.ngo.assets.ship.count: {min: 0.5, max: 4, integer: true}\n"));
        String factorial = "design: {type: full-factorial}\nparameters:\n";
        assertEquals("bad.yaml:4:66: boatTypes.rubber-dinghy.capsizeHazardPerHour must be <= 1 (got 5)",
                refused(factorial + "  boatTypes.rubber-dinghy.capsizeHazardPerHour: {levels: [0.002, 5]}\n"));
        assertTrue(refused(factorial + "  boatTypes.rubber-dinghy.minPeople: {levels: [100, 200]}\n")
                .startsWith("bad.yaml:4:53: boatTypes.rubber-dinghy.minPeople = 200 makes the scenario invalid: "), "names the field, the value and the scenario's error");
    }

    private static final String SHARING = "scenario: " + Path.of("src/test/resources/scenarios/sharing.yaml").toAbsolutePath() + "\n";

    /** As {@link #refused}, for a sweep of sharing.yaml, whose one information link is a list entry. */
    private String refusedOfSharing(String body) throws IOException {
        return refused(SHARING, body + "metrics: [contacts_shared]\n");
    }

    @Test
    void aListEntryPathThatAddressesNoEntryIsRefusedAtTheParameterBeforeAnyRun() throws IOException {
        String factorial = "design: {type: full-factorial}\nparameters:\n";
        assertEquals("bad.yaml:4:37: informationLinks[1].delayMinutes addresses entry [1] of informationLinks, which has 1 entry in the scenario (indexes 0 to 0)",
                refusedOfSharing(factorial + "  informationLinks[1].delayMinutes: {levels: [0, 60]}\n"));
        assertEquals("bad.yaml:4:38: informationLinks[-1].delayMinutes has the list index [-1]: entries are counted from 0, and no index is negative",
                refusedOfSharing(factorial + "  informationLinks[-1].delayMinutes: {levels: [0]}\n"), "at the parameter even with one level");
        assertEquals("bad.yaml:4:34: informationLinks.delayMinutes addresses the list informationLinks without an index: give the entry's index from 0, "
                + "as in informationLinks[0].delayMinutes", refusedOfSharing(factorial + "  informationLinks.delayMinutes: {levels: [0, 60]}\n"));
    }

    @Test
    void aListEntrysValueOutsideItsFieldsRangeIsRefusedAtTheValue() throws IOException {
        assertEquals("bad.yaml:4:50: informationLinks[0].delayMinutes must be <= 10080 (got 20000)",
                refusedOfSharing("design: {type: full-factorial}\nparameters:\n  informationLinks[0].delayMinutes: {levels: [0, 20000]}\n"));
        Files.writeString(dir.resolve("d.csv"), "informationLinks[0].delayMinutes,informationLinks[3].delayMinutes\n0,0\n");
        assertEquals("DIR/d.csv:1:2: informationLinks[3].delayMinutes addresses entry [3] of informationLinks, which has 1 entry in the scenario (indexes 0 to 0)",
                refusedOfSharing("design: {type: csv, file: d.csv}\n"), "a CSV design's header cell");
    }

    /**
     * sharing-delay.yaml varies the delay of sharing.yaml's one information link, a list entry:
     * eight hours' delay against none. With common seeds, each replication's boats and sightings
     * start alike, and the aircraft's contacts reach the forces able to act later.
     */
    @Test
    void aSweepVariesAFieldOfAListEntryByItsIndexAndKeepsThePathAsItsColumn() throws IOException {
        Path whole = dir.resolve("whole");
        CliTest.Outcome o = medsim("sweep", sweep("sharing-delay.yaml"), "--out", whole.toString(), "--threads", "2", "-q");
        assertEquals(0, o.code(), o.err());
        String column = "informationLinks[0].delayMinutes";
        try (Reader r = Files.newBufferedReader(whole.resolve("points.csv"));
             CSVParser points = Csv.WITH_HEADER.parse(r)) {
            assertEquals(column, points.getHeaderNames().get(1), "the path as written, read back by commons-csv");
            List<CSVRecord> rows = points.getRecords();
            assertEquals(List.of("0", "480"), rows.stream().map(x -> x.get(column)).toList());
            String minutes = "departure_to_actionable_detection_minutes_mean_mean";
            double prompt = Double.parseDouble(rows.get(0).get(minutes)), late = Double.parseDouble(rows.get(1).get(minutes));
            assertTrue(late > prompt + 30, "contacts eight hours late: from departure to detection by a force able to act takes longer: " + prompt + " then " + late);
        }
        assertTrue(Files.readAllLines(whole.resolve("runs.csv")).get(0).startsWith("run_id,point,replication,seed," + column + ","));

        List<String> args = new ArrayList<>(List.of("merge"));
        for (int k = 0; k < 2; k++) {
            Path s = dir.resolve("shard" + k);
            assertEquals(0, medsim("sweep", sweep("sharing-delay.yaml"), "--shard", k + "/2", "--out", s.toString(), "-q").code());
            args.add(s.toString());
        }
        assertEquals(0, medsim(concat(args, "--out", dir.resolve("merged").toString())).code());
        assertSameFiles(whole, dir.resolve("merged"), "runs.csv", "points.csv");

        // A sweep stopped after two runs resumes to the same files.
        Path resumed = dir.resolve("resumed");
        Files.createDirectories(resumed);
        Files.copy(whole.resolve("sweep.json"), resumed.resolve("sweep.json"));
        List<String> journal = Files.readAllLines(whole.resolve("journal.csv"));
        Files.write(resumed.resolve("journal.csv"), journal.subList(0, 3));
        CliTest.Outcome again = medsim("sweep", sweep("sharing-delay.yaml"), "--out", resumed.toString(), "-q");
        assertEquals(0, again.code(), again.err());
        assertTrue(again.out().contains("resuming: 2 of 4 runs already done") || again.err().contains("resuming: 2 of 4 runs already done"), again.out() + again.err());
        assertSameFiles(whole, resumed, "runs.csv", "points.csv");
    }

    @Test
    void aFactorialThatWouldRunALevelTwiceIsRefused() throws IOException {
        String factorial = "design: {type: full-factorial}\nparameters:\n";
        assertEquals("bad.yaml:4:49: parameters.forces.ngo.assets.ship.count.levels[2] repeats the level 2; each level must differ",
                refused(factorial + "  forces.ngo.assets.ship.count: {levels: [1, 2, 2]}\n"));
        assertEquals("bad.yaml:4:57: parameters.forces.ngo.assets.ship.count.steps gives the level 1 twice: a whole-number range rounds its steps, "
                + "and 0 to 2 has fewer distinct values; use fewer steps, or levels",
                refused(factorial + "  forces.ngo.assets.ship.count: {min: 0, max: 2, steps: 4, integer: true}\n"));
    }

    @Test
    void aSweptPathThatNoRunReadsAsANumberIsRefused() throws IOException {
        String lhs = "design: {type: latin-hypercube, points: 4}\nparameters:\n";
        for (String top : List.of("extends", "facts", "validation.departures.tolerance")) {
            String err = refused(lhs + "  " + top + ": {min: 0.5, max: 1}\n");
            assertTrue(err.startsWith("bad.yaml:4:") && err.contains(top + " is not a parameter of the model"), err);
        }
        for (String text : List.of("name", "description", "forces.ngo.name", "smuggling.planSource", "forces.ngo.assets.ship.base")) {
            String err = refused(lhs + "  " + text + ": {min: 0.5, max: 1}\n");
            assertTrue(err.startsWith("bad.yaml:4:") && err.contains(text + " is text (a name, a file, a label), not a number a sweep or calibration can vary"), err);
        }
    }

    @Test
    void aCsvDesignIsCheckedCellByCellAgainstTheScenarioBeforeAnyRun() throws IOException {
        Path csv = dir.resolve("d.csv");
        String body = "design: {type: csv, file: d.csv}\n";
        Files.writeString(csv, "smuggling.planScale,forces.ngo.assets.shipp.count\n0.5,1\n1,2\n");
        assertTrue(refused(body).startsWith("DIR/d.csv:1:2: forces.ngo.assets.shipp.count names no field of the scenario"), "the header cell");
        Files.writeString(csv, "smuggling.planScale,forces.ngo.assets.ship.count\n0.5,1\n1,-1\n1.2,1.5\n");
        assertEquals("DIR/d.csv:3:2: forces.ngo.assets.ship.count must be >= 0 (got -1)", refused(body));
        Files.writeString(csv, "smuggling.planScale,forces.ngo.assets.ship.count\n0.5,1\n1,3\n1.2,1.5\n");
        assertEquals("DIR/d.csv:4:2: forces.ngo.assets.ship.count must be a whole number (got \"1.5\")", refused(body));
    }

    @Test
    void aCsvDesignRefusesARepeatedColumnAndCellsThatAreNoNumberMedsimWrites() throws IOException {
        Path csv = dir.resolve("d.csv");
        String body = "design: {type: csv, file: d.csv}\n";
        Files.writeString(csv, "smuggling.planScale,forces.ngo.assets.ship.count,smuggling.planScale\n0.5,1,1\n");
        assertEquals("DIR/d.csv:1:3: smuggling.planScale is column 1 and column 3; each parameter must have one column", refused(body));
        for (String cell : List.of("NaN", "1.0d", "1f", "0x1p-1", "Infinity", "1_0")) {
            Files.writeString(csv, "smuggling.planScale\n0.5\n0.75\n" + cell + "\n");
            assertEquals("DIR/d.csv:4:1: smuggling.planScale must be a number (got \"" + cell + "\")", refused(body), cell);
        }
        Files.writeString(csv, "smuggling.planScale,forces.ngo.assets.ship.count\n0.5,\n");
        assertEquals("DIR/d.csv:2:2: forces.ngo.assets.ship.count must be a number (got \"\")", refused(body));
    }

    @Test
    void aCsvDesignWithAByteOrderMarkReadsAsWithout() throws IOException {
        Path csv = dir.resolve("d.csv");
        Files.write(csv, ("\uFEFFsmuggling.planScale,forces.ngo.assets.ship.count\n0.5,1\n1e-1,2\n").getBytes(StandardCharsets.UTF_8));
        Path f = dir.resolve("s.yaml");
        Files.writeString(f, SMALL + "design: {type: csv, file: d.csv}\nmetrics: [departed_people]\n");
        DesignMatrix m = SweepDesign.build(SweepSpec.load(f));
        assertEquals(List.of("smuggling.planScale", "forces.ngo.assets.ship.count"), m.paths());
        assertEquals(0.1, m.rows().get(1)[0]);
    }

    @Test
    void aDesignFileThatIsAPipeADeviceOrAFolderIsRefusedWithoutBeingRead() throws Exception {
        Path fifo = SpecialFiles.fifo(dir.resolve("pipe.csv"));
        assertEquals("bad.yaml:2:27: design.file names a design file that is not a regular file (a device, a pipe or a socket): DIR/pipe.csv",
                refused("design: {type: csv, file: " + fifo + "}\n"));
        assertEquals("bad.yaml:2:27: design.file names a design file that is not a regular file (a device, a pipe or a socket): /dev/zero",
                refused("design: {type: csv, file: " + SpecialFiles.devZero() + "}\n"));
        assertEquals("bad.yaml:2:27: design.file names a design file that is a folder, not a file: DIR",
                refused("design: {type: csv, file: " + dir + "}\n"));
        assertEquals("bad.yaml:2:27: design.file names a design file that does not exist: DIR/none.csv",
                refused("design: {type: csv, file: none.csv}\n"));
    }

    @Test
    void aSweepsScenarioThatIsADeviceOrAFolderIsRefusedSayingWhatItIs() throws IOException {
        Path bad = dir.resolve("bad.yaml");
        for (String[] c : new String[][] {{SpecialFiles.devZero().toString(), "is not a regular file (a device, a pipe or a socket)"}, {dir.toString(), "is a folder, not a file"}}) {
            Files.writeString(bad, "scenario: " + c[0] + "\ndesign: {type: latin-hypercube, points: 4}\nparameters:\n  smuggling.planScale: {min: 0.5, max: 1}\nmetrics: [departed_people]\n");
            CliTest.Outcome o = medsim("sweep", bad.toString(), "--out", dir.resolve("never").toString(), "-q");
            assertEquals(2, o.code());
            assertEquals(bad + ":1:11: scenario names a scenario that " + c[1] + ": " + c[0], o.err().strip());
        }
    }

    @Test
    void aDesignFileThatIsNotUtf8OrHasAnUnclosedQuoteIsOneLine() throws IOException {
        Path csv = dir.resolve("d.csv");
        String body = "design: {type: csv, file: d.csv}\n";
        Files.write(csv, new byte[] {'s', 'm', 'u', 'g', '\n', (byte) 0xE9, '\n'});
        assertTrue(refused(body).startsWith("DIR/d.csv:2:1: is not UTF-8 text: byte 0xE9 at offset 5"), refused(body));
        Files.writeString(csv, "smuggling.planScale\n\"0.5\n");
        assertEquals("DIR/d.csv:2:1: is not a readable CSV design: a quoted value starts here and is never closed (the file ends inside it)", refused(body));
        Files.writeString(csv, "smuggling.planScale,\"forces\n0.5\n");
        assertEquals("DIR/d.csv:1:21: is not a readable CSV design: a quoted value starts here and is never closed (the file ends inside it)", refused(body),
                "in the header too");
    }

    @Test
    void aCsvDesignsSyntaxErrorIsAtItsLineAndANulInItsPathAtTheNode() throws IOException {
        Path csv = dir.resolve("d.csv");
        String body = "design: {type: csv, file: d.csv}\n";
        Files.writeString(csv, "smuggling.planScale\n0.5\n\"1\"x\n");
        assertEquals("DIR/d.csv:3: is not a readable CSV design: invalid character between encapsulated token and delimiter", refused(body));
        assertEquals("bad.yaml:2:27: design.file holds the control character U+0000 (text may hold line breaks and tabs only in a block, | or >)", refused("design: {type: csv, file: \"d\\0.csv\"}\n"));
    }

    @Test
    void aSweepOfMoreThanAMillionRunsIsRefusedBeforeItsPlanIsBuilt() throws IOException {
        String range = "parameters:\n  smuggling.planScale: {min: 0.5, max: 1.5}\n";
        assertEquals("bad.yaml:2:9: design makes 3000000 design points; a sweep may have at most 1000000 runs (split it into several sweeps)",
                refused("design: {type: saltelli, points: 1000000}\n" + range));
        assertEquals("bad.yaml:2:15: replications (100000) times the design's 100000 points is 10000000000 runs;"
                        + " a sweep may have at most 1000000 runs (split it into several sweeps)",
                refused("replications: 100000\ndesign: {type: latin-hypercube, points: 100000}\n" + range));
        Files.writeString(dir.resolve("d.csv"), "smuggling.planScale\n" + "1\n".repeat(11));
        assertEquals("DIR/d.csv:12:1: is design point 11, which with 100000 replications makes more than the 1000000 runs a sweep may have"
                        + " (split it into several sweeps)",
                refused("replications: 100000\ndesign: {type: csv, file: d.csv}\n"));
    }

    @Test
    void aSaltelliBaseSampleThatIsNotAPowerOfTwoIsWarnedOfOnce() throws IOException {
        Path f = dir.resolve("s.yaml");
        Files.writeString(f, SMALL + "design: {type: saltelli, points: 6}\nparameters:\n  smuggling.planScale: {min: 0.5, max: 1}\nmetrics: [departed_people]\n");
        assertEquals(List.of(f + ": warning: design.points 6 (the base sample N) is not a power of two: Sobol' points are balanced only at powers of two (use 4 or 8)"),
                SweepSpec.load(f).warnings());
        Files.writeString(f, Files.readString(f).replace("points: 6", "points: 8"));
        assertEquals(List.of(), SweepSpec.load(f).warnings());
    }

    @Test
    void pointsGetIntervalsFromFiveReplicationsAndANoteBelow() throws IOException {
        Path f = dir.resolve("five.yaml"), out = dir.resolve("five");
        Files.writeString(f, SMALL + "days: 2\nreplications: 5\ndesign: {type: full-factorial}\nparameters:\n  smuggling.planScale: {levels: [1]}\n"
                + "metrics: [departed_people, dead_missing]\n");
        assertEquals(0, medsim("sweep", f.toString(), "--out", out.toString(), "-q").code());
        List<String> points = Files.readAllLines(out.resolve("points.csv"));
        assertTrue(points.get(0).endsWith(",dead_missing_ci95_low,dead_missing_ci95_high,runs_ok,ci_note"), points.get(0));
        String[] row = points.get(1).split(",", -1);
        assertEquals("5", row[row.length - 2]);
        assertEquals("", row[row.length - 1], "no note: intervals given");
        double departedLow = Double.parseDouble(row[4]), departedHigh = Double.parseDouble(row[5]), deadLow = Double.parseDouble(row[8]);
        assertTrue(departedLow < Double.parseDouble(row[2]) && Double.parseDouble(row[2]) < departedHigh, points.get(1));
        assertTrue(deadLow >= 0, "a count's interval never goes below zero: " + points.get(1));
    }
}
