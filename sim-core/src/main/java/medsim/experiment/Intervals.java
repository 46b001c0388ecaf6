package medsim.experiment;

import java.util.function.DoubleUnaryOperator;
import java.util.function.ToDoubleFunction;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.apache.commons.math3.util.FastMath;

import medsim.metric.MetricRange;

/**
 * The confidence intervals medsim reports, all at 95%, in one place so that every output
 * file means the same by them (points.csv, morris.csv, validation.csv, fit.csv):
 * <ul>
 * <li>The mean of replications: a Student t interval, {@code mean ± t(0.975, n - 1) sd / sqrt(n)},
 *     cut to the quantity's range (a count's never goes below zero, a share's stays within
 *     [0, 1]); a correlation's is a t interval on Fisher's z = atanh(r), transformed back, so
 *     it stays within [-1, 1].</li>
 * <li>The paired difference of two scenarios run with common random numbers (replication i of
 *     each with the same seed): the t interval of the mean of the differences {@code b[i] - a[i]},
 *     unbounded, since a difference may take either sign.</li>
 * <li>A statistic of a sample by bootstrap, as SALib's {@code morris.analyze} gives
 *     {@code mu_star_conf}: the half width {@code z(0.975) x} the standard deviation of the
 *     statistic over resamples drawn with replacement.</li>
 * </ul>
 * Below {@link #MIN_SAMPLE} values there is no interval (NaN bounds): from four replications
 * or fewer a t interval covers as it claims only if the values are normal, and counts of
 * wrecks and deaths are skewed.
 */
public final class Intervals {
    /** Confidence level of every interval. */
    public static final double LEVEL = 0.95;
    /** The least sample that gets an interval. */
    public static final int MIN_SAMPLE = 5;
    /** What the files say in place of an interval of replications that has none. */
    public static final String TOO_FEW_REPLICATIONS = "fewer than " + MIN_SAMPLE + " replications";

    /** The fewest runs a predictive interval is given for. */
    public static final int MIN_PREDICTIVE = 10;

    /** Why there is no predictive interval. */
    public static final String TOO_FEW_FOR_PREDICTIVE = "fewer than " + MIN_PREDICTIVE + " replications";

    private Intervals() {}

    /**
     * A sample's size, mean and standard deviation (NaN with fewer than 2 values), and the
     * 95% interval of its mean (NaN bounds when there is none).
     */
    public record Estimate(int n, double mean, double sd, double low, double high) {
        public boolean hasInterval() {
            return !Double.isNaN(low) && !Double.isNaN(high);
        }
    }

    /**
     * A central predictive interval of a sample of runs: its (1 - level) / 2 and (1 + level) / 2
     * quantiles (commons-math3's Percentile, estimation type R-7, linear between order
     * statistics). Where one more run would fall: run-to-run noise, and parameter uncertainty
     * too when each run draws its parameters from a posterior sample. {NaN, NaN} below
     * {@link #MIN_PREDICTIVE} values (with fewer, the 2.5% and 97.5% quantiles are little more
     * than the smallest and largest run) or if a value is NaN.
     */
    public static double[] predictive(double[] sample, double level) {
        if (sample.length < MIN_PREDICTIVE) return new double[] {Double.NaN, Double.NaN};
        for (double v : sample) if (Double.isNaN(v)) return new double[] {Double.NaN, Double.NaN};
        Percentile p = new Percentile().withEstimationType(Percentile.EstimationType.R_7);
        p.setData(sample);
        return new double[] {p.evaluate(100 * (1 - level) / 2), p.evaluate(100 * (1 + level) / 2)};
    }

    /**
     * The mean of a sample of replications of a quantity in {@code range}, with its interval:
     * Student t cut to the range, or for a {@link MetricRange#CORRELATION} the t interval of
     * the mean Fisher z, transformed back. No interval below {@link #MIN_SAMPLE} values or if a
     * value is NaN.
     */
    public static Estimate mean(double[] sample, MetricRange range) {
        int n = sample.length;
        SummaryStatistics s = stats(sample, v -> v);
        double mean = n > 0 ? s.getMean() : Double.NaN;
        double sd = n > 1 ? s.getStandardDeviation() : Double.NaN;
        if (n < MIN_SAMPLE || Double.isNaN(mean) || Double.isNaN(sd)) return new Estimate(n, mean, sd, Double.NaN, Double.NaN);
        double t = new TDistribution(null, n - 1).inverseCumulativeProbability(0.5 + LEVEL / 2);
        if (range == MetricRange.CORRELATION) {
            SummaryStatistics z = stats(sample, Intervals::fisherZ);
            double half = t * z.getStandardDeviation() / Math.sqrt(n);
            return new Estimate(n, mean, sd, FastMath.tanh(z.getMean() - half), FastMath.tanh(z.getMean() + half));
        }
        double half = t * sd / Math.sqrt(n);
        return new Estimate(n, mean, sd, range.clamp(mean - half), range.clamp(mean + half));
    }

    /**
     * The mean paired difference {@code b[i] - a[i]} of two samples of equal length whose values
     * at the same index come from the same seed, with its 95% interval: the Student t interval
     * of the differences' mean, {@link MetricRange#UNBOUNDED}. Identical samples give a
     * difference of 0 with an interval of zero width. No interval below {@link #MIN_SAMPLE}
     * pairs or if a value is NaN.
     *
     * @throws IllegalArgumentException if the samples differ in length
     */
    public static Estimate pairedDifference(double[] a, double[] b) {
        return mean(differences(a, b), MetricRange.UNBOUNDED);
    }

    /** The pairs' differences {@code b[i] - a[i]}; paired samples of unequal length are an IllegalArgumentException. */
    public static double[] differences(double[] a, double[] b) {
        if (a.length != b.length) throw new IllegalArgumentException("paired samples differ in length: " + a.length + " and " + b.length);
        double[] d = new double[a.length];
        for (int i = 0; i < d.length; i++) d[i] = b[i] - a[i];
        return d;
    }

    /**
     * The bootstrap half width of a statistic, as SALib's Morris analysis computes
     * {@code mu_star_conf}: {@code resamples} samples of the same size drawn with replacement
     * from {@code rng}, and {@code z(0.975)} times the standard deviation (n - 1) of the
     * statistic over them. NaN below {@link #MIN_SAMPLE} values or with fewer than 2 resamples.
     */
    public static double bootstrapHalfWidth(double[] sample, ToDoubleFunction<double[]> statistic, int resamples, RandomGenerator rng) {
        int n = sample.length;
        if (n < MIN_SAMPLE || resamples < 2) return Double.NaN;
        SummaryStatistics s = new SummaryStatistics();
        double[] draw = new double[n];
        for (int b = 0; b < resamples; b++) {
            for (int i = 0; i < n; i++) draw[i] = sample[rng.nextInt(n)];
            s.addValue(statistic.applyAsDouble(draw));
        }
        return new NormalDistribution(null, 0, 1).inverseCumulativeProbability(0.5 + LEVEL / 2) * s.getStandardDeviation();
    }

    /**
     * atanh(r), with r within 1e-6 of ±1 taken as ±(1 - 1e-6): z is infinite at ±1, and a
     * single run's perfect correlation must not make the interval of all runs reach from -1 to 1.
     */
    private static double fisherZ(double r) {
        double limit = 1 - 1e-6;
        return FastMath.atanh(Math.max(-limit, Math.min(limit, r)));
    }

    private static SummaryStatistics stats(double[] sample, DoubleUnaryOperator f) {
        SummaryStatistics s = new SummaryStatistics();
        for (double v : sample) s.addValue(f.applyAsDouble(v));
        return s;
    }
}
