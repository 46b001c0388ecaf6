package medsim.model;

import java.util.List;

import ec.util.MersenneTwisterFast;
import medsim.scenario.Weighted;

/** Draws one of several options in proportion to their weights, from the generator given. */
public final class WeightedDraw {
    private WeightedDraw() {}

    /** The index of the option drawn; options of weight 0 are never drawn. At least one weight must be positive. */
    public static int index(double[] weights, MersenneTwisterFast random) {
        double total = 0;
        for (double w : weights) total += w;
        double u = random.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            u -= weights[i];
            if (u < 0 && weights[i] > 0) return i;
        }
        // Rounding left u at 0: the last option with weight.
        for (int i = weights.length - 1; i >= 0; i--) if (weights[i] > 0) return i;
        throw new IllegalArgumentException("no positive weight");
    }

    /** The id of the option drawn. */
    public static String id(List<Weighted> options, MersenneTwisterFast random) {
        double[] w = new double[options.size()];
        for (int i = 0; i < w.length; i++) w[i] = options.get(i).weight();
        return options.get(index(w, random)).id();
    }
}
