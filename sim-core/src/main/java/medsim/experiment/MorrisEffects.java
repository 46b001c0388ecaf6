package medsim.experiment;

import org.apache.commons.math3.stat.descriptive.SummaryStatistics;

/**
 * Morris elementary effects from trajectories of k + 1 design rows, each step moving one
 * factor up by delta (in units of its range): mu* (mean absolute effect, the importance),
 * mu (mean effect, its sign) and sigma (spread: interactions or non-linearity).
 */
public final class MorrisEffects {
    private MorrisEffects() {}

    public record Effect(double muStar, double mu, double sigma) {}

    public static Effect[] estimate(double[] y, DesignMatrix design) {
        int k = design.paths().size();
        SummaryStatistics[] abs = new SummaryStatistics[k];
        SummaryStatistics[] raw = new SummaryStatistics[k];
        for (int i = 0; i < k; i++) {
            abs[i] = new SummaryStatistics();
            raw[i] = new SummaryStatistics();
        }
        for (int t = 0; t < design.baseSamples(); t++) {
            int base = t * (k + 1);
            int[] order = design.morrisFactorOrder().get(t);
            for (int s = 0; s < k; s++) {
                double ee = (y[base + s + 1] - y[base + s]) / design.morrisDelta();
                if (Double.isNaN(ee)) continue;
                abs[order[s]].addValue(Math.abs(ee));
                raw[order[s]].addValue(ee);
            }
        }
        Effect[] out = new Effect[k];
        for (int i = 0; i < k; i++) out[i] = new Effect(abs[i].getMean(), raw[i].getMean(), raw[i].getStandardDeviation());
        return out;
    }
}
