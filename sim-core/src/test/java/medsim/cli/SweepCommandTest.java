package medsim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
    void aFailedRunIsRecordedWithItsErrorAndTheOthersGoOn() throws IOException {
        Path out = dir.resolve("failing");
        CliTest.Outcome o = medsim("sweep", sweep("small-failing.yaml"), "--out", out.toString(), "-q");
        assertEquals(0, o.code(), o.err());
        assertTrue(o.err().startsWith("1 of 2 runs failed"), o.err());
        List<String> runs = Files.readAllLines(out.resolve("runs.csv"));
        assertTrue(runs.get(1).endsWith(",ok,"), runs.get(1));
        assertTrue(runs.get(2).contains(",failed,"), runs.get(2));
        assertTrue(runs.get(2).contains("small-failing.yaml:7:"), "the error names the sweep file line: " + runs.get(2));
        assertTrue(runs.get(2).contains("capsizeHazardPerHour must be <= 1 (got 5)"), runs.get(2));
    }

    @Test
    void saltelliAndMorrisDesignsWriteTheirSensitivityFiles() throws IOException {
        Path s = dir.resolve("s"), m = dir.resolve("m");
        assertEquals(0, medsim("sweep", sweep("small-saltelli.yaml"), "--out", s.toString(), "-q").code());
        List<String> sobol = Files.readAllLines(s.resolve("sobol.csv"));
        assertEquals(1 + 2 * 2, sobol.size(), "two parameters x two metrics");
        assertTrue(sobol.get(1).startsWith("smuggling.planScale,departed_people,"), sobol.get(1));
        assertEquals(1 + 8 * 4, Files.readAllLines(s.resolve("runs.csv")).size(), "N(k+2) runs");
        assertEquals(0, medsim("sweep", sweep("small-morris.yaml"), "--out", m.toString(), "-q").code());
        List<String> morris = Files.readAllLines(m.resolve("morris.csv"));
        assertEquals("parameter,metric,mu_star,mu,sigma", morris.get(0));
        assertEquals(5, morris.size());
        double planMuStar = Double.parseDouble(morris.get(1).split(",")[2]);
        assertTrue(planMuStar > 0, "departures respond to the departure intensity: " + morris.get(1));
    }

    @Test
    void aCsvDesignMatrixRunsAsItIs() throws IOException {
        Path out = dir.resolve("csv");
        assertEquals(0, medsim("sweep", sweep("small-csv.yaml"), "--out", out.toString(), "-q").code());
        List<String> points = Files.readAllLines(out.resolve("points.csv"));
        assertEquals("point,smuggling.planScale,forces.ngo.assets.ship.count,departed_people_mean,departed_people_sd,departed_people_ci95_low,departed_people_ci95_high,runs_ok",
                points.get(0));
        assertTrue(points.get(3).startsWith("2,1.5,4,"), points.get(3));
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
        assertTrue(o.err().startsWith(bad + ":5:11: metrics[0] is not a metric of the scenario"), o.err());
        Path csv = dir.resolve("d.csv");
        Files.writeString(csv, "smuggling.planScale\n0.5\nlots\n");
        Files.writeString(bad, "scenario: " + Path.of("src/test/resources/scenarios/small.yaml").toAbsolutePath()
                + "\ndesign: {type: csv, file: d.csv}\nmetrics: [departed_people]\n");
        o = medsim("sweep", bad.toString(), "--out", dir.resolve("x").toString());
        assertEquals(2, o.code());
        assertEquals(csv + ":3:1: smuggling.planScale must be a number (got \"lots\")", o.err().strip());
        assertEquals(2, medsim("sweep", sweep("small-factorial.yaml"), "--shard", "3/3").code());
    }
}
