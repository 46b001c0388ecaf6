package medsim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.distribution.PoissonDistribution;
import org.apache.commons.math3.random.MersenneTwister;
import org.apache.commons.math3.util.FastMath;
import org.junit.jupiter.api.Test;

import medsim.metric.MetricCatalog;
import medsim.metric.MetricRange;

class IntervalsTest {

    @Test
    void aNormalSampleGetsTheStudentTInterval() {
        double[] x = {10, 12, 9, 11, 13, 8};
        Intervals.Estimate e = Intervals.mean(x, MetricRange.UNBOUNDED);
        double sd = Math.sqrt(17.5 / 5); // squares about the mean 10.5 sum to 17.5
        double half = 2.570582 * sd / Math.sqrt(6); // t(0.975, 5 df)
        assertEquals(6, e.n());
        assertEquals(10.5, e.mean(), 1e-12);
        assertEquals(sd, e.sd(), 1e-12);
        assertEquals(10.5 - half, e.low(), 1e-5);
        assertEquals(10.5 + half, e.high(), 1e-5);
        assertEquals(e, Intervals.mean(x, MetricRange.NON_NEGATIVE), "far from zero, the range changes nothing");
    }

    @Test
    void aPairedDifferenceIsTheTIntervalOfTheDifferencesNotOfTheTwoMeans() {
        // B - A per pair: 2, 3, 1, 2, 4, 0 (mean 2, squares about it sum to 10); the samples
        // themselves vary far more than their differences, as with common random numbers.
        double[] a = {100, 50, 120, 80, 60, 90};
        double[] b = {102, 53, 121, 82, 64, 90};
        Intervals.Estimate d = Intervals.pairedDifference(a, b);
        double sd = Math.sqrt(10.0 / 5);
        double half = 2.570582 * sd / Math.sqrt(6); // t(0.975, 5 df)
        assertEquals(6, d.n());
        assertEquals(2, d.mean(), 1e-12);
        assertEquals(sd, d.sd(), 1e-12);
        assertEquals(2 - half, d.low(), 1e-5);
        assertEquals(2 + half, d.high(), 1e-5);
        assertTrue(d.low() > 0, "the paired interval excludes zero");
        assertTrue(Intervals.mean(b, MetricRange.UNBOUNDED).low() < Intervals.mean(a, MetricRange.UNBOUNDED).high(),
                "while the two means' own intervals overlap");
    }

    @Test
    void aPairedDifferenceMayBeNegativeAndIsZeroWithZeroWidthForIdenticalSamples() {
        Intervals.Estimate neg = Intervals.pairedDifference(new double[] {5, 5, 5, 5, 5}, new double[] {1, 2, 0, 1, 1});
        assertEquals(-4, neg.mean(), 1e-12);
        assertTrue(neg.high() < 0, "a difference is not cut at zero");
        double[] x = {3, 1, 4, 1, 5, 9};
        Intervals.Estimate same = Intervals.pairedDifference(x, x.clone());
        assertEquals(0, same.mean(), 0.0);
        assertEquals(0, same.low(), 0.0);
        assertEquals(0, same.high(), 0.0);
        assertFalse(Intervals.pairedDifference(new double[] {1, 2, 3, 4}, new double[] {2, 3, 4, 5}).hasInterval(), "four pairs: no interval");
        assertThrows(IllegalArgumentException.class, () -> Intervals.pairedDifference(new double[] {1, 2}, new double[] {1}));
    }

    @Test
    void fourReplicationsGetNoInterval() {
        Intervals.Estimate e = Intervals.mean(new double[] {1, 2, 3, 4}, MetricRange.NON_NEGATIVE);
        assertFalse(e.hasInterval());
        assertTrue(Double.isNaN(e.low()) && Double.isNaN(e.high()));
        assertEquals(2.5, e.mean(), 1e-12, "the mean and sd are still given");
        assertTrue(Intervals.mean(new double[] {1, 2, 3, 4, 5}, MetricRange.NON_NEGATIVE).hasInterval());
        assertFalse(Intervals.mean(new double[] {1, 2, Double.NaN, 4, 5}, MetricRange.NON_NEGATIVE).hasInterval(), "a NaN run gives no interval");
        assertFalse(Intervals.mean(new double[0], MetricRange.NON_NEGATIVE).hasInterval());
    }

    @Test
    void aCountWithASmallMeanGetsALowBoundOfZeroNotBelow() {
        Intervals.Estimate e = Intervals.mean(new double[] {0, 0, 0, 0, 3}, MetricRange.NON_NEGATIVE);
        assertEquals(0, e.low(), 0.0, "the t interval would reach below zero");
        assertEquals(0.6 + 2.776445 * Math.sqrt(1.8) / Math.sqrt(5), e.high(), 1e-5, "the high bound is the t interval's");
        assertTrue(Intervals.mean(new double[] {0, 0, 0, 0, 3}, MetricRange.UNBOUNDED).low() < 0);
    }

    @Test
    void aShareStaysWithinZeroAndOne() {
        Intervals.Estimate e = Intervals.mean(new double[] {0.98, 1, 1, 0.99, 0.8}, MetricRange.SHARE);
        assertEquals(1, e.high(), 0.0);
        assertTrue(e.low() < e.mean());
        assertEquals(MetricRange.SHARE, MetricCatalog.range("death_rate"));
        assertEquals(MetricRange.NON_NEGATIVE, MetricCatalog.range("dead_missing"));
        assertEquals(MetricRange.NON_NEGATIVE, MetricCatalog.range("mean_rescue_distance_libya_nm"));
    }

    @Test
    void aCorrelationNearOneGetsAFisherZIntervalThatNeverPassesOne() {
        double[] r = {0.99, 0.999, 0.95, 0.995, 0.9, 1.0};
        Intervals.Estimate e = Intervals.mean(r, MetricRange.CORRELATION);
        assertTrue(e.high() <= 1 && e.low() > 0.8, "a run at r = 1 does not stretch the interval to -1: " + e);
        double[] z = {FastMath.atanh(0.8), FastMath.atanh(0.85), FastMath.atanh(0.9), FastMath.atanh(0.7), FastMath.atanh(0.75)};
        Intervals.Estimate m = Intervals.mean(new double[] {0.8, 0.85, 0.9, 0.7, 0.75}, MetricRange.CORRELATION);
        Intervals.Estimate onZ = Intervals.mean(z, MetricRange.UNBOUNDED);
        assertEquals(FastMath.tanh(onZ.low()), m.low(), 1e-12, "the t interval of the mean z, transformed back");
        assertEquals(FastMath.tanh(onZ.high()), m.high(), 1e-12);
        assertTrue(Intervals.mean(new double[] {1, 1, 1, 1, 1}, MetricRange.CORRELATION).high() <= 1);
    }

    /** The t interval of normal samples covers the true mean 95% of the time; cut to zero, a Poisson count's still covers. */
    @Test
    void intervalsCoverTheTrueMeanAsOftenAsTheyClaim() {
        MersenneTwister rng = new MersenneTwister(11);
        int trials = 4000, normalCovered = 0, countCovered = 0;
        PoissonDistribution poisson = new PoissonDistribution(rng, 3, PoissonDistribution.DEFAULT_EPSILON, PoissonDistribution.DEFAULT_MAX_ITERATIONS);
        for (int t = 0; t < trials; t++) {
            double[] normal = new double[8];
            double[] counts = new double[20];
            for (int i = 0; i < normal.length; i++) normal[i] = 50 + 10 * rng.nextGaussian();
            for (int i = 0; i < counts.length; i++) counts[i] = poisson.sample();
            Intervals.Estimate n = Intervals.mean(normal, MetricRange.UNBOUNDED);
            Intervals.Estimate c = Intervals.mean(counts, MetricRange.NON_NEGATIVE);
            if (n.low() <= 50 && 50 <= n.high()) normalCovered++;
            if (c.low() <= 3 && 3 <= c.high()) countCovered++;
            assertTrue(c.low() >= 0);
        }
        assertEquals(0.95, normalCovered / (double) trials, 0.01);
        assertEquals(0.95, countCovered / (double) trials, 0.015);
    }
}
