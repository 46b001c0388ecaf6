package medsim.cli;

import static medsim.cli.CliTest.medsim;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import medsim.model.TestRuns;
import medsim.yaml.SpecialFiles;

/** {@code medsim check}: every file given is checked as what it is, and ok means the run starts. */
class CheckCommandTest {
    @TempDir
    Path dir;

    private static final String SMALL = TestRuns.scenarioFile("small.yaml").toString();
    private static final String SWEEP = Path.of("src", "test", "resources", "sweeps", "small-factorial.yaml").toString();
    private static final String CALIBRATION = TestRuns.scenarioFile("small-calibration.yaml").toString();

    /** A scenario extending the small one, in the temporary folder. */
    private Path child(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), "extends: " + Path.of(SMALL).toAbsolutePath() + "\n" + text);
    }

    @Test
    void everyFileGivenIsReportedAndAnyFailureGivesExitTwo() throws IOException {
        Path twice = child("twice.yaml", "name: a\nname: b\n");
        Path missing = dir.resolve("missing.yaml");
        CliTest.Outcome o = medsim("check", twice.toString(), SMALL, missing.toString());
        assertEquals(2, o.code(), o.err());
        assertEquals(SMALL + ": ok (Small test scenario, 2016-06-01 to 2016-06-21, 4 forces, 5 asset classes)", o.out().strip());
        assertEquals(List.of(twice + ":3:1: name given twice (first at line 2)", missing + ": no such file", "2 of 3 files failed"),
                o.err().lines().toList());
    }

    @Test
    void aBadEnforcementAshoreEntryIsOneLineAndExitTwo() throws IOException {
        Path f = Files.writeString(dir.resolve("crackdown.yaml"), "extends: " + TestRuns.scenarioFile("small-ashore.yaml").toAbsolutePath()
                + "\ndepartures:\n  enforcementAshore:\n    - {point: zuwara, from: 2016-07-01, strength: 2, source: assumption}\n");
        CliTest.Outcome o = medsim("check", f.toString());
        assertEquals(2, o.code(), o.err());
        assertEquals(List.of(f + ":4:51: departures.enforcementAshore[0].strength must be <= 1 (got 2)"), o.err().lines().toList());
    }

    @Test
    void sweepAndCalibrationFilesAreCheckedAsSuch() {
        CliTest.Outcome o = medsim("check", SWEEP, CALIBRATION);
        assertEquals(0, o.code(), o.err());
        assertEquals(List.of(
                SWEEP + ": ok (sweep of Small test scenario: full-factorial design, 4 points x 2 replications = 8 runs)",
                CALIBRATION + ": ok (calibration of 1 parameter (CMA-ES), 14 evaluations x 2 replications; "
                        + "its targets and paths are checked against the scenario by medsim calibrate)"),
                o.out().lines().toList());
    }

    /** Each level valid alone, one design point wrong (minPeople 140 above maxPeople 120): check finds it before any run. */
    @Test
    void aSweepsDesignPointWrongOnlyTogetherIsOneLineNamingThePoint() {
        String failing = Path.of("src", "test", "resources", "sweeps", "small-failing.yaml").toString();
        CliTest.Outcome o = medsim("check", failing);
        assertEquals(2, o.code(), o.err());
        List<String> lines = o.err().lines().toList();
        assertEquals(1, lines.size(), o.err());
        assertTrue(lines.get(0).startsWith(failing + ":9:"), lines.get(0));
        assertTrue(lines.get(0).contains("maxPeople must be >= minPeople (140)"), lines.get(0));
        assertTrue(lines.get(0).endsWith("at design point 2 (boatTypes.rubber-dinghy.minPeople = 140, boatTypes.rubber-dinghy.maxPeople = 120)"), lines.get(0));
    }

    @Test
    void keysGivenTwiceAreRefusedInSweepAndCalibrationFiles() throws IOException {
        Path sweep = Files.writeString(dir.resolve("sweep.yaml"), Files.readString(Path.of(SWEEP))
                .replace("seed: 11\n", "seed: 11\nseed: 12\n").replace("../scenarios/small.yaml", Path.of(SMALL).toAbsolutePath().toString()));
        Path calibration = Files.writeString(dir.resolve("calibration.yaml"), Files.readString(Path.of(CALIBRATION))
                .replace("  departures.inflowPeoplePerDay: {min: 200, max: 3000, start: 1500}\n",
                        "  departures.inflowPeoplePerDay: {min: 200, max: 3000, start: 1500}\n  departures.inflowPeoplePerDay: {min: 500, max: 900}\n"));
        CliTest.Outcome o = medsim("check", sweep.toString(), calibration.toString());
        assertEquals(2, o.code());
        assertEquals(List.of(sweep + ":4:1: seed given twice (first at line 3)",
                calibration + ":10:3: parameters.departures.inflowPeoplePerDay given twice (first at line 9)", "2 of 2 files failed"), o.err().lines().toList());
    }

    @Test
    void aLandFileThatRunRefusesIsRefusedByCheckWithTheSameLine() throws IOException {
        Files.writeString(dir.resolve("brace.geojson"), "{\n");
        Files.writeString(dir.resolve("empty.geojson"), "{\"type\": \"FeatureCollection\", \"features\": []}\n");
        Path brace = child("brace.yaml", "geography:\n  land: brace.geojson\n");
        Path empty = child("empty.yaml", "geography:\n  land: empty.geojson\n");
        String braceError = dir.resolve("brace.geojson") + ":2:1: is not valid JSON: expected the node content, but found '<stream end>'";
        String emptyError = dir.resolve("empty.geojson") + ":1:43: features lists no land polygons; the model needs the coasts";
        CliTest.Outcome check = medsim("check", brace.toString(), empty.toString());
        assertEquals(2, check.code());
        assertEquals(List.of(braceError + " (checking " + brace + ")", emptyError + " (checking " + empty + ")", "2 of 2 files failed"),
                check.err().lines().toList());
        CliTest.Outcome run = medsim("run", brace.toString(), "--days", "1", "--out", dir.resolve("out").toString(), "-q");
        assertEquals(2, run.code());
        assertEquals(braceError, run.err().strip());
        assertFalse(Files.exists(dir.resolve("out")), "nothing written");
    }

    @Test
    void aDeviceOrAPipeOnTheCommandLineIsRefusedWithoutReading() throws Exception {
        Path fifo = SpecialFiles.fifo(dir.resolve("pipe.yaml"));
        Path zero = SpecialFiles.devZero();
        CliTest.Outcome o = medsim("check", fifo.toString(), zero.toString());
        assertEquals(2, o.code());
        assertEquals(List.of(fifo + ": is not a regular file (a device, a pipe or a socket)",
                zero + ": is not a regular file (a device, a pipe or a socket)", "2 of 2 files failed"), o.err().lines().toList());
    }

    @Test
    void hostileFilesGiveOneLineEachAndNoStackTrace() throws IOException {
        Path deep = Files.writeString(dir.resolve("deep.yaml"), "x: " + "[".repeat(2_000) + "]".repeat(2_000) + "\n");
        Path binary = Files.write(dir.resolve("binary.yaml"), new byte[] {'a', ':', ' ', (byte) 0xff, (byte) 0xfe, '\n'});
        CliTest.Outcome o = medsim("check", deep.toString(), binary.toString());
        assertEquals(2, o.code());
        assertEquals(List.of(deep + ":1:67: nests mappings and lists deeper than 64 levels",
                binary + ":1:4: is not UTF-8 text: byte 0xFF at offset 3 cannot be decoded (binary data, or another encoding such as Latin-1?)",
                "2 of 2 files failed"), o.err().lines().toList());
        assertTrue(o.out().isEmpty(), o.out());
    }

    @Test
    void checkGivesTheSameWarningsAsTheSweepWould() throws IOException {
        Path sweep = Files.writeString(dir.resolve("sobol5.yaml"), "scenario: " + Path.of(SMALL).toAbsolutePath() + "\n"
                + "design: {type: sobol, points: 5}\nparameters:\n  smuggling.planScale: {min: 0.5, max: 1}\nmetrics: [departed_people]\n");
        CliTest.Outcome o = medsim("check", sweep.toString());
        assertEquals(0, o.code(), o.err());
        assertTrue(o.err().contains("is not a power of two"), o.err());
    }
}
