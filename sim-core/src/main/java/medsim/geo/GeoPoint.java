package medsim.geo;

/** A WGS84 position in degrees. Immutable; rejects impossible coordinates at construction so bad data fails where it enters. */
public record GeoPoint(double latDeg, double lonDeg) {
    public GeoPoint {
        if (!Double.isFinite(latDeg) || latDeg < -90.0 || latDeg > 90.0) {
            throw new IllegalArgumentException("latitude must be finite and in [-90, 90], got " + latDeg);
        }
        if (!Double.isFinite(lonDeg) || lonDeg < -180.0 || lonDeg > 180.0) {
            throw new IllegalArgumentException("longitude must be finite and in [-180, 180], got " + lonDeg);
        }
    }
}
