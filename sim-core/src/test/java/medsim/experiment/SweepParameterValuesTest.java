package medsim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import medsim.scenario.Scenario;

class SweepParameterValuesTest {

    @Test
    void everyDesignPointRunsWithItsValuesToTheLastDigit() {
        SweepPlan plan = new SweepPlan(SweepSpec.load(Path.of("src", "test", "resources", "sweeps", "small-saltelli-rates.yaml")));
        int notShort = 0;
        for (int p = 0; p < plan.design().size(); p++) {
            double[] values = plan.design().rows().get(p);
            Scenario s = plan.scenarioAt(p);
            assertEquals(values[0], s.smuggling().planScale(), "point " + p);
            assertEquals(values[1], s.boatTypes().get("rubber-dinghy").capsizeHazardPerHour(), "point " + p);
            if (values[1] != Math.round(values[1] * 1e6) / 1e6) notShort++;
        }
        assertTrue(notShort > 0, "the design has values that six decimals would round");
    }

    @Test
    void aRangeGivesItsEndsExactlyAndNothingOutsideThem() {
        SplittableRandom random = new SplittableRandom(3);
        for (int i = 0; i < 10_000; i++) {
            double min = Math.pow(10, -8 + 8 * random.nextDouble()), max = min * Math.pow(10, 0.1 + 4 * random.nextDouble());
            for (boolean log : new boolean[] {true, false}) {
                ParameterRange r = new ParameterRange(min, max, log, false);
                assertEquals(min, r.value(0), r.toString());
                assertEquals(max, r.value(1), r.toString());
                double v = r.value(random.nextDouble());
                assertTrue(v >= min && v <= max, r + ": " + v);
            }
        }
    }
}
