package medsim.actor;

import java.util.HashMap;
import java.util.Map;

import medsim.random.Concern;
import medsim.random.RandomStreams;

/**
 * One searcher's detections of each target as events of a Poisson process in exposure (the
 * detection rate integrated over time): the next detection of a target comes when the
 * exposure gathered since the last one reaches a unit-exponential threshold, drawn for
 * (searcher, target, detection ordinal). In law this is the same as an independent chance of
 * 1 - exp(-exposure) at each step (the exponential has no memory), but the same pair meets the
 * same thresholds at any tick length, so runs at 1- and 5-minute ticks with one seed are
 * paired draw for draw (common random numbers), not only seed for seed.
 *
 * <p>It keeps one entry per target that ever came within reach (looked up, never iterated:
 * a hash map decides nothing here).
 */
final class DetectionClocks {
    private static final int EXPOSURE = 0, THRESHOLD = 1, DETECTIONS = 2;

    private final long searcherKey;
    private final Map<Long, double[]> byTarget = new HashMap<>();

    DetectionClocks(long searcherKey) {
        this.searcherKey = searcherKey;
    }

    /**
     * Adds {@code exposure} (> 0) against the target named by {@code targetKey} under
     * {@code concern}, and says whether it is detected now: NaN if not; if so, a uniform in
     * [0, 1) of this detection's own, for crediting it to a sensor (keyed as the threshold, with
     * the ordinal's complement, so it is drawn apart from every threshold), and the next clock
     * starts.
     */
    double detects(RandomStreams streams, Concern concern, long targetKey, double exposure) {
        double[] c = byTarget.computeIfAbsent(RandomStreams.seed(0, concern, targetKey), k -> new double[] {0, Double.NaN, 0});
        long ordinal = (long) c[DETECTIONS];
        if (Double.isNaN(c[THRESHOLD])) c[THRESHOLD] = -Math.log1p(-streams.uniform(concern, searcherKey, targetKey, ordinal));
        c[EXPOSURE] += exposure;
        if (c[EXPOSURE] < c[THRESHOLD]) return Double.NaN;
        c[EXPOSURE] = 0;
        c[THRESHOLD] = Double.NaN;
        c[DETECTIONS] += 1;
        return streams.uniform(concern, searcherKey, targetKey, ~ordinal);
    }
}
