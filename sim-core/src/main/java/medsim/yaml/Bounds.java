package medsim.yaml;

import java.util.Locale;

/** The allowed range of a number field, with the error message when it is outside. */
public record Bounds(double min, boolean minInclusive, double max, boolean maxInclusive) {

    public static Bounds positive() { return new Bounds(0, false, Double.POSITIVE_INFINITY, true); }
    public static Bounds nonNegative() { return new Bounds(0, true, Double.POSITIVE_INFINITY, true); }
    public static Bounds fraction() { return new Bounds(0, true, 1, true); }
    public static Bounds between(double min, double max) { return new Bounds(min, true, max, true); }
    public static Bounds any() { return new Bounds(Double.NEGATIVE_INFINITY, true, Double.POSITIVE_INFINITY, true); }

    public double check(YamlNode n) {
        double v = n.asDouble();
        String why = violation(v);
        if (why != null) throw n.error(why);
        return v;
    }

    /** Null if {@code v} is allowed, else the reason it is not. */
    public String violation(double v) {
        boolean low = minInclusive ? v < min : v <= min;
        boolean high = maxInclusive ? v > max : v >= max;
        if (low) return "must be " + (minInclusive ? ">= " : "> ") + fmt(min) + " (got " + fmt(v) + ")";
        if (high) return "must be " + (maxInclusive ? "<= " : "< ") + fmt(max) + " (got " + fmt(v) + ")";
        return null;
    }

    public static String fmt(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return String.format(Locale.ROOT, "%d", (long) v);
        return String.format(Locale.ROOT, "%s", v);
    }
}
