package medsim.actor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import medsim.random.Concern;
import medsim.random.RandomStreams;

class DetectionClocksTest {
    private static final long SEARCHER = RandomStreams.key("sophia/warship-1");

    /** The look at which a target is first detected when each look adds {@code step} of exposure. */
    private static long firstDetectionLook(RandomStreams streams, Concern concern, long target, double step) {
        double threshold = -Math.log1p(-streams.uniform(concern, SEARCHER, target, 0));
        long looks = 1;
        double sum = step;
        while (sum < threshold) {
            sum += step;
            looks++;
        }
        return looks;
    }

    @Test
    void eachOfManyInterleavedTargetsIsDetectedWhenItsOwnExposureReachesItsOwnThreshold() {
        RandomStreams streams = new RandomStreams(5);
        int targets = 500;
        double step = 0.05;
        long[] expected = new long[targets];
        long[] detectedAt = new long[targets];
        for (int t = 0; t < targets; t++) expected[t] = firstDetectionLook(streams, Concern.SENSING, t, step);
        DetectionClocks clocks = new DetectionClocks(SEARCHER);
        for (long look = 1; look <= 400; look++) {
            for (int t = 0; t < targets; t++) {
                // The same target under another concern has a clock of its own.
                clocks.detects(streams, Concern.CRAFT_SENSING, t, step);
                if (detectedAt[t] == 0 && !Double.isNaN(clocks.detects(streams, Concern.SENSING, t, step))) detectedAt[t] = look;
            }
        }
        int checked = 0;
        for (int t = 0; t < targets; t++) {
            if (expected[t] > 400) continue;
            assertEquals(expected[t], detectedAt[t], "target " + t);
            checked++;
        }
        assertTrue(checked > 400, "most thresholds are reached within 400 looks");
    }

    @Test
    void aDetectionStartsTheNextClockAndGivesItsOwnCreditUniform() {
        RandomStreams streams = new RandomStreams(5);
        DetectionClocks clocks = new DetectionClocks(SEARCHER);
        double credit = clocks.detects(streams, Concern.SENSING, 42, 1e9);
        assertEquals(streams.uniform(Concern.SENSING, SEARCHER, 42, ~0L), credit);
        double second = -Math.log1p(-streams.uniform(Concern.SENSING, SEARCHER, 42, 1));
        assertTrue(Double.isNaN(clocks.detects(streams, Concern.SENSING, 42, second * 0.5)), "exposure counts afresh from the detection");
        assertFalse(Double.isNaN(clocks.detects(streams, Concern.SENSING, 42, second * 0.5 + 1e-9)));
    }
}
