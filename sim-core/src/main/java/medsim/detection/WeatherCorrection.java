package medsim.detection;

/**
 * The sweep-width weather correction factors (dimensionless, 0 to 1) of the IAMSAR / National SAR
 * Supplement tables: for small targets and for others, in the medium and the high bracket of
 * {@link SeaStateImpact} (the low bracket is 1).
 */
public record WeatherCorrection(double smallMedium, double smallHigh, double otherMedium, double otherHigh) {}
