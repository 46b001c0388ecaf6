package medsim.experiment;

import medsim.scenario.ValidationTarget;

/**
 * One line of a validation table: the target, what was observed, the simulated mean with its
 * 95% confidence interval over replications (see {@link Intervals}; NaN bounds with fewer than
 * {@link Intervals#MIN_SAMPLE} replications), the error, and whether it is within tolerance.
 * For a monthly target the "mean" is the correlation of the mean monthly series with the
 * record, the interval that of the runs' own correlations (Fisher's z), and the error the
 * mean absolute relative error over the months. A total or share also has its 80% and 95%
 * predictive intervals ({@link Intervals#predictive}): where one more run would fall, which
 * the observed figure should lie in if the model and its parameter uncertainty are right.
 */
public record ValidationRow(ValidationTarget target, double observed, double simulatedMean, double ciLow, double ciHigh,
                            double error, boolean withinTolerance, int replications,
                            double pi80Low, double pi80High, double pi95Low, double pi95High) {

    /** A row without predictive intervals (a monthly series: its runs' correlations are not outcomes to predict). */
    public ValidationRow(ValidationTarget target, double observed, double simulatedMean, double ciLow, double ciHigh,
                         double error, boolean withinTolerance, int replications) {
        this(target, observed, simulatedMean, ciLow, ciHigh, error, withinTolerance, replications, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
    }

    /** Whether the observed figure lies inside the 95% predictive interval (false without one). */
    public boolean insidePredictive95() {
        return observed >= pi95Low && observed <= pi95High;
    }

    /** Whether it has predictive intervals (a total or share with enough replications). */
    public boolean hasPredictive() {
        return !Double.isNaN(pi95Low);
    }

    /**
     * Squared relative error in units of the observation error (a total's or share's
     * tolerance), or a monthly series' shortfall below its least correlation in units of 0.1:
     * what calibration minimises.
     */
    public double loss() {
        return switch (target.kind()) {
            case TOTAL, BUSIEST_DAY -> sq(error / target.tolerance());
            case SHARE -> sq(error / target.tolerance());
            case MONTHLY -> simulatedMean >= target.tolerance() ? 0 : sq((target.tolerance() - simulatedMean) / 0.1);
        };
    }

    private static double sq(double v) {
        return Double.isFinite(v) ? v * v : 1e6;
    }
}
