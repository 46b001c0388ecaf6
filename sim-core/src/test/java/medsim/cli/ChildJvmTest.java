package medsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import medsim.model.TestRuns;
import medsim.record.AtomicFiles;
import medsim.record.OutputFolder;

/**
 * medsim as a process: killed part-way through a run by a signal, or out of memory. Each
 * test starts {@code medsim} in a JVM of its own, as the launcher does.
 */
class ChildJvmTest {
    @TempDir
    Path dir;

    private static List<String> runCommand(Path out) {
        return runCommand(TestRuns.scenarioFile("small.yaml"), out);
    }

    private static List<String> runCommand(Path scenario, Path out) {
        return List.of("run", scenario.toString(), "--out", out.toString(), "-q");
    }

    /** medsim in a JVM of its own, with this test JVM's class path. */
    static ProcessBuilder medsim(List<String> jvmOptions, List<String> args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), MedsimCommand.class.getName()));
        command.addAll(args);
        return new ProcessBuilder(command);
    }

    /**
     * Starts {@code medsim run} into the empty folder {@code out} and returns once its events
     * file is being written: the run is then under way (it has seconds to go), and is killed.
     */
    private Process runKilledPartWay(Path out, boolean forcibly) throws IOException, InterruptedException {
        Process p = runUnderWay(TestRuns.scenarioFile("small.yaml"), out);
        if (forcibly) p.destroyForcibly();
        else p.destroy();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the run did not stop");
        return p;
    }

    /** Starts {@code medsim run} of {@code scenario} into the empty folder {@code out} and returns once its events file is being written. */
    private Process runUnderWay(Path scenario, Path out) throws IOException, InterruptedException {
        Files.createDirectories(out);
        Path partial = AtomicFiles.partialFor(out.resolve("events.csv"));
        Path log = dir.resolve("child.log");
        try (WatchService watch = FileSystems.getDefault().newWatchService()) {
            out.register(watch, StandardWatchEventKinds.ENTRY_CREATE);
            Process p = medsim(List.of(), runCommand(scenario, out)).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            boolean seen = false;
            while (!seen) {
                WatchKey key = watch.poll(60, TimeUnit.SECONDS);
                assertTrue(key != null, "no events file after 60 s; the run said: " + Files.readString(log));
                for (WatchEvent<?> e : key.pollEvents()) seen |= partial.getFileName().equals(e.context());
                key.reset();
            }
            assertTrue(p.isAlive(), "the run ended before it could be killed: " + Files.readString(log));
            return p;
        }
    }

    /**
     * A run in another process holds its folder: {@code run --force} or a sweep into it is
     * refused and removes nothing (it used to clear the folder, deleting the running run's
     * partial events file, so that the first run failed).
     */
    @Test
    void aFolderAnotherProcessIsWritingIsRefusedToRunForceAndSweepAndKeepsItsFiles() throws IOException, InterruptedException {
        Path out = dir.resolve("busy");
        // The small scenario over seven months, not three weeks: on a loaded machine the three
        // weeks could end between the two refusals below, freeing the folder for the second.
        Path long7 = Files.writeString(dir.resolve("small-seven-months.yaml"), "extends: " + TestRuns.scenarioFile("small.yaml").toAbsolutePath()
                + "\nperiod: {start: 2016-06-01, end: 2016-12-31}\nsmuggling:\n  plan: {2016-06: 30000, 2016-07: 30000, 2016-08: 30000, 2016-09: 30000,"
                + " 2016-10: 30000, 2016-11: 30000, 2016-12: 30000}\n");
        Process p = runUnderWay(long7, out);
        try {
            Path partial = AtomicFiles.partialFor(out.resolve("events.csv"));
            CliTest.Outcome run = CliTest.medsim("run", TestRuns.scenarioFile("small.yaml").toString(), "--days", "1", "--out", out.toString(), "--force", "-q");
            assertEquals(2, run.code(), run.err());
            assertTrue(run.err().startsWith(out + ": is in use by another medsim command"), run.err());
            Path sweep = Files.writeString(dir.resolve("one.yaml"), "scenario: " + TestRuns.scenarioFile("small.yaml").toAbsolutePath()
                    + "\ndays: 1\ndesign: {type: full-factorial}\nparameters:\n  smuggling.planScale: {levels: [1]}\nmetrics: [departed_people]\n");
            CliTest.Outcome sw = CliTest.medsim("sweep", sweep.toString(), "--out", out.toString(), "--force", "-q");
            assertEquals(2, sw.code(), sw.err());
            assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the first run did not end");
            assertEquals(0, p.exitValue(), "the first run ran to its end, undisturbed: " + Files.readString(dir.resolve("child.log")));
            assertFalse(Files.exists(partial));
            for (String f : OutputFolder.RUN_FILES) assertTrue(Files.isRegularFile(out.resolve(f)), f);
        } finally {
            p.destroyForcibly();
            p.waitFor(60, TimeUnit.SECONDS);
        }
    }

    @Test
    void aRunStoppedBySigtermLeavesNoPartialFileAndTheSameCommandRunsAgain() throws Exception {
        Path out = dir.resolve("run");
        Process p = runKilledPartWay(out, false);
        assertEquals(128 + 15, p.exitValue(), "ended by SIGTERM");
        assertEquals(List.of(), EnvironmentFailureTest.list(out), "the shutdown removed the partial events file");
        CliTest.Outcome again = CliTest.medsim(runCommand(out).toArray(String[]::new));
        assertEquals(0, again.code(), again.err());
        assertEquals(List.of("assets.csv", "daily.csv", "events.csv", "run.json", "search.csv", "sightings.csv", "summary.csv"), EnvironmentFailureTest.list(out));
    }

    @Test
    void aRunKilledBySigkillLeavesOnlyItsPartialFileWhichDoesNotBlockTheSameCommand() throws Exception {
        Path out = dir.resolve("run");
        Process p = runKilledPartWay(out, true);
        assertEquals(128 + 9, p.exitValue(), "ended by SIGKILL");
        assertEquals(List.of(".events.csv.partial"), EnvironmentFailureTest.list(out), "no process survives SIGKILL to clean up");
        CliTest.Outcome again = CliTest.medsim(runCommand(out).toArray(String[]::new));
        assertEquals(0, again.code(), "a folder holding only medsim's leftovers counts as empty: " + again.err());
        assertEquals(List.of("assets.csv", "daily.csv", "events.csv", "run.json", "search.csv", "sightings.csv", "summary.csv"), EnvironmentFailureTest.list(out),
                "the leftover is gone");
    }

    @Test
    void runningOutOfMemoryIsOneLineSayingHowToGiveJavaMore() throws Exception {
        Path out = dir.resolve("run");
        Path log = dir.resolve("oom.log");
        Process p = medsim(List.of("-Xmx16m"), runCommand(out)).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the run did not end");
        String said = Files.readString(log).strip();
        assertEquals(1, p.exitValue(), said);
        assertEquals(1, said.lines().count(), said);
        assertTrue(said.matches("medsim: out of memory \\(Java heap: \\d+ MB in use, 1\\d MB at most\\); give Java more with "
                + "MEDSIM_JAVA_OPTS=-Xmx1g \\./medsim \\.\\.\\. \\(or java -Xmx1g -jar \\.\\.\\. without the launcher\\)"), said);
        assertFalse(Files.exists(out) && !EnvironmentFailureTest.list(out).isEmpty(), "no result left");
    }
}
