package medsim.weather;

import java.time.LocalDate;

import org.apache.commons.math3.special.Erf;

import ec.util.MersenneTwisterFast;
import medsim.scenario.WeatherSpec;

/**
 * The day's weather over the theatre: the wind speed 10 m above the sea (m/s) and its Beaufort
 * force (fractional, 0 to 12, {@link BeaufortScale}), which is what boats, assets and sensors
 * read. Each day has a normal score that follows an AR(1) process with the scenario's
 * persistence, so calm and windy spells last several days as they do at sea; the score is mapped
 * through the month's Weibull distribution of daily wind speed ({@link WeatherSpec}), so every
 * month has the climatology's mean and spread whatever the persistence.
 */
public final class SeaState {
    /** Normal scores are held within this many standard deviations (a one-in-10^15 day). */
    private static final double MAX_SCORE = 8;

    private final WeatherSpec spec;
    private double score;
    private double windSpeedMs;
    private double beaufort;
    private LocalDate date;

    public SeaState(WeatherSpec spec) {
        this.spec = spec;
    }

    /**
     * Draws the weather of {@code day} (one normal deviate from {@code random}, the day's own
     * weather stream in a run); call once per simulated day, in order.
     */
    public void advanceTo(LocalDate day, MersenneTwisterFast random) {
        double phi = spec.persistence();
        score = date == null ? random.nextGaussian() : phi * score + Math.sqrt(1 - phi * phi) * random.nextGaussian();
        int month = day.getMonthValue();
        windSpeedMs = weibullQuantile(score, spec.windSpeedScaleMs(month), spec.windSpeedWeibullShape());
        beaufort = BeaufortScale.forceOf(windSpeedMs);
        date = day;
    }

    /**
     * The wind speed (m/s) whose Weibull(scale, shape) probability of being exceeded equals the
     * standard normal's of {@code score}: scale x (-ln P(Z > score))^(1/shape).
     */
    static double weibullQuantile(double score, double scaleMs, double shape) {
        double z = Math.max(-MAX_SCORE, Math.min(MAX_SCORE, score));
        double exceed = 0.5 * Erf.erfc(z / Math.sqrt(2));
        return scaleMs * Math.pow(-Math.log(exceed), 1 / shape);
    }

    public double beaufort() { return beaufort; }
    public double windSpeedMs() { return windSpeedMs; }
    public LocalDate date() { return date; }

    /** Drift of an unpowered boat, east and south components in knots (screen y grows south). */
    public double driftEastKnots() {
        return spec.driftSpeedKnots() * Math.sin(Math.toRadians(spec.driftTowardDeg()));
    }

    public double driftSouthKnots() {
        return -spec.driftSpeedKnots() * Math.cos(Math.toRadians(spec.driftTowardDeg()));
    }
}
