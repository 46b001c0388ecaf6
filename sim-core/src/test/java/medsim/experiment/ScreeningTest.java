package medsim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import medsim.scenario.AssetSpec;
import medsim.scenario.Force;
import medsim.scenario.MrccSpec;
import medsim.scenario.Scenario;
import medsim.scenario.ScenarioLoader;

/**
 * A screening's factors (one per registry entry, setting every number the entry covers) and
 * its decision rule, on the small test scenario with a tiny registry
 * ({@code src/test/resources/registry/small.yaml}).
 */
class ScreeningTest {
    private static final Path SWEEP = Path.of("src", "test", "resources", "sweeps", "small-screening.yaml");
    private static SweepSpec spec;

    @BeforeAll
    static void load() {
        spec = SweepSpec.load(SWEEP);
    }

    private static FactorGroup factor(String name) {
        return spec.screening().factors().stream().filter(g -> g.name().equals(name)).findFirst().orElseThrow();
    }

    private static Scenario at(String factor, double level) {
        return ScenarioLoader.load(spec.scenarioFile(), factor(factor).overrides(level));
    }

    private static double responseHours(Scenario s, String mrcc) {
        return s.mrccs().get(mrcc).maxResponseHours();
    }

    @Test
    void aFactorIsNamedByItsEntryAndStandsForTheEntrysFieldsInTheScenario() {
        assertEquals(List.of("dinghy-capsize-hazard", "mrcc-response-limit", "ship-count"),
                spec.parameters().stream().map(SweepParameter::path).toList());
        assertEquals(List.of("mrccs.rome.maxResponseHours", "mrccs.valletta.maxResponseHours", "mrccs.tripoli.maxResponseHours"),
                factor("mrcc-response-limit").fields().stream().map(f -> f.member().path()).toList());
    }

    @Test
    void aFactorsLevelSetsEveryFieldItsEntryCoversFromItsOwnValueTowardThePriorsEnds() {
        Scenario documented = ScenarioLoader.load(spec.scenarioFile());
        assertEquals(30, responseHours(documented, "rome"));
        assertEquals(2, responseHours(documented, "valletta"));
        assertEquals(6, responseHours(documented, "tripoli"));
        for (String mrcc : List.of("rome", "valletta", "tripoli")) {
            assertEquals(1, responseHours(at("mrcc-response-limit", 0), mrcc), mrcc + " at the prior's min");
            assertEquals(48, responseHours(at("mrcc-response-limit", 1), mrcc), mrcc + " at the prior's max");
            assertEquals(responseHours(documented, mrcc), responseHours(at("mrcc-response-limit", 0.5), mrcc), mrcc + " as written at 0.5");
        }
        Scenario quarter = at("mrcc-response-limit", 0.25);
        assertEquals(15.5, responseHours(quarter, "rome"), 1e-12);
        assertEquals(1.5, responseHours(quarter, "valletta"), 1e-12);
        assertEquals(3.5, responseHours(quarter, "tripoli"), 1e-12);
        Scenario threeQuarters = at("mrcc-response-limit", 0.75);
        assertEquals(39, responseHours(threeQuarters, "rome"), 1e-12);
        assertEquals(25, responseHours(threeQuarters, "valletta"), 1e-12);
        assertEquals(27, responseHours(threeQuarters, "tripoli"), 1e-12);
    }

    @Test
    void aWholeNumberFactorSetsEveryCountToAWholeNumberWithinThePrior() {
        Scenario documented = ScenarioLoader.load(spec.scenarioFile());
        int counted = 0;
        for (double level : new double[] {0, 1.0 / 3, 2.0 / 3, 1}) {
            Scenario s = at("ship-count", level);
            for (Force f : s.forces().values()) {
                for (AssetSpec a : f.assets()) {
                    int before = documented.forces().get(f.id()).assets().stream().filter(b -> b.id().equals(a.id())).findFirst().orElseThrow().count();
                    double expected = level == 0 ? 1 : level == 1 ? 10
                            : Math.rint(level < 0.5 ? 1 + (before - 1) * level / 0.5 : before + (10 - before) * (level - 0.5) / 0.5);
                    assertEquals(expected, a.count(), f.id() + "." + a.id() + " at level " + level);
                    counted++;
                }
            }
        }
        assertEquals(4 * factor("ship-count").fields().size(), counted, "every count of the scenario is a field of the factor");
    }

    @Test
    void anEntryThatIsNoFactorSaysWhyInItsRow() {
        Map<String, Screening.Row> rows = new java.util.LinkedHashMap<>();
        for (Screening.Row r : spec.screening().entries()) rows.put(r.entry(), r);
        assertEquals(List.of("dinghy-capsize-hazard", "mrcc-response-limit", "ship-count", "dinghy-speed", "persistence", "boat-type-shares", "lcg-availability"),
                List.copyOf(rows.keySet()), "every entry, in the registry's order");
        assertEquals("screen", rows.get("mrcc-response-limit").decision());
        assertEquals(3, rows.get("mrcc-response-limit").fields());
        assertEquals("cite", rows.get("dinghy-speed").decision());
        assertEquals("fix", rows.get("persistence").decision());
        assertEquals("not screened", rows.get("boat-type-shares").decision());
        assertEquals("absent", rows.get("lcg-availability").decision());
        assertEquals(0, rows.get("lcg-availability").fields());
        assertEquals(List.of(Path.of("").toAbsolutePath().resolve("src/test/resources/registry/small.yaml")
                + ": warning: entry lcg-availability covers no number of the scenario: not screened"), spec.warnings());
    }

    private static MorrisEffects.Effect effect(double muStar, double conf) {
        return new MorrisEffects.Effect(muStar, muStar, 0, conf, 6);
    }

    @Test
    void theRuleFixesAnEntryOnlyWhenItsMuStarUpperBoundIsBelowFivePercentOfTheLargestForEveryMetric() {
        // Made-up effects of four factors on two metrics. Metric 0's largest mu* is 100, metric 1's is 2.
        MorrisEffects.Effect[] deaths = {effect(100, 10), effect(3, 1), effect(3, 2.5), effect(0, 0)};
        MorrisEffects.Effect[] share = {effect(0.01, 0.01), effect(0.02, 0.05), effect(2, 0.1), effect(0.09, 0.0099)};
        double[][] shares = Screening.upperShares(List.of(deaths, share), 4);
        assertEquals(1.1, shares[0][0], 1e-12);
        assertEquals(0.04, shares[1][0], 1e-12);
        assertEquals(0.035, shares[1][1], 1e-12);
        assertEquals(0.055, shares[2][0], 1e-12);
        assertEquals(0.04995, shares[3][1], 1e-12);
        assertTrue(Screening.calibrate(shares[0]), "the largest effect");
        assertFalse(Screening.calibrate(shares[1]), "below 5% for both metrics: fixed");
        assertTrue(Screening.calibrate(shares[2]), "5.5% of the deaths' largest, though its mu* alone is 3%: the interval's upper end decides");
        assertFalse(Screening.calibrate(shares[3]), "just below 5% on the share");
        assertTrue(Screening.calibrate(new double[] {0.01, Double.NaN}), "no interval: not shown to be small");
        assertEquals(0, Screening.upperShares(List.<MorrisEffects.Effect[]>of(new MorrisEffects.Effect[] {effect(0, 0), effect(0, 0)}), 2)[1][0],
                "a metric no factor moves makes no factor matter");
    }
}
