package medsim.scenario;

import org.apache.commons.math3.special.Gamma;

/**
 * Monthly climatology of the daily wind speed 10 m above the sea (m/s) over the theatre, from
 * a published reanalysis, the shape of its day-to-day distribution, a day-to-day persistence so
 * that calm and windy spells last several days, and the drift of a boat without power.
 *
 * <p>Each day's wind speed is Weibull distributed with the month's mean {@code
 * meanWindSpeedMsByMonth[m-1]} and the shape {@code windSpeedWeibullShape} (the larger, the less
 * the days differ: the standard deviation is the mean times a factor of the shape alone, 0.52 at
 * shape 2). {@code persistence} is the lag-one autocorrelation of the day's normal score, the
 * standardised anomaly that the Weibull quantile maps to a speed.
 */
public record WeatherSpec(double[] meanWindSpeedMsByMonth, double windSpeedWeibullShape, double persistence,
                          double driftSpeedKnots, double driftTowardDeg, String source) {

    /** Mean daily wind speed of a month (1 to 12), m/s. */
    public double meanWindSpeedMs(int month) { return meanWindSpeedMsByMonth[month - 1]; }

    /** Weibull scale of a month's daily wind speed, m/s: mean / Gamma(1 + 1/shape). */
    public double windSpeedScaleMs(int month) {
        return meanWindSpeedMs(month) / Gamma.gamma(1 + 1 / windSpeedWeibullShape);
    }

    /** Standard deviation of a month's daily wind speed, m/s, implied by its mean and the shape. */
    public double sdWindSpeedMs(int month) {
        double k = windSpeedWeibullShape;
        double g1 = Gamma.gamma(1 + 1 / k);
        return windSpeedScaleMs(month) * Math.sqrt(Gamma.gamma(1 + 2 / k) - g1 * g1);
    }
}
