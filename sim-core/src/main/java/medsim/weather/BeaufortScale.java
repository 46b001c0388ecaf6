package medsim.weather;

/**
 * The Beaufort scale of wind force as a continuous function of the wind speed 10 m above the
 * sea: {@code v = 0.836 B^1.5} m/s, the empirical relation behind the WMO scale, whose bands
 * (force 3: 3.4 to 5.4 m/s, force 4: 5.5 to 7.9 m/s ...) it reproduces at the half forces
 * (B = 2.5, 3.5 ...) [weather.beaufort-scale.wmo]. Force B covers speeds from B - 0.5 to B + 0.5
 * here, so a limit of "force 3" ({@code maxBeaufortToDepart: 3}) is the middle of that band.
 */
public final class BeaufortScale {
    /** Metres per second at force 1 in {@code v = 0.836 B^1.5}. */
    public static final double METRES_PER_SECOND_AT_FORCE_ONE = 0.836;
    /** The top of the scale (hurricane force). */
    public static final double MAX_FORCE = 12;

    private BeaufortScale() {}

    /** Beaufort force (fractional, 0 to 12) of a wind speed in m/s (negative speeds are calm). */
    public static double forceOf(double windSpeedMs) {
        if (!(windSpeedMs > 0)) return 0;
        return Math.min(MAX_FORCE, Math.pow(windSpeedMs / METRES_PER_SECOND_AT_FORCE_ONE, 2.0 / 3.0));
    }

    /** Wind speed in m/s of a Beaufort force (fractional, at least 0). */
    public static double windSpeedMs(double force) {
        return METRES_PER_SECOND_AT_FORCE_ONE * Math.pow(Math.max(0, force), 1.5);
    }
}
