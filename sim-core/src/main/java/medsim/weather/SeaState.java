package medsim.weather;

import java.time.LocalDate;

import ec.util.MersenneTwisterFast;
import medsim.scenario.WeatherSpec;

/**
 * The day's sea state over the theatre, as a Beaufort force (fractional, 0 to 12).
 * Each day's value is the month's mean plus a standardised anomaly that follows an AR(1)
 * process, so calm and rough spells last several days as they do at sea; the month's
 * standard deviation scales the anomaly.
 */
public final class SeaState {
    private final WeatherSpec spec;
    private double anomaly;
    private double beaufort;
    private LocalDate date;

    public SeaState(WeatherSpec spec) {
        this.spec = spec;
    }

    /**
     * Draws the sea state of {@code day} (one normal deviate from {@code random}, the day's own
     * weather stream in a run); call once per simulated day, in order.
     */
    public void advanceTo(LocalDate day, MersenneTwisterFast random) {
        double phi = spec.persistence();
        anomaly = date == null ? random.nextGaussian() : phi * anomaly + Math.sqrt(1 - phi * phi) * random.nextGaussian();
        int month = day.getMonthValue();
        beaufort = Math.max(0, Math.min(12, spec.meanBeaufort(month) + spec.sdBeaufort(month) * anomaly));
        date = day;
    }

    public double beaufort() { return beaufort; }
    public LocalDate date() { return date; }

    /** Drift of an unpowered boat, east and south components in knots (screen y grows south). */
    public double driftEastKnots() {
        return spec.driftSpeedKnots() * Math.sin(Math.toRadians(spec.driftTowardDeg()));
    }

    public double driftSouthKnots() {
        return -spec.driftSpeedKnots() * Math.cos(Math.toRadians(spec.driftTowardDeg()));
    }
}
