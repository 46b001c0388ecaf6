package medsim.detection;

/**
 * The weather bracket of the sweep-width tables' weather correction, read from the Beaufort
 * force, and its correction factors.
 *
 * <p>The tables (IAMSAR Manual Vol. II, App. N; US National SAR Supplement; JP 3-50 National SAR
 * Manual Vol. I, App. D, Table D-1) multiply the sweep width by 1 in winds up to 15 kt and seas
 * under 1 m; by 0.5 for small targets (persons in the water, boats under 30 ft) and 0.9 for
 * others in winds of 15-25 kt or seas of 1-1.5 m; and by 0.25 and 0.9 above 25 kt or 1.5 m
 * (facts {@code detection.weather-correction.*}). The brackets' wind speeds are read as Beaufort
 * forces with the WMO relation v = 0.836 B^(3/2) m/s: 15 kt is B = 4.40 and 25 kt is B = 6.18.
 */
public enum SeaStateImpact {
    LOW, MEDIUM, HIGH;

    private static final double KNOT_M_PER_S = 1852.0 / 3600.0;

    /** The Beaufort force of a wind speed in knots (WMO: v = 0.836 B^(3/2) m/s). */
    static double beaufortOfKnots(double knots) {
        return Math.pow(knots * KNOT_M_PER_S / 0.836, 2.0 / 3.0);
    }

    static final double MEDIUM_FROM_BEAUFORT = beaufortOfKnots(15);
    static final double HIGH_FROM_BEAUFORT = beaufortOfKnots(25);

    /** The bracket of a (fractional) Beaufort force. */
    public static SeaStateImpact of(double beaufort) {
        if (beaufort > HIGH_FROM_BEAUFORT) return HIGH;
        if (beaufort > MEDIUM_FROM_BEAUFORT) return MEDIUM;
        return LOW;
    }

    /** The sweep-width correction factor for a target of the given class, from {@code factors} = {small medium, small high, other medium, other high}. */
    double factor(boolean smallTarget, WeatherCorrection factors) {
        return switch (this) {
            case LOW -> 1;
            case MEDIUM -> smallTarget ? factors.smallMedium() : factors.otherMedium();
            case HIGH -> smallTarget ? factors.smallHigh() : factors.otherHigh();
        };
    }
}
