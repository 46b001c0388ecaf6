package medsim.experiment;

import java.util.ArrayList;
import java.util.List;

import org.apache.commons.math3.random.MersenneTwister;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;

/**
 * Morris elementary effects from trajectories of k + 1 design rows, each step moving one
 * factor up the grid: mu* (mean absolute effect, the importance), mu (mean effect, its sign),
 * sigma (spread: interactions or non-linearity), and mu*'s bootstrap half width as SALib's
 * {@code morris.analyze} reports it ({@code mu_star_conf}). An effect is the change of the
 * output over the step the factor actually took, in units of its range on its scale (as
 * SALib's scaled effects use the step taken): a whole-number factor, whose grid values are
 * rounded, gets its exact slope rather than one divided by the nominal grid step.
 */
public final class MorrisEffects {
    private MorrisEffects() {}

    /** The statistics of one factor for one output; {@code effects} is how many elementary effects they are from. */
    public record Effect(double muStar, double mu, double sigma, double muStarConf, int effects) {}

    /**
     * @param y         one output per design row, in the design's order; a NaN output (a failed
     *                  run) drops the two effects it enters
     * @param ranges    the parameters' ranges, in the design's column order
     * @param resamples bootstrap resamples for mu_star_conf (SALib: num_resamples)
     * @param seed      seeds the bootstrap, so the analysis is the same every time
     */
    public static Effect[] estimate(double[] y, DesignMatrix design, List<ParameterRange> ranges, int resamples, long seed) {
        int k = design.paths().size();
        List<List<Double>> effects = new ArrayList<>();
        for (int i = 0; i < k; i++) effects.add(new ArrayList<>());
        for (int t = 0; t < design.baseSamples(); t++) {
            int base = t * (k + 1);
            int[] order = design.morrisFactorOrder().get(t);
            for (int s = 0; s < k; s++) {
                int f = order[s];
                ParameterRange r = ranges.get(f);
                double step = r.unit(design.rows().get(base + s + 1)[f]) - r.unit(design.rows().get(base + s)[f]);
                double ee = (y[base + s + 1] - y[base + s]) / step;
                if (step != 0 && !Double.isNaN(ee)) effects.get(f).add(ee);
            }
        }
        RandomGenerator rng = new MersenneTwister(seed);
        Effect[] out = new Effect[k];
        for (int i = 0; i < k; i++) {
            double[] ee = effects.get(i).stream().mapToDouble(Double::doubleValue).toArray();
            SummaryStatistics raw = new SummaryStatistics();
            for (double e : ee) raw.addValue(e);
            double conf = Intervals.bootstrapHalfWidth(ee, MorrisEffects::meanAbsolute, resamples, rng);
            out[i] = new Effect(meanAbsolute(ee), raw.getMean(), raw.getStandardDeviation(), conf, ee.length);
        }
        return out;
    }

    private static double meanAbsolute(double[] v) {
        if (v.length == 0) return Double.NaN;
        double sum = 0;
        for (double e : v) sum += Math.abs(e);
        return sum / v.length;
    }
}
