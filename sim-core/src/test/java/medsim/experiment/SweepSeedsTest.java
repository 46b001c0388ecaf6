package medsim.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import medsim.event.EventSink;
import medsim.metric.DailySeries;
import medsim.model.ScenarioRun;
import medsim.model.WorldCache;
import medsim.scenario.Scenario;
import medsim.yaml.InputException;

/** Sweeps give replication r the same seed at every design point unless told otherwise. */
class SweepSeedsTest {
    private static final Path SWEEP = Path.of("src", "test", "resources", "sweeps", "small-late-ngo-ship.yaml");

    @TempDir
    Path dir;

    /** The sweep file with {@code seeds:} set, in a temporary folder (its scenario named by absolute path). */
    private SweepPlan planWith(String seedsLine) throws IOException {
        Path scenario = SWEEP.resolveSibling("../scenarios/small-late-ngo-ship.yaml").toAbsolutePath().normalize();
        String text = Files.readString(SWEEP).replace("../scenarios/small-late-ngo-ship.yaml", scenario.toString());
        Path copy = Files.writeString(dir.resolve("sweep.yaml"), text + seedsLine + "\n");
        return new SweepPlan(SweepSpec.load(copy));
    }

    @Test
    void byDefaultReplicationRHasTheSameSeedAtEveryPointAsValidateGivesIt() {
        SweepPlan plan = new SweepPlan(SweepSpec.load(SWEEP));
        assertEquals(SeedScheme.COMMON, plan.spec().seeds());
        assertEquals(3, plan.design().size());
        for (SweepRun r : plan.runs()) assertEquals(Seeds.derive(5, r.replication()), r.seed(), r.toString());
        assertNotEquals(plan.runs().get(0).seed(), plan.runs().get(1).seed(), "replications differ");
    }

    @Test
    void withIndependentSeedsEveryRunHasItsOwnSeed() throws IOException {
        SweepPlan plan = planWith("seeds: independent");
        assertEquals(SeedScheme.INDEPENDENT, plan.spec().seeds());
        long distinct = plan.runs().stream().mapToLong(SweepRun::seed).distinct().count();
        assertEquals(plan.runs().size(), distinct);
        assertEquals(SeedScheme.COMMON, planWith("seeds: common").spec().seeds());
    }

    @Test
    void anUnknownSeedSchemeIsRefusedWhereItIsWritten() {
        InputException e = assertThrows(InputException.class, () -> planWith("seeds: shared"));
        assertTrue(e.getMessage().contains(":11:8:") && e.getMessage().contains("must be common or independent"), e.getMessage());
    }

    @Test
    void theSweepRecordsItsSeedSchemeInSweepJson() throws IOException {
        SweepPlan plan = planWith("seeds: independent");
        Path out = Files.createDirectories(dir.resolve("out"));
        SweepInfo.of(plan, "all", medsim.provenance.BuildInfo.current()).write(out);
        String json = Files.readString(out.resolve(SweepInfo.FILE));
        assertTrue(json.matches("(?s).*\"seeds\": *\"independent\".*"), json);
        assertEquals(SeedScheme.INDEPENDENT, SweepInfo.read(out).seeds());
    }

    /**
     * The late NGO ship deploys on day 11: with common seeds the three counts swept (0, 2, 4)
     * give the very same first ten days, and differ afterwards.
     */
    @Test
    void aParameterThatMattersOnlyFromDayElevenLeavesTheFirstTenDaysAlone() {
        SweepPlan plan = new SweepPlan(SweepSpec.load(SWEEP));
        WorldCache worlds = new WorldCache();
        double[][][] daily = new double[plan.design().size()][][];
        for (SweepRun r : plan.runs()) {
            if (r.replication() != 0) continue;
            Scenario s = plan.scenarioAt(r.point());
            daily[r.point()] = series(ScenarioRun.execute(s, worlds.get(s.geography()), r.seed(), EventSink.NONE, ScenarioRun.Progress.NONE).daily());
        }
        for (int p = 1; p < daily.length; p++) {
            for (int d = 0; d < 10; d++) assertArrayEquals(daily[0][d], daily[p][d], "point " + p + ", day " + (d + 1));
            boolean later = false;
            for (int d = 10; d < daily[p].length; d++) later |= !Arrays.equals(daily[0][d], daily[p][d]);
            assertTrue(later, "point " + p + " differs from day 11 (the ships matter)");
        }
        assertFalse(Arrays.equals(daily[0][0], new double[daily[0][0].length]), "the first day has something to compare");
    }

    /** Each day's flows then levels. */
    private static double[][] series(DailySeries daily) {
        int flows = daily.flows().size(), levels = daily.levels().size();
        double[][] v = new double[daily.days()][flows + levels];
        for (int d = 0; d < v.length; d++) {
            for (int i = 0; i < flows; i++) v[d][i] = daily.flow(d, i);
            for (int i = 0; i < levels; i++) v[d][flows + i] = daily.level(d, i);
        }
        return v;
    }
}
