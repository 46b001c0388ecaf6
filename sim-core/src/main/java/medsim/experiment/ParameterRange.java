package medsim.experiment;

import medsim.yaml.Bounds;
import medsim.yaml.YamlMap;
import medsim.yaml.YamlNode;

/**
 * The range of a varied scenario field, for calibrations and sweeps: bounds, a linear or log
 * scale (for rates spanning orders of magnitude), and whether values are rounded (counts).
 * Searches and designs work in the unit interval; this maps it to values and back.
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
        return new ParameterRange(min, max, scale.equals("log"), p.bool("integer", false));
    }

    /**
     * The value at a point of the unit interval (clamped to it). The ends give min and max
     * exactly, and no value leaves [min, max] (exp(log(x)) is not always x, and values are
     * applied to the scenario to the last digit).
     */
    public double value(double unit) {
        double u = Math.max(0, Math.min(1, unit));
        double v = logScale ? Math.exp(Math.log(min) + u * (Math.log(max) - Math.log(min))) : min + u * (max - min);
        v = u == 0 ? min : u == 1 ? max : Math.max(min, Math.min(max, v));
        return integer ? Math.round(v) : v;
    }

    /** Where a value lies in the unit interval. */
    public double unit(double value) {
        return logScale ? (Math.log(value) - Math.log(min)) / (Math.log(max) - Math.log(min)) : (value - min) / (max - min);
    }

    /** The middle of the range on its scale: the default start of a search. */
    public double middle() {
        return value(0.5);
    }
}
