package medsim.metric;

/**
 * The values a metric can take, so that an interval around its mean stays within them:
 * counts and distances are never below zero, shares lie in [0, 1], correlations in [-1, 1].
 */
public enum MetricRange {
    /** Counts of people, boats or events; distances. */
    NON_NEGATIVE(0, Double.POSITIVE_INFINITY),
    /** A fraction of a whole, 0 to 1. */
    SHARE(0, 1),
    /** A correlation coefficient, -1 to 1. */
    CORRELATION(-1, 1),
    /** Any real number (a difference, say). */
    UNBOUNDED(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);

    private final double min;
    private final double max;

    MetricRange(double min, double max) {
        this.min = min;
        this.max = max;
    }

    public double min() { return min; }
    public double max() { return max; }

    /** {@code v} moved into the range. */
    public double clamp(double v) {
        return Math.max(min, Math.min(max, v));
    }
}
