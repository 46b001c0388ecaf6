package medsim.random;

import java.time.LocalDate;
import java.util.function.DoubleSupplier;

/**
 * One concern's uniform numbers for one key, begun afresh each day, with no generator: the
 * n-th number drawn on day d is {@link RandomStreams#uniform(Concern, long, long, long)
 * uniform(concern, key, d, n)}, a hash of its keys (SplitMix64's finaliser). An asset that
 * asks every tick allocates nothing and a new day costs no reseeding (a
 * {@link DailyStream}'s Mersenne Twister costs about as much to reseed as a few hundred
 * draws). Draws on one day never move another day's, and what a run draws for one key never
 * moves another key's (common random numbers). Not thread-safe; one per asker.
 */
public final class DailyUniforms implements DoubleSupplier {
    private final RandomStreams streams;
    private final Concern concern;
    private final long key;
    private long day = Long.MIN_VALUE;
    private long daySeed;
    private long drawn;

    DailyUniforms(RandomStreams streams, Concern concern, long key) {
        this.streams = streams;
        this.concern = concern;
        this.key = key;
    }

    /** This object, set to {@code date}: its next number is that day's first if the day changed, else the day's next. */
    public DailyUniforms on(LocalDate date) {
        long d = date.toEpochDay();
        if (d != day) {
            day = d;
            daySeed = RandomStreams.seed(streams.runSeed(), concern, key, d);
            drawn = 0;
        }
        return this;
    }

    /** The day's next uniform number in [0, 1). */
    @Override
    public double getAsDouble() {
        return RandomStreams.uniformOf(daySeed, drawn++);
    }
}
