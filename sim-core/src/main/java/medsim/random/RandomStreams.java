package medsim.random;

import ec.util.MersenneTwisterFast;

/**
 * The random streams of one run. Every draw the model makes comes from a generator keyed by
 * what it is about (a {@link Concern} and one or two keys: a day, an asset, a boat), never
 * from one shared generator. Two runs at the same seed therefore make the same draw for the
 * same thing even when they differ elsewhere: a what-if and its base meet the same weather
 * every day, and a boat that sails in both meets the same fate until something in the
 * what-if reaches it (common random numbers). A concern that draws more or fewer numbers
 * in one run shifts nothing outside its own key.
 *
 * <p>Seeding: the stream of (run seed, concern, key1[, key2]) starts from the 64-bit value
 * {@code m(m(m(m(runSeed) ^ concern) ^ key1) ^ key2)}, where {@code m} is the SplitMix64
 * output function (Steele, Lea and Flood 2014: add the golden-ratio increment
 * 0x9E3779B97F4A7C15, then Stafford's "Mix13" 64-bit finaliser). Each step is a bijection,
 * so within a run and concern distinct single keys give distinct seeds, and neighbouring keys
 * (day 17 and day 18) give unrelated ones. The 64 bits seed MASON's
 * {@link MersenneTwisterFast} through its array initialiser ({@code init_by_array}), which
 * uses all of them (its {@code setSeed(long)} keeps only the low 32).
 *
 * <p>A stream costs one generator (2.5 kB, and a seeding that costs about as much as a few
 * hundred draws); per boat, or per day through a reused {@link DailyStream} (the weather), that
 * is negligible; per tick, or per asset and day, it would not be: draws made once per tick take
 * {@link #uniform} instead, and an asset's few uniforms a day a {@link DailyUniforms}.
 * Immutable; each run has its own.
 */
public final class RandomStreams {
    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

    private final long runSeed;

    public RandomStreams(long runSeed) {
        this.runSeed = runSeed;
    }

    public long runSeed() { return runSeed; }

    /** A new generator for {@code concern} and {@code key}. */
    public MersenneTwisterFast stream(Concern concern, long key) {
        return new MersenneTwisterFast(words(seed(runSeed, concern, key)));
    }

    /** A new generator for {@code concern} and the key pair ({@code key1}, {@code key2}). */
    public MersenneTwisterFast stream(Concern concern, long key1, long key2) {
        return new MersenneTwisterFast(words(seed(runSeed, concern, key1, key2)));
    }

    /**
     * One uniform number in [0, 1) for one event keyed by three numbers, with no generator: the
     * top 53 bits of {@code m(seed(concern, key1, key2) ^ key3)}. For draws made once per key
     * triple, such as one asset's look at one boat at one tick: the same look gets the same
     * number in any run at this seed, whatever else was drawn. SplitMix64 makes its own sequence
     * the same way (its finaliser applied to distinct inputs), so the numbers are as uniform
     * and independent as SplitMix64's (see {@code RandomStreamsTest}).
     */
    public double uniform(Concern concern, long key1, long key2, long key3) {
        return uniformOf(seed(runSeed, concern, key1, key2), key3);
    }

    /** The uniform of {@link #uniform(Concern, long, long, long)} from its key pair's seed and the third key. */
    static double uniformOf(long pairSeed, long key3) {
        return (mix(pairSeed ^ key3) >>> 11) * 0x1.0p-53;
    }

    /** As {@link #uniform(Concern, long, long, long)}, for an event keyed by two numbers: the top 53 bits of the pair's seed. */
    public double uniform(Concern concern, long key1, long key2) {
        return (seed(runSeed, concern, key1, key2) >>> 11) * 0x1.0p-53;
    }

    /** A stream for {@code concern} and {@code key} that starts afresh each day (see {@link DailyStream}). */
    public DailyStream daily(Concern concern, String key) {
        return new DailyStream(this, concern, key(key));
    }

    /**
     * Uniform numbers for {@code concern} and {@code key}, begun afresh each day, with no
     * generator to reseed (see {@link DailyUniforms}): for a concern that draws a few numbers a
     * day and needs no distribution beyond the uniform.
     */
    public DailyUniforms dailyUniforms(Concern concern, String key) {
        return new DailyUniforms(this, concern, key(key));
    }

    /** Reseeds {@code generator} in place as the stream of ({@code concern}, {@code key1}, {@code key2}). */
    void reseed(MersenneTwisterFast generator, Concern concern, long key1, long key2) {
        generator.setSeed(words(seed(runSeed, concern, key1, key2)));
    }

    /** The 64-bit seed of (run seed, concern, key). */
    public static long seed(long runSeed, Concern concern, long key) {
        return mix(mix(mix(runSeed) ^ concern.code()) ^ key);
    }

    /** The 64-bit seed of (run seed, concern, key1, key2). */
    public static long seed(long runSeed, Concern concern, long key1, long key2) {
        return mix(seed(runSeed, concern, key1) ^ key2);
    }

    /** A text key (an asset id) as a 64-bit key: FNV-1a over its UTF-16 code units. */
    public static long key(String text) {
        long h = 0xCBF29CE484222325L;
        for (int i = 0; i < text.length(); i++) h = (h ^ text.charAt(i)) * 0x100000001B3L;
        return h;
    }

    /** SplitMix64's output function: a bijection of the 64-bit integers that mixes every bit into every other. */
    static long mix(long x) {
        long z = x + GOLDEN_GAMMA;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static int[] words(long seed) {
        return new int[] {(int) (seed >>> 32), (int) seed};
    }
}
