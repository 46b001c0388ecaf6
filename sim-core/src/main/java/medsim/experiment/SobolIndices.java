package medsim.experiment;

import org.apache.commons.math3.random.MersenneTwister;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;

/**
 * First-order and total-order Sobol indices from a Saltelli design (blocks A, B, AB_1 ...
 * AB_k of N rows each), with the estimators of Saltelli et al. (2010) for first order and
 * Jansen (1999) for total order, and percentile bootstrap confidence intervals.
 */
public final class SobolIndices {
    private SobolIndices() {}

    /** Indices of one parameter for one output: estimate and 95% bootstrap interval of each. */
    public record Index(double first, double firstLow, double firstHigh, double total, double totalLow, double totalHigh) {}

    /** @param y one output per design row, in the design's order; {@code k} parameters, {@code n} base samples */
    public static Index[] estimate(double[] y, int n, int k, int bootstrap, long seed) {
        Index[] out = new Index[k];
        int[] all = new int[n];
        for (int j = 0; j < n; j++) all[j] = j;
        MersenneTwister rng = new MersenneTwister(seed);
        for (int i = 0; i < k; i++) {
            double[] point = indices(y, n, i, all);
            double[] firsts = new double[bootstrap];
            double[] totals = new double[bootstrap];
            int[] sample = new int[n];
            for (int b = 0; b < bootstrap; b++) {
                for (int j = 0; j < n; j++) sample[j] = rng.nextInt(n);
                double[] est = indices(y, n, i, sample);
                firsts[b] = est[0];
                totals[b] = est[1];
            }
            out[i] = new Index(point[0], percentile(firsts, 2.5), percentile(firsts, 97.5),
                    point[1], percentile(totals, 2.5), percentile(totals, 97.5));
        }
        return out;
    }

    private static double[] indices(double[] y, int n, int i, int[] rows) {
        int aAt = 0, bAt = n, abAt = (2 + i) * n;
        double mean = 0;
        for (int j : rows) mean += y[aAt + j] + y[bAt + j];
        mean /= 2.0 * rows.length;
        double var = 0, first = 0, total = 0;
        for (int j : rows) {
            double a = y[aAt + j], b = y[bAt + j], ab = y[abAt + j];
            var += (a - mean) * (a - mean) + (b - mean) * (b - mean);
            first += b * (ab - a);
            total += (a - ab) * (a - ab);
        }
        var /= 2.0 * rows.length - 1;
        if (var == 0) return new double[] {Double.NaN, Double.NaN};
        return new double[] {first / rows.length / var, 0.5 * total / rows.length / var};
    }

    private static double percentile(double[] v, double p) {
        return v.length == 0 ? Double.NaN : new Percentile().evaluate(v, p);
    }
}
