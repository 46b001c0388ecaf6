package medsim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import medsim.model.TestRuns;
import medsim.model.World;
import medsim.scenario.Scenario;

class ComparisonTest {
    private static final int DAYS = 3;
    private static final int PAIRS = 5;

    private static Scenario small(String name) {
        return TestRuns.load(name).withDays(DAYS);
    }

    @Test
    void aScenarioComparedWithItselfDiffersByZeroWithAZeroWidthIntervalInEveryMetric() {
        Scenario s = small("small.yaml");
        Comparison c = Comparison.run(s, small("small.yaml"), 7, PAIRS, 2, done -> {});
        assertEquals(s.metrics().summary(), c.rows().stream().map(Comparison.Row::metric).toList(), "one row per metric, in the catalogue's order");
        int withValues = 0;
        for (Comparison.Row r : c.rows()) {
            assertEquals(Comparison.Presence.BOTH, r.presence());
            if (Double.isNaN(r.meanA())) continue; // a ratio with a zero divisor in some run: no value to compare
            withValues++;
            assertEquals(r.meanA(), r.meanB(), 0.0, r.metric() + ": the same seed and inputs give the same run");
            assertEquals(0, r.difference().mean(), 0.0, r.metric());
            assertEquals(0, r.difference().low(), 0.0, r.metric());
            assertEquals(0, r.difference().high(), 0.0, r.metric());
            assertFalse(r.excludesZero(), r.metric());
        }
        assertTrue(withValues > 40, "most metrics have values (" + withValues + ")");
        assertEquals(0, c.differing());
    }

    @Test
    void replicationIOfBothScenariosRunsWithTheSeedValidateGivesReplicationI() {
        Comparison c = Comparison.run(small("small.yaml"), small("small-stormy.yaml"), 11, PAIRS, 2, done -> {});
        for (int i = 0; i < PAIRS; i++) {
            assertEquals(Seeds.derive(11, i), c.runsA().get(i).seed());
            assertEquals(Seeds.derive(11, i), c.runsB().get(i).seed());
        }
    }

    @Test
    void aStormyVariantHoldsDeparturesBackAndTheIntervalSaysSo() {
        Comparison c = Comparison.run(small("small.yaml"), small("small-stormy.yaml"), 1, PAIRS, 2, done -> {});
        Comparison.Row departed = row(c, "departed_people");
        assertTrue(departed.meanA() > 0);
        assertEquals(0, departed.meanB(), 0.0, "Beaufort 6 every day: nobody leaves");
        assertTrue(departed.excludesZero());
        assertTrue(departed.difference().high() < 0);
        assertEquals(-1, departed.relativeChange(), 1e-12);
        assertEquals("people", departed.unit());
        assertEquals("", departed.ciNote());
    }

    @Test
    void aMetricOnlyOneScenarioHasIsListedAsSuchWithoutADifference() {
        Comparison c = Comparison.run(small("small.yaml"), small("small-extra-port.yaml"), 1, 2, 2, done -> {});
        Comparison.Row extra = c.rows().get(c.rows().size() - 1);
        assertEquals("arrivals_people.pozzallo", extra.metric());
        assertEquals(Comparison.Presence.ONLY_B, extra.presence());
        assertEquals("only in B", extra.ciNote());
        assertTrue(Double.isNaN(extra.meanA()) && Double.isNaN(extra.difference().mean()));
        assertEquals(0, extra.meanB(), 0.0, "no MRCC assigns the port");
        assertEquals(Intervals.TOO_FEW_REPLICATIONS, row(c, "departed_people").ciNote(), "two pairs get no interval");
        assertFalse(row(c, "departed_people").difference().hasInterval());
    }

    @Test
    void replicationsWithDifferentSeedsAreRefusedAsUnpaired() {
        Scenario s = small("small.yaml");
        World world = World.build(s.geography());
        List<RunResult> a = Replications.run(s, world, 1, 1, 1, done -> {});
        List<RunResult> b = Replications.run(s, world, 2, 1, 1, done -> {});
        assertThrows(IllegalArgumentException.class, () -> Comparison.of(s, a, s, b, 1));
        assertThrows(IllegalArgumentException.class, () -> Comparison.of(s, a, s, List.of(), 1));
    }

    private static Comparison.Row row(Comparison c, String metric) {
        return c.rows().stream().filter(r -> r.metric().equals(metric)).findFirst().orElseThrow();
    }
}
