package medsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import medsim.model.TestRuns;
import medsim.record.FolderLock;
import medsim.record.OutputFolder;
import medsim.yaml.SpecialFiles;

/** --force, the sweep lock and merge's --out: medsim replaces only its own files, and no two writers share a folder. */
class OutputFolderTest {
    @TempDir
    Path dir;

    private static final String ONE_RUN_SWEEP = "scenario: " + Path.of("src/test/resources/scenarios/small.yaml").toAbsolutePath()
            + "\ndays: 1\ndesign: {type: full-factorial}\nparameters:\n  smuggling.planScale: {levels: [1]}\nmetrics: [departed_people]\n";

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> !n.equals(OutputFolder.LOCK)).sorted().toList();
        }
    }

    private Path sweepFile() throws IOException {
        Path f = dir.resolve("one.yaml");
        Files.writeString(f, ONE_RUN_SWEEP);
        return f;
    }

    @Test
    void aFolderWithTheChartsMedsimDrewOfItRunsAgainAndForceRemovesThem() throws IOException {
        Path out = dir.resolve("run");
        String small = TestRuns.scenarioFile("small.yaml").toString();
        assertEquals(0, CliTest.medsim("run", small, "--days", "1", "--out", out.toString(), "-q").code());
        Path charts = Files.createDirectories(out.resolve(OutputFolder.CHARTS));
        Files.writeString(charts.resolve("cumulative.png"), "png");
        Files.writeString(charts.resolve("cumulative.svg"), "svg");
        assertEquals(0, CliTest.medsim("run", small, "--days", "1", "--out", out.toString(), "--force", "-q").code());
        assertFalse(Files.exists(charts), "--force removes the charts of the run it replaces");
        Path compare = dir.resolve("compare");
        String[] command = {"compare", small, TestRuns.scenarioFile("small-no-ngo.yaml").toString(), "--days", "1", "--replications", "1", "--out", compare.toString(), "-q"};
        assertEquals(0, CliTest.medsim(command).code());
        Files.createDirectories(compare.resolve(OutputFolder.CHARTS));
        Files.writeString(compare.resolve(OutputFolder.CHARTS).resolve("compare.png"), "png");
        assertEquals(0, CliTest.medsim(command).code(), "a compare runs again into its folder after chart");
        assertFalse(Files.exists(compare.resolve(OutputFolder.CHARTS)), "the charts of the result it replaced go with it");
        Files.createDirectories(compare.resolve(OutputFolder.CHARTS));
        Files.writeString(compare.resolve(OutputFolder.CHARTS).resolve("notes.txt"), "mine");
        CliTest.Outcome o = CliTest.medsim(command);
        assertEquals(2, o.code(), "a charts folder holding the user's own file is not medsim's: " + o.err());
    }

    @Test
    void aFolderWithTheReportMedsimWroteOfItRunsAgainAndForceRemovesIt() throws IOException {
        String small = TestRuns.scenarioFile("small.yaml").toString();
        Path compare = dir.resolve("compare");
        String[] command = {"compare", small, TestRuns.scenarioFile("small-no-ngo.yaml").toString(), "--days", "1", "--replications", "1", "--out", compare.toString(), "-q"};
        assertEquals(0, CliTest.medsim(command).code());
        Files.writeString(compare.resolve(OutputFolder.REPORT), "<!DOCTYPE html>");
        CliTest.Outcome again = CliTest.medsim(command);
        assertEquals(0, again.code(), "a compare runs again into its folder after report: " + again.err());
        assertFalse(Files.exists(compare.resolve(OutputFolder.REPORT)), "the page of the result it replaced goes with it");
        Path run = dir.resolve("run");
        assertEquals(0, CliTest.medsim("run", small, "--days", "1", "--out", run.toString(), "-q").code());
        Files.writeString(run.resolve(OutputFolder.REPORT), "<!DOCTYPE html>");
        assertEquals(0, CliTest.medsim("run", small, "--days", "1", "--out", run.toString(), "--force", "-q").code());
        assertFalse(Files.exists(run.resolve(OutputFolder.REPORT)), "--force removes the report of the run it replaces");
    }

    @Test
    void runForceIntoASweepFolderLeavesOnlyTheRunsFiles() throws IOException {
        Path out = dir.resolve("x");
        assertEquals(0, CliTest.medsim("sweep", sweepFile().toString(), "--out", out.toString(), "-q").code());
        assertTrue(names(out).contains("journal.csv"));
        CliTest.Outcome o = CliTest.medsim("run", TestRuns.scenarioFile("small.yaml").toString(), "--days", "1", "--out", out.toString(), "--force", "-q");
        assertEquals(0, o.code(), o.err());
        assertEquals(List.of("assets.csv", "daily.csv", "events.csv", "run.json", "search.csv", "sightings.csv", "summary.csv"), names(out));
    }

    @Test
    void sweepForceIntoARunFolderStartsOverAndLeavesOnlySweepFiles() throws IOException {
        Path out = dir.resolve("x");
        assertEquals(0, CliTest.medsim("run", TestRuns.scenarioFile("small.yaml").toString(), "--days", "1", "--out", out.toString(), "-q").code());
        assertEquals(2, CliTest.medsim("sweep", sweepFile().toString(), "--out", out.toString(), "-q").code(), "without --force: refused");
        CliTest.Outcome o = CliTest.medsim("sweep", sweepFile().toString(), "--out", out.toString(), "--force", "-q");
        assertEquals(0, o.code(), o.err());
        assertEquals(List.of("journal.csv", "points.csv", "runs.csv", "sweep.json"), names(out));
    }

    @Test
    void forceRefusesAFolderWithForeignFilesAlikeForRunAndSweepAndRemovesNothing() throws IOException {
        Path out = dir.resolve("x");
        Files.createDirectories(out);
        Files.writeString(out.resolve("summary.csv"), "mine");
        Files.writeString(out.resolve("notes.txt"), "precious");
        String expected = out + ": --out folder holds files that are not medsim's (notes.txt); --force replaces only medsim's files: choose another folder";
        CliTest.Outcome run = CliTest.medsim("run", TestRuns.scenarioFile("small.yaml").toString(), "--days", "1", "--out", out.toString(), "--force", "-q");
        assertEquals(2, run.code());
        assertEquals(expected, run.err().strip());
        CliTest.Outcome sweep = CliTest.medsim("sweep", sweepFile().toString(), "--out", out.toString(), "--force", "-q");
        assertEquals(2, sweep.code());
        assertEquals(expected, sweep.err().strip());
        assertEquals(List.of("notes.txt", "summary.csv"), names(out), "nothing removed");
    }

    private static String inUse(Path out) {
        return out + ": is in use by another medsim command (a run, sweep, merge, validate, compare, predict, calibrate or report writing to it); "
                + "wait for it to end, or choose another folder";
    }

    @Test
    void aSweepIntoAFolderAnotherSweepHoldsIsRefused() throws IOException {
        Path out = dir.resolve("x");
        try (FolderLock held = FolderLock.acquire(out)) {
            CliTest.Outcome o = CliTest.medsim("sweep", sweepFile().toString(), "--out", out.toString(), "-q");
            assertEquals(2, o.code());
            assertEquals(inUse(out), o.err().strip());
            assertEquals(List.of(), names(out), "the second sweep wrote nothing");
        }
        assertEquals(0, CliTest.medsim("sweep", sweepFile().toString(), "--out", out.toString(), "-q").code(), "free again once released");
    }

    /**
     * Every command that writes an output folder takes its lock: a {@code run --force} cannot
     * clear the files of a sweep still writing there, and no command writes beside another.
     */
    @Test
    void noCommandWritesIntoAFolderAnotherCommandHoldsAndNothingThereIsRemoved() throws IOException {
        Path out = dir.resolve("x");
        assertEquals(0, CliTest.medsim("sweep", sweepFile().toString(), "--out", out.toString(), "-q").code());
        List<String> sweepFiles = names(out);
        Path shard = dir.resolve("shard");
        assertEquals(0, CliTest.medsim("sweep", sweepFile().toString(), "--out", shard.toString(), "--shard", "0/1", "-q").code());
        String small = TestRuns.scenarioFile("small.yaml").toString();
        String[][] commands = {
            {"run", small, "--days", "1", "--out", out.toString(), "--force", "-q"},
            {"sweep", sweepFile().toString(), "--out", out.toString(), "--force", "-q"},
            {"merge", shard.toString(), "--out", out.toString()},
            {"validate", TestRuns.scenarioFile("small-behaviour-with-targets.yaml").toString(), "--replications", "1", "--out", out.toString(), "-q"},
            {"compare", small, TestRuns.scenarioFile("small-no-ngo.yaml").toString(), "--days", "1", "--replications", "1", "--out", out.toString(), "-q"},
            {"calibrate", TestRuns.scenarioFile("small-behaviour-inflow-only.yaml").toString(), TestRuns.scenarioFile("small-calibration.yaml").toString(), "--max-evaluations", "1", "--out", out.toString(), "-q"},
        };
        try (FolderLock held = FolderLock.acquire(out)) {
            for (String[] c : commands) {
                CliTest.Outcome o = CliTest.medsim(c);
                assertEquals(2, o.code(), c[0] + ": " + o.err());
                assertEquals(inUse(out), o.err().strip(), c[0]);
                assertEquals(sweepFiles, names(out), c[0] + " left the sweep's files as they were");
            }
        }
    }

    @Test
    void aRunIntoANewFolderIsNotRefusedForItsOwnLockAndAKilledRunsLockDoesNotBlockTheNext() throws IOException {
        Path out = dir.resolve("x");
        Files.createDirectories(out);
        Files.writeString(out.resolve(OutputFolder.LOCK), ""); // a lock file whose holder died: not held
        String small = TestRuns.scenarioFile("small.yaml").toString();
        CliTest.Outcome o = CliTest.medsim("run", small, "--days", "1", "--out", out.toString(), "-q");
        assertEquals(0, o.code(), o.err());
        assertEquals(List.of("assets.csv", "daily.csv", "events.csv", "run.json", "search.csv", "sightings.csv", "summary.csv"), names(out));
    }

    @Test
    void mergeWritesOnlyIntoAnEmptyFolderOrOverAnEarlierMergeOfTheSameSweep() throws IOException {
        Path shard = dir.resolve("shard");
        assertEquals(0, CliTest.medsim("sweep", sweepFile().toString(), "--out", shard.toString(), "--shard", "0/1", "-q").code());
        Path runDir = dir.resolve("run");
        assertEquals(0, CliTest.medsim("run", TestRuns.scenarioFile("small.yaml").toString(), "--days", "1", "--out", runDir.toString(), "-q").code());
        List<String> runFiles = names(runDir);
        CliTest.Outcome o = CliTest.medsim("merge", shard.toString(), "--out", runDir.toString());
        assertEquals(2, o.code(), o.err());
        assertEquals(runDir + ": --out folder is not empty and holds no merge of this sweep: choose an empty folder, so that the merged files are not mixed with others",
                o.err().strip());
        assertEquals(runFiles, names(runDir), "the run's folder as it was");
        Path merged = dir.resolve("merged");
        assertEquals(0, CliTest.medsim("merge", shard.toString(), "--out", merged.toString()).code());
        CliTest.Outcome again = CliTest.medsim("merge", shard.toString(), "--out", merged.toString());
        assertEquals(0, again.code(), "merging again over the same merge: " + again.err());
    }

    /** A journal that is a device or a pipe (a shard folder is the user's to give) is refused, not read for ever. */
    @Test
    void aJournalThatIsADeviceOrAPipeIsRefusedByMergeAndByAResumingSweep() throws IOException, InterruptedException {
        Path shard = dir.resolve("shard");
        assertEquals(0, CliTest.medsim("sweep", sweepFile().toString(), "--out", shard.toString(), "--shard", "0/1", "-q").code());
        Path journal = shard.resolve("journal.csv");
        Files.delete(journal);
        Files.createSymbolicLink(journal, SpecialFiles.devZero());
        CliTest.Outcome merge = CliTest.medsim("merge", shard.toString(), "--out", dir.resolve("merged").toString());
        assertEquals(2, merge.code(), merge.err());
        assertEquals(journal + ": is not a regular file (a device, a pipe or a socket)", merge.err().strip());
        Files.delete(journal);
        SpecialFiles.fifo(journal);
        CliTest.Outcome resume = CliTest.medsim("sweep", sweepFile().toString(), "--out", shard.toString(), "--shard", "0/1", "-q");
        assertEquals(2, resume.code(), resume.err());
        assertEquals(journal + ": is not a regular file (a device, a pipe or a socket)", resume.err().strip());
    }

    /** validate, compare and calibrate replace their own earlier files, and write nowhere else: not beside a sweep's files. */
    @Test
    void validateCompareAndCalibrateRefuseAFolderHoldingAnotherCommandsFiles() throws IOException {
        Path out = dir.resolve("x");
        assertEquals(0, CliTest.medsim("sweep", sweepFile().toString(), "--out", out.toString(), "-q").code());
        List<String> sweepFiles = names(out);
        String targets = TestRuns.scenarioFile("small-behaviour-inflow-only.yaml").toString();
        String small = TestRuns.scenarioFile("small.yaml").toString();
        String[][] commands = {
            {"validate", TestRuns.scenarioFile("small-behaviour-with-targets.yaml").toString(), "--replications", "1", "--out", out.toString(), "-q"},
            {"compare", small, TestRuns.scenarioFile("small-no-ngo.yaml").toString(), "--days", "1", "--replications", "1", "--out", out.toString(), "-q"},
            {"calibrate", targets, TestRuns.scenarioFile("small-calibration.yaml").toString(), "--max-evaluations", "1", "--out", out.toString(), "-q"},
        };
        for (String[] c : commands) {
            CliTest.Outcome o = CliTest.medsim(c);
            assertEquals(2, o.code(), c[0] + ": " + o.err());
            assertEquals(out + ": --out folder holds journal.csv, which is not a file of medsim " + c[0] + "; give an empty folder, or one of an earlier " + c[0],
                    o.err().strip());
        }
        assertEquals(sweepFiles, names(out));
    }

    @Test
    void mergeRefusesAnOutThatIsOneOfItsShardFolders() throws IOException {
        Path shard = dir.resolve("shard");
        Files.createDirectories(shard);
        Files.writeString(shard.resolve("sweep.json"), "{}");
        Path link = Files.createSymbolicLink(dir.resolve("link"), shard);
        for (Path out : List.of(shard, link, dir.resolve("shard/../shard"))) {
            CliTest.Outcome o = CliTest.medsim("merge", dir.resolve("other").toString(), shard.toString(), "--out", out.toString());
            assertEquals(2, o.code(), o.err());
            assertEquals("--out " + out + " is the shard folder " + shard + ": the merge would overwrite its files; give another folder", o.err().strip());
        }
        assertEquals("{}", Files.readString(shard.resolve("sweep.json")));
        assertFalse(Files.exists(dir.resolve("other")));
    }
}
