package medsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.apache.commons.math3.distribution.TDistribution;
import org.junit.jupiter.api.Test;

import medsim.scenario.Scenario;

/**
 * The model's outcomes do not depend on the time step (issue 12, test b).
 *
 * <p>{@code small-tick-independence.yaml} (30 days, a thin fleet, a dense departure plan) runs
 * at 5-minute ticks and, as {@code small-tick-independence-1min.yaml}, at 1-minute ticks: 40
 * paired replications, pair i at seed i for both (common random numbers). For each of five
 * outcomes (people rescued, people returned to Libya by the Libyan coastguard, boats destroyed
 * by Sophia, people landed unaided, dead and missing) the two one-sided tests (TOST) of
 * equivalence with a margin of ±10% of the 5-minute mean: equivalent when the paired t interval
 * of the mean difference (1 minute - 5 minutes) at level 1 - 2 alpha lies inside the margin.
 * The family of five is held at alpha = 0.05 by Bonferroni: alpha = 0.05 / 5 = 0.01 for each,
 * so each interval is a 98% interval (Student's t with 39 degrees of freedom).
 */
class TickIndependenceTest {
    private static final int PAIRS = 40;
    private static final double MARGIN = 0.10;
    private static final double FAMILY_ALPHA = 0.05;
    private static final List<String> METRICS = List.of("rescued_people", "returned_to_libya", "boats_destroyed.sophia", "landed_people", "dead_missing");

    @Test
    void oneAndFiveMinuteTicksAreEquivalentWithinTenPercentOnFiveOutcomes() {
        Scenario five = TestRuns.load("small-tick-independence.yaml");
        Scenario one = TestRuns.load("small-tick-independence-1min.yaml");
        assertEquals(5, five.tickMinutes());
        assertEquals(1, one.tickMinutes());
        // Runs 0..39 at 5 minutes, 40..79 at 1 minute; pair i is runs i and 40 + i, both at seed i + 1.
        List<Map<String, Double>> runs = IntStream.range(0, 2 * PAIRS).parallel()
                .mapToObj(r -> TestRuns.run(r < PAIRS ? five : one, 1 + r % PAIRS).outcome().summary())
                .toList();
        double alpha = FAMILY_ALPHA / METRICS.size();
        double t = new TDistribution(null, PAIRS - 1).inverseCumulativeProbability(1 - alpha);
        List<String> failures = new ArrayList<>();
        for (String metric : METRICS) {
            double[] d = new double[PAIRS];
            double meanFive = 0, meanDiff = 0;
            for (int i = 0; i < PAIRS; i++) {
                double a = runs.get(i).get(metric), b = runs.get(PAIRS + i).get(metric);
                d[i] = b - a;
                meanFive += a / PAIRS;
                meanDiff += d[i] / PAIRS;
            }
            double ss = 0;
            for (double x : d) ss += (x - meanDiff) * (x - meanDiff);
            double halfWidth = t * Math.sqrt(ss / (PAIRS - 1) / PAIRS);
            double margin = MARGIN * meanFive;
            assertTrue(meanFive > 0, metric + ": no events at 5-minute ticks; the scenario must produce some");
            String line = String.format(java.util.Locale.ROOT, "%s: 5-min mean %.1f, 1-min - 5-min %+.1f, %.0f%% interval [%+.1f, %+.1f], margin ±%.1f",
                    metric, meanFive, meanDiff, 100 * (1 - 2 * alpha), meanDiff - halfWidth, meanDiff + halfWidth, margin);
            System.out.println(line);
            if (meanDiff - halfWidth <= -margin || meanDiff + halfWidth >= margin) failures.add(line);
        }
        assertTrue(failures.isEmpty(), "not equivalent within ±10%:\n" + String.join("\n", failures));
    }
}
