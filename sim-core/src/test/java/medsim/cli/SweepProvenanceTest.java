package medsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import medsim.experiment.RunRecord;
import medsim.experiment.SweepPlan;
import medsim.experiment.SweepRunner;
import medsim.experiment.SweepSpec;
import medsim.model.TestRuns;
import medsim.provenance.BuildInfo;

/**
 * A sweep resumes, and shards merge, only when everything that decides a run is what it was:
 * every file of the resolved scenario tree, the facts, the land, the sweep file, its CSV
 * design, and the medsim build.
 */
class SweepProvenanceTest {
    private static final Path DETECTION = Path.of("..", "scenarios", "base", "detection.yaml").toAbsolutePath().normalize();
    @TempDir
    Path dir;

    private Path sweep, design, child, base, facts, land;

    /** A sweep of two one-day runs over a scenario that extends a base, with its own facts and land files. */
    @BeforeEach
    void files() throws IOException {
        facts = Files.copy(Path.of("../seeds/facts.yaml"), dir.resolve("facts.yaml"));
        land = Files.copy(Path.of("../scenarios/geo/central-med-land.geojson"), dir.resolve("land.geojson"));
        base = dir.resolve("base.yaml");
        Files.writeString(base, Files.readString(TestRuns.scenarioFile("small.yaml"))
                .replace("../../../../../scenarios/geo/central-med-land.geojson", "land.geojson").replace("cellNm: 1.0", "cellNm: 4.0")
                .replace("../../../../../scenarios/base/detection.yaml", DETECTION.toString())
                + "facts: facts.yaml\n"); // coarse cells: a quick world to build
        child = dir.resolve("child.yaml");
        Files.writeString(child, "extends: base.yaml\nsmuggling: {planScale: 0.8}\n");
        design = dir.resolve("design.csv");
        Files.writeString(design, "smuggling.planScale\n0.5\n1.0\n");
        sweep = dir.resolve("sweep.yaml");
        Files.writeString(sweep, "scenario: child.yaml\nseed: 3\ndays: 1\ndesign: {type: csv, file: design.csv}\nmetrics: [departed_people]\n");
    }

    private static CliTest.Outcome medsim(String... args) {
        return CliTest.medsim(args);
    }

    private static void touch(Path file) throws IOException {
        Files.writeString(file, "\n", StandardOpenOption.APPEND); // still valid YAML, JSON and CSV; other bytes
    }

    @Test
    void aResumeIsRefusedNamingWhichInputFileChanged() throws IOException {
        Path out = dir.resolve("out");
        CliTest.Outcome first = medsim("sweep", sweep.toString(), "--out", out.toString(), "-q");
        assertEquals(0, first.code(), first.err());
        String json = Files.readString(out.resolve("sweep.json"));
        for (String role : List.of("sweep", "design", "scenario", "extends", "facts", "land")) {
            assertTrue(json.contains("{\"role\": \"" + role + "\""), role + " recorded in " + json);
        }
        assertTrue(json.contains("\"build_id\": \"" + BuildInfo.current().id() + "\""), json);

        for (Path edited : List.of(base, child, facts, land, sweep, design)) {
            byte[] before = Files.readAllBytes(edited);
            touch(edited);
            CliTest.Outcome o = medsim("sweep", sweep.toString(), "--out", out.toString(), "-q");
            assertEquals(2, o.code(), edited + ": " + o.err());
            assertEquals(out + ": cannot resume: " + edited + " changed since the sweep started (use --force to start over, or another --out)",
                    o.err().strip());
            Files.write(edited, before);
        }
        CliTest.Outcome same = medsim("sweep", sweep.toString(), "--out", out.toString(), "-q");
        assertEquals(0, same.code(), "the files as they were: it resumes " + same.err());
    }

    @Test
    void aResumeByAnotherBuildIsRefused() {
        Path out = dir.resolve("out");
        SweepPlan plan = new SweepPlan(SweepSpec.load(sweep));
        BuildInfo before = new BuildInfo("0123456789ab".repeat(5) + "0123", "0.1.0", "f".repeat(40), false);
        new SweepRunner(plan, before).run(out, plan.runs().subList(0, 1), "all", 1, (done, total, failed) -> { });
        CliTest.Outcome o = medsim("sweep", sweep.toString(), "--out", out.toString(), "-q");
        assertEquals(2, o.code(), o.err());
        assertEquals(out + ": cannot resume: medsim's code changed since the sweep started: build 0123456789ab then, "
                + BuildInfo.current().shortId() + " now (use --force to start over, or another --out)", o.err().strip());
        assertFalse(Files.exists(out.resolve("runs.csv")), "nothing run or written");
    }

    @Test
    void aScenarioFileChangedWhileTheSweepRunsFailsTheRunsThatReadIt() throws IOException {
        Path out = dir.resolve("out");
        SweepPlan plan = new SweepPlan(SweepSpec.load(sweep));
        var records = new SweepRunner(plan).run(out, plan.runs(), "all", 1, (done, total, failed) -> {
            try {
                if (done == 1) touch(base); // after point 0's run, before point 1's scenario is read
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        RunRecord second = records.get(1);
        assertTrue(records.get(0).ok());
        assertFalse(second.ok());
        assertEquals("the scenario's files changed during the sweep: " + base + " changed", second.error());
    }

    @Test
    void shardsMadeFromOtherInputsOrByAnotherBuildAreNotMerged() throws IOException {
        Path s0 = dir.resolve("s0"), s1 = dir.resolve("s1"), merged = dir.resolve("merged");
        assertEquals(0, medsim("sweep", sweep.toString(), "--shard", "0/2", "--out", s0.toString(), "-q").code());
        byte[] before = Files.readAllBytes(facts);
        touch(facts);
        assertEquals(0, medsim("sweep", sweep.toString(), "--shard", "1/2", "--out", s1.toString(), "-q").code());

        CliTest.Outcome o = medsim("merge", s1.toString(), s0.toString(), "--out", merged.toString());
        assertEquals(2, o.code());
        assertEquals(s0 + ": was made from other input files than " + s1 + ": " + facts + " differs", o.err().strip());
        o = medsim("merge", s0.toString(), s1.toString(), "--out", merged.toString());
        assertEquals(2, o.code());
        assertEquals(s0 + ": cannot merge: " + facts + " changed since the shards ran; rerun them", o.err().strip());

        Files.write(facts, before);
        Path other = dir.resolve("other-build");
        SweepPlan plan = new SweepPlan(SweepSpec.load(sweep));
        new SweepRunner(plan, new BuildInfo("ab".repeat(32), "0.1.0", null, null)).run(other, plan.shard(1, 2), "1/2", 1, (d, t, f) -> { });
        o = medsim("merge", s0.toString(), other.toString(), "--out", merged.toString());
        assertEquals(2, o.code());
        assertEquals(other + ": was made by another medsim build than " + s0 + " (build abababababab, not " + BuildInfo.current().shortId() + ")",
                o.err().strip());
        assertFalse(Files.exists(merged.resolve("runs.csv")));

        Path s1again = dir.resolve("s1-again");
        assertEquals(0, medsim("sweep", sweep.toString(), "--shard", "1/2", "--out", s1again.toString(), "-q").code());
        assertEquals(0, medsim("merge", s0.toString(), s1again.toString(), "--out", merged.toString()).code());
        assertTrue(Files.readString(merged.resolve("sweep.json")).contains("\"shard\": \"merged\""), "the merged folder says what made it");
    }
}
