package medsim.random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import ec.util.MersenneTwisterFast;

class RandomStreamsTest {
    private static long[] first(MersenneTwisterFast g, int n) {
        long[] v = new long[n];
        for (int i = 0; i < n; i++) v[i] = g.nextLong();
        return v;
    }

    @Test
    void theSameRunConcernAndKeyGiveTheSameStream() {
        assertEquals(java.util.Arrays.toString(first(new RandomStreams(7).stream(Concern.BOAT, 16_950, 3), 5)),
                java.util.Arrays.toString(first(new RandomStreams(7).stream(Concern.BOAT, 16_950, 3), 5)));
    }

    @Test
    void anotherRunSeedConcernOrKeyGivesAnotherStream() {
        long base = new RandomStreams(7).stream(Concern.WEATHER, 100).nextLong();
        assertNotEquals(base, new RandomStreams(8).stream(Concern.WEATHER, 100).nextLong(), "run seed");
        assertNotEquals(base, new RandomStreams(7).stream(Concern.PATROL, 100).nextLong(), "concern");
        assertNotEquals(base, new RandomStreams(7).stream(Concern.WEATHER, 101).nextLong(), "key");
        long pair = new RandomStreams(7).stream(Concern.BOAT, 100, 0).nextLong();
        assertNotEquals(pair, new RandomStreams(7).stream(Concern.BOAT, 100, 1).nextLong(), "second key");
        assertNotEquals(pair, new RandomStreams(7).stream(Concern.BOAT, 101, 0).nextLong(), "first key");
    }

    @Test
    void runSeedsThatDifferOnlyAbove32BitsGiveDifferentStreams() {
        // MASON's setSeed(long) keeps the low 32 bits; the streams' seeding uses all 64.
        assertEquals(new MersenneTwisterFast(1).nextLong(), new MersenneTwisterFast(1 + (1L << 32)).nextLong());
        assertNotEquals(new RandomStreams(1).stream(Concern.WEATHER, 0).nextLong(),
                new RandomStreams(1 + (1L << 32)).stream(Concern.WEATHER, 0).nextLong());
    }

    @Test
    void distinctKeysOfOneConcernNeverShareASeed() {
        Set<Long> seeds = new HashSet<>();
        for (long key = 0; key < 200_000; key++) seeds.add(RandomStreams.seed(1, Concern.BOAT, key));
        assertEquals(200_000, seeds.size());
    }

    @Test
    void neighbouringDaysGiveUncorrelatedFirstDraws() {
        RandomStreams streams = new RandomStreams(3);
        int n = 20_000;
        double[] x = new double[n];
        for (int d = 0; d < n; d++) x[d] = streams.stream(Concern.WEATHER, d).nextDouble();
        double[] a = java.util.Arrays.copyOf(x, n - 1), b = java.util.Arrays.copyOfRange(x, 1, n);
        double r = new org.apache.commons.math3.stat.correlation.PearsonsCorrelation().correlation(a, b);
        assertTrue(Math.abs(r) < 0.03, "lag-one correlation " + r);
        double mean = java.util.Arrays.stream(x).average().orElseThrow();
        assertEquals(0.5, mean, 0.01);
    }

    @Test
    void keyedUniformsOverTicksAreEvenlySpreadAndUncorrelated() {
        RandomStreams streams = new RandomStreams(5);
        int n = 100_000, bins = 20;
        double[] u = new double[n];
        int[] count = new int[bins];
        for (int t = 0; t < n; t++) {
            u[t] = streams.uniform(Concern.SENSING, RandomStreams.key("sophia/warship-1"), 42, t);
            assertTrue(u[t] >= 0 && u[t] < 1);
            count[(int) (u[t] * bins)]++;
        }
        double chi2 = 0, expected = (double) n / bins;
        for (int c : count) chi2 += (c - expected) * (c - expected) / expected;
        assertTrue(chi2 < 43.8, "chi-square " + chi2 + " over " + bins + " bins (0.1% point, 19 df)");
        double r = new org.apache.commons.math3.stat.correlation.PearsonsCorrelation()
                .correlation(java.util.Arrays.copyOf(u, n - 1), java.util.Arrays.copyOfRange(u, 1, n));
        assertTrue(Math.abs(r) < 0.015, "lag-one correlation " + r);
        assertEquals(u[7], streams.uniform(Concern.SENSING, RandomStreams.key("sophia/warship-1"), 42, 7), "the same look, the same number");
        assertNotEquals(u[7], streams.uniform(Concern.SENSING, RandomStreams.key("sophia/warship-1"), 43, 7), "another target");
        assertNotEquals(u[7], streams.uniform(Concern.CRAFT_SENSING, RandomStreams.key("sophia/warship-1"), 42, 7), "another concern");
    }

    @Test
    void aDailyStreamIsEachDaysOwnStreamWhateverWasDrawnTheDayBefore() {
        RandomStreams streams = new RandomStreams(11);
        DailyStream daily = streams.daily(Concern.PATROL, "ngo/ship-1");
        LocalDate day1 = LocalDate.of(2016, 6, 1), day2 = day1.plusDays(1);
        MersenneTwisterFast g = daily.on(day1);
        for (int i = 0; i < 37; i++) g.nextDouble();
        assertSame(g, daily.on(day1), "one generator, kept all day");
        long fresh = streams.stream(Concern.PATROL, RandomStreams.key("ngo/ship-1"), day2.toEpochDay()).nextLong();
        assertEquals(fresh, daily.on(day2).nextLong());
        assertSame(g, daily.on(day2), "reseeded, not replaced");
    }

    @Test
    void dailyUniformsAreEachDaysOwnKeyedNumbersWhateverWasDrawnTheDayBefore() {
        RandomStreams streams = new RandomStreams(11);
        DailyUniforms daily = streams.dailyUniforms(Concern.PATROL, "ngo/ship-1");
        long key = RandomStreams.key("ngo/ship-1");
        LocalDate day1 = LocalDate.of(2016, 6, 1), day2 = day1.plusDays(1);
        for (int n = 0; n < 37; n++) {
            assertEquals(streams.uniform(Concern.PATROL, key, day1.toEpochDay(), n), daily.on(day1).getAsDouble(), "draw " + n + " of day 1");
        }
        assertEquals(streams.uniform(Concern.PATROL, key, day2.toEpochDay(), 0), daily.on(day2).getAsDouble(), "a new day starts at its first draw");
        assertEquals(streams.uniform(Concern.PATROL, key, day2.toEpochDay(), 1), daily.on(day2).getAsDouble());
        DailyUniforms other = streams.dailyUniforms(Concern.PATROL, "ngo/ship-2");
        assertNotEquals(daily.on(day1.minusDays(1)).getAsDouble(), other.on(day1.minusDays(1)).getAsDouble(), "another asset, other numbers");
    }

    @Test
    void textKeysDifferForDifferentIds() {
        assertNotEquals(RandomStreams.key("ship-1"), RandomStreams.key("ship-2"));
        assertNotEquals(RandomStreams.key("ab"), RandomStreams.key("ba"));
        assertEquals(RandomStreams.key("sophia-3"), RandomStreams.key("sophia-3"));
    }
}
