package medsim.experiment;

/**
 * Run seeds derived from a base seed and a path of indices (design point, replication) with
 * the SplitMix64 mixer, so neighbouring runs get unrelated streams. Results are kept below
 * 2^31: MASON's generator uses only 32 bits of a seed, so wider seeds would collide.
 */
public final class Seeds {
    private Seeds() {}

    public static long derive(long base, long... indices) {
        long z = mix(base ^ 0x5DEECE66DL);
        for (long i : indices) z = mix(z + 0x9E3779B97F4A7C15L * (i + 1));
        return z & 0x7FFFFFFFL;
    }

    private static long mix(long x) {
        long z = x + 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
