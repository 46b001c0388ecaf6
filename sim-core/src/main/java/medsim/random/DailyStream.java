package medsim.random;

import java.time.LocalDate;

import ec.util.MersenneTwisterFast;

/**
 * One concern's stream for one key, begun afresh each day: on day d it is the stream of
 * (concern, key, d). It keeps one generator and reseeds it when the day changes, so a model
 * that asks every tick allocates nothing. A concern that needs only uniforms takes
 * {@link DailyUniforms}, which costs nothing to reset. Draws on one day never move another day's.
 */
public final class DailyStream {
    private final RandomStreams streams;
    private final Concern concern;
    private final long key;
    private final MersenneTwisterFast generator = new MersenneTwisterFast(0);
    private long day = Long.MIN_VALUE;

    DailyStream(RandomStreams streams, Concern concern, long key) {
        this.streams = streams;
        this.concern = concern;
        this.key = key;
    }

    /** The generator of {@code date}; the same object every call, reseeded on a new day. */
    public MersenneTwisterFast on(LocalDate date) {
        long d = date.toEpochDay();
        if (d != day) {
            streams.reseed(generator, concern, key, d);
            day = d;
        }
        return generator;
    }
}
