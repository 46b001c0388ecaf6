package medsim.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.commons.math3.stat.StatUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import medsim.experiment.Replications;
import medsim.experiment.RunResult;
import medsim.metric.DailySeries;
import medsim.record.CsvEventSink;
import medsim.record.RunOutputs;
import medsim.scenario.Scenario;
import medsim.scenario.ScenarioLoader;
import sim.engine.SimState;

/**
 * Every draw comes from a stream keyed by what it is about (medsim.random), so runs at the
 * same seed share their randomness wherever they do not differ: common random numbers.
 */
class KeyedStreamsTest {
    private static final WorldCache WORLDS = new WorldCache();
    private static final Path WHAT_IFS = Path.of("..", "scenarios", "whatif");

    @Test
    void aRunDrawsNothingFromMasonsSharedGenerator() {
        MedSim sim = TestRuns.run(TestRuns.load("small.yaml").withDays(5), 9).sim();
        assertTrue(sim.outcome().summary().get("departed_people") > 0, "the run did something");
        // MASON's own SimState.start() draws from it; the model must draw nothing more.
        SimState startedOnly = new SimState(9);
        startedOnly.start();
        assertEquals(startedOnly.random.nextLong(), sim.random.nextLong(), "the model drew from state.random");
    }

    @Test
    void theBaseAndEveryShippedWhatIfMeetTheSameSeaStateEveryDay() throws IOException {
        int days = 28;
        Scenario base = ScenarioLoader.load(Path.of("..", "scenarios", "central-med-2016.yaml")).withDays(days);
        double[] baseSea = beaufortSeries(base);
        List<Path> whatIfs;
        try (var s = Files.list(WHAT_IFS)) {
            // The 2016 what-ifs; those of the held-out 2017 forecast have their own base.
            whatIfs = s.filter(p -> p.getFileName().toString().startsWith("2016-") && p.toString().endsWith(".yaml")).sorted().toList();
        }
        assertTrue(whatIfs.size() >= 5, whatIfs.toString());
        for (Path w : whatIfs) {
            Scenario whatIf = ScenarioLoader.load(w).withDays(days);
            assertEquals(base.startDate(), whatIf.startDate(), w.toString());
            assertArrayEquals(baseSea, beaufortSeries(whatIf), w.getFileName() + ": daily sea state differs from its base's");
        }
    }

    private static double[] beaufortSeries(Scenario s) {
        DailySeries daily = ScenarioRun.execute(s, WORLDS.get(s.geography()), 1, e -> { }, ScenarioRun.Progress.NONE).daily();
        int i = daily.levelIndex("beaufort");
        double[] v = new double[daily.days()];
        for (int d = 0; d < v.length; d++) v[d] = daily.level(d, i);
        assertEquals(s.days(), v.length);
        assertTrue(StatUtils.variance(v) > 0, "the sea state changes from day to day");
        return v;
    }

    @Test
    void anAssetDeployedAfterThePeriodChangesNothingAtAll(@TempDir Path dir) throws IOException {
        // The late ship deploys on day 11; ten days end before it.
        Scenario base = TestRuns.load("small.yaml").withDays(10);
        Scenario withLateShip = TestRuns.load("small-late-ngo-ship.yaml").withDays(10);
        assertEquals(base.forces().get("ngo").assets().size() + 1, withLateShip.forces().get("ngo").assets().size());
        Path a = write(base, dir.resolve("base")), b = write(withLateShip, dir.resolve("late"));
        for (String f : List.of("events.csv", "daily.csv")) assertEquals(Files.readString(a.resolve(f)), Files.readString(b.resolve(f)), f);
        assertEquals(totals(a), totals(b), "summary.csv, but for the scenario's name and inputs digest");
        List<String> assetsA = Files.readAllLines(a.resolve("assets.csv"));
        List<String> assetsB = Files.readAllLines(b.resolve("assets.csv")).stream().filter(l -> !l.contains("late-ship")).toList();
        assertEquals(assetsA, assetsB, "assets.csv, but for the late ship's row");
        assertTrue(Files.readString(a.resolve("events.csv")).lines().count() > 100, "the runs had events to compare");
    }

    /** summary.csv without its first two columns (scenario_name, inputs_sha256), which name the scenario. */
    private static List<String> totals(Path dir) throws IOException {
        return Files.readAllLines(dir.resolve("summary.csv")).stream().map(l -> l.split(",", 3)[2]).toList();
    }

    private static Path write(Scenario s, Path dir) throws IOException {
        Files.createDirectories(dir);
        RunOutcome outcome;
        try (CsvEventSink events = new CsvEventSink(dir.resolve("events.csv"), t -> s.startDate().atStartOfDay().plusMinutes(t * s.tickMinutes()))) {
            outcome = TestRuns.run(s, 4, events);
            events.publish();
        }
        RunOutputs.writeSummary(dir.resolve("summary.csv"), s, null, 4, outcome.summary());
        RunOutputs.writeDaily(dir.resolve("daily.csv"), outcome.daily());
        RunOutputs.writeAssets(dir.resolve("assets.csv"), outcome.assets());
        return dir;
    }

    /**
     * The no-NGO what-if against its base over 20 replications: paired at the same seeds, the
     * difference in deaths and in rescues varies at most half as much as between runs at
     * independent seeds (the figures are in README.md, "Common random numbers").
     */
    @Test
    void pairedSeedsAtLeastHalveTheVarianceOfTheNoNgoDifference() {
        int n = 20;
        Scenario base = TestRuns.load("small.yaml"), noNgo = TestRuns.load("small-no-ngo.yaml");
        World world = WORLDS.get(base.geography());
        List<RunResult> b = Replications.run(base, world, 1, n, 2, i -> { });
        List<RunResult> paired = Replications.run(noNgo, world, 1, n, 2, i -> { });
        List<RunResult> independent = Replications.run(noNgo, world, 1_000, n, 2, i -> { });
        for (String metric : List.of("dead_missing", "rescued_people")) {
            double common = StatUtils.variance(differences(paired, b, metric));
            double indep = StatUtils.variance(differences(independent, b, metric));
            String figures = String.format(java.util.Locale.ROOT, "%s: variance of the paired difference %.0f, independent %.0f, ratio %.1f",
                    metric, common, indep, indep / common);
            System.out.println(figures);
            assertTrue(StatUtils.mean(differences(paired, b, metric)) != 0, "the NGOs make a difference: " + figures);
            assertTrue(indep >= 2 * common, figures);
        }
    }

    private static double[] differences(List<RunResult> a, List<RunResult> b, String metric) {
        double[] d = new double[a.size()];
        for (int i = 0; i < d.length; i++) {
            Map<String, Double> x = a.get(i).summary(), y = b.get(i).summary();
            d[i] = x.get(metric) - y.get(metric);
        }
        return d;
    }
}
