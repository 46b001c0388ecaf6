package medsim.geo;

/**
 * Equirectangular projection of a lat/lon box onto a plane in nautical miles.
 * x grows east from the west edge; y grows SOUTH from the north edge, the row order of
 * screens and MASON grids (row 0 is the north). One degree of latitude is 60 nm; one degree
 * of longitude is 60 cos(mid-latitude) nm everywhere, so east–west distances are off by
 * about ±3% at the north and south edges of the Central Mediterranean box (30–39.5°N):
 * small next to the other approximations of the model, and it keeps distances Euclidean.
 * Immutable.
 */
public final class Projection {
    /** Nautical miles per degree of latitude (one minute of arc is one nautical mile). */
    public static final double NM_PER_DEG_LAT = 60.0;
    /** Mean Earth radius in nautical miles (6371.0 km / 1.852). */
    public static final double EARTH_RADIUS_NM = 3440.065;

    private final double westLonDeg;
    private final double eastLonDeg;
    private final double southLatDeg;
    private final double northLatDeg;
    private final double nmPerDegLon;

    public Projection(double westLonDeg, double eastLonDeg, double southLatDeg, double northLatDeg) {
        if (!(westLonDeg >= -180.0 && eastLonDeg <= 180.0 && westLonDeg < eastLonDeg)) {
            throw new IllegalArgumentException("need -180 <= west < east <= 180, got west " + westLonDeg + ", east " + eastLonDeg);
        }
        if (!(southLatDeg >= -90.0 && northLatDeg <= 90.0 && southLatDeg < northLatDeg)) {
            throw new IllegalArgumentException("need -90 <= south < north <= 90, got south " + southLatDeg + ", north " + northLatDeg);
        }
        double midLatRad = Math.toRadians((southLatDeg + northLatDeg) / 2.0);
        if (Math.cos(midLatRad) < 1e-6) {
            throw new IllegalArgumentException("box too close to a pole for an equirectangular projection");
        }
        this.westLonDeg = westLonDeg;
        this.eastLonDeg = eastLonDeg;
        this.southLatDeg = southLatDeg;
        this.northLatDeg = northLatDeg;
        this.nmPerDegLon = NM_PER_DEG_LAT * Math.cos(midLatRad);
    }

    /** The model's theatre: 9–19°E, 30–39.5°N, the box of {@code scenarios/geo/central-med-land.geojson}. */
    public static Projection centralMediterranean() {
        return new Projection(9.0, 19.0, 30.0, 39.5);
    }

    public double xNm(double lonDeg) {
        return (lonDeg - westLonDeg) * nmPerDegLon;
    }

    public double yNm(double latDeg) {
        return (northLatDeg - latDeg) * NM_PER_DEG_LAT;
    }

    public double lonDeg(double xNm) {
        return westLonDeg + xNm / nmPerDegLon;
    }

    public double latDeg(double yNm) {
        return northLatDeg - yNm / NM_PER_DEG_LAT;
    }

    public GeoPoint toGeo(double xNm, double yNm) {
        return new GeoPoint(latDeg(yNm), lonDeg(xNm));
    }

    public double widthNm() {
        return (eastLonDeg - westLonDeg) * nmPerDegLon;
    }

    public double heightNm() {
        return (northLatDeg - southLatDeg) * NM_PER_DEG_LAT;
    }

    public double nmPerDegLon() {
        return nmPerDegLon;
    }

    public double westLonDeg() {
        return westLonDeg;
    }

    public double eastLonDeg() {
        return eastLonDeg;
    }

    public double southLatDeg() {
        return southLatDeg;
    }

    public double northLatDeg() {
        return northLatDeg;
    }

    /** True if the point lies in the box, edges included. */
    public boolean contains(GeoPoint p) {
        return p.latDeg() >= southLatDeg && p.latDeg() <= northLatDeg
                && p.lonDeg() >= westLonDeg && p.lonDeg() <= eastLonDeg;
    }

    /** Great-circle distance by the haversine formula on a sphere of {@link #EARTH_RADIUS_NM}. */
    public static double greatCircleNm(GeoPoint a, GeoPoint b) {
        double lat1 = Math.toRadians(a.latDeg());
        double lat2 = Math.toRadians(b.latDeg());
        double sinHalfDLat = Math.sin((lat2 - lat1) / 2.0);
        double sinHalfDLon = Math.sin(Math.toRadians(b.lonDeg() - a.lonDeg()) / 2.0);
        double h = sinHalfDLat * sinHalfDLat + Math.cos(lat1) * Math.cos(lat2) * sinHalfDLon * sinHalfDLon;
        return 2.0 * EARTH_RADIUS_NM * Math.asin(Math.min(1.0, Math.sqrt(h)));
    }

    @Override
    public String toString() {
        return "Projection[lon " + westLonDeg + ".." + eastLonDeg + ", lat " + southLatDeg + ".." + northLatDeg
                + ", " + nmPerDegLon + " nm/deg lon]";
    }
}
