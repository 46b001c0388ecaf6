package medsim.experiment;

import java.util.List;

/**
 * A swept scenario field: its dotted path, and either explicit levels (full factorial) or a
 * range sampled by the design on a linear or log scale, optionally rounded to whole numbers.
 * {@code line}/{@code column} locate it in the sweep file, for errors.
 */
public record SweepParameter(String path, List<Double> levels, double min, double max, boolean logScale, boolean integer,
                             int line, int column) {

    public SweepParameter {
        levels = levels == null ? List.of() : List.copyOf(levels);
    }

    public boolean hasRange() {
        return !Double.isNaN(min);
    }

    /** The value at a point of the unit interval. */
    public double value(double unit) {
        double u = Math.max(0, Math.min(1, unit));
        double v = logScale ? Math.exp(Math.log(min) + u * (Math.log(max) - Math.log(min))) : min + u * (max - min);
        return integer ? Math.round(v) : v;
    }
}
