package medsim.actor;

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
 * <p>It keeps one clock per target that ever came within reach, in an open-addressing table of
 * primitive arrays (linear probing on the target's 64-bit name), so a look allocates nothing
 * once its target is known. Looked up, never iterated: the table's order decides nothing.
 */
final class DetectionClocks {
    private final long searcherKey;
    // Slot i holds a clock when used[i]: its target's name, exposure since its last detection,
    // the threshold of the next (NaN until drawn) and its detections so far.
    private boolean[] used = new boolean[16];
    private long[] names = new long[16];
    private double[] exposures = new double[16];
    private double[] thresholds = new double[16];
    private long[] detections = new long[16];
    private int size;

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
        int i = slot(RandomStreams.seed(0, concern, targetKey));
        long ordinal = detections[i];
        if (Double.isNaN(thresholds[i])) thresholds[i] = -Math.log1p(-streams.uniform(concern, searcherKey, targetKey, ordinal));
        exposures[i] += exposure;
        if (exposures[i] < thresholds[i]) return Double.NaN;
        exposures[i] = 0;
        thresholds[i] = Double.NaN;
        detections[i] += 1;
        return streams.uniform(concern, searcherKey, targetKey, ~ordinal);
    }

    /** The slot of {@code name}'s clock, made (no exposure, no threshold, no detection) if it has none. */
    private int slot(long name) {
        int mask = used.length - 1;
        int i = (int) (name ^ (name >>> 32)) & mask;
        while (used[i]) {
            if (names[i] == name) return i;
            i = (i + 1) & mask;
        }
        if (2 * (size + 1) > used.length) {
            grow();
            return slot(name);
        }
        used[i] = true;
        names[i] = name;
        exposures[i] = 0;
        thresholds[i] = Double.NaN;
        detections[i] = 0;
        size++;
        return i;
    }

    /** Doubles the table, every clock moved to its slot in the larger one. */
    private void grow() {
        boolean[] oldUsed = used;
        long[] oldNames = names;
        double[] oldExposures = exposures, oldThresholds = thresholds;
        long[] oldDetections = detections;
        int n = 2 * oldUsed.length, mask = n - 1;
        used = new boolean[n];
        names = new long[n];
        exposures = new double[n];
        thresholds = new double[n];
        detections = new long[n];
        for (int j = 0; j < oldUsed.length; j++) {
            if (!oldUsed[j]) continue;
            int i = (int) (oldNames[j] ^ (oldNames[j] >>> 32)) & mask;
            while (used[i]) i = (i + 1) & mask;
            used[i] = true;
            names[i] = oldNames[j];
            exposures[i] = oldExposures[j];
            thresholds[i] = oldThresholds[j];
            detections[i] = oldDetections[j];
        }
    }
}
