package medsim.experiment;

import medsim.yaml.Bounds;
import medsim.yaml.YamlMap;
import medsim.yaml.YamlNode;

/**
 * The range of a varied scenario field, for calibrations and sweeps: bounds, a linear or log
 * scale (for rates spanning orders of magnitude), and whether it takes whole numbers only
 * (counts). Searches and designs work in the unit interval; this maps it to values and back.
 */
public record ParameterRange(double min, double max, boolean logScale, boolean integer) {

    /** Reads {@code min}, {@code max}, {@code scale} and {@code integer} from a parameter's mapping. */
    public static ParameterRange read(YamlMap p) {
        double min = p.number("min", Bounds.any());
        YamlNode maxNode = p.get("max");
        double max = p.number("max", Bounds.any());
        if (max <= min) throw maxNode.error("must be > min (" + min + ")");
        String scale = p.string("scale", "linear");
        if (!scale.equals("linear") && !scale.equals("log")) throw p.get("scale").error("must be linear or log");
        if (scale.equals("log") && min <= 0) throw p.get("min").error("must be > 0 on a log scale");
        boolean integer = p.bool("integer", false);
        if (integer && min != Math.rint(min)) throw p.get("min").error("must be a whole number with integer: true (got " + min + ")");
        if (integer && max != Math.rint(max)) throw maxNode.error("must be a whole number with integer: true (got " + max + ")");
        return new ParameterRange(min, max, scale.equals("log"), integer);
    }

    /**
     * The value at a point of the unit interval (clamped to it), for sampling designs and
     * searches: uniform u gives a value uniform on the range, on its scale. A whole-number
     * range gives each of its values an equal share of the unit interval (on a log scale, each
     * n the share of [n, n + 1)), so that no value is drawn more often than another.
     */
    public double value(double unit) {
        double u = Math.max(0, Math.min(1, unit));
        if (!integer) return onScale(u, max);
        return Math.min(max, Math.floor(onScale(u, max + 1)));
    }

    /**
     * Level {@code i} of {@code levels} evenly spaced on the range's scale, from min (0) to max
     * ({@code levels - 1}), rounded for a whole-number range: the grid of full-factorial steps
     * and of Morris trajectories.
     */
    public double gridValue(int i, int levels) {
        double v = onScale(i / (levels - 1.0), max);
        return integer ? Math.rint(v) : v;
    }

    /** Where a value lies between min (0) and max (1) on the range's scale. */
    public double unit(double value) {
        return logScale ? (Math.log(value) - Math.log(min)) / (Math.log(max) - Math.log(min)) : (value - min) / (max - min);
    }

    /** The middle of the range on its scale: the default start of a search. */
    public double middle() {
        return value(0.5);
    }

    private double onScale(double u, double top) {
        if (u == 0) return min;
        if (u == 1) return top;
        return logScale ? Math.exp(Math.log(min) + u * (Math.log(top) - Math.log(min))) : min + u * (top - min);
    }
}
