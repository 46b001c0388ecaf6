package medsim.geo;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * A closed lat/lon ring (the first point need not be repeated at the end) with ray-casting
 * containment, used for land, SRR regions and patrol areas. Longitude is treated as a plane
 * coordinate, which is right for rings that do not cross the antimeridian. Immutable.
 *
 * <p>Whether a ring is a proper polygon (simple, with area) is checked with JTS by
 * {@link RingCheck} where rings are read. Containment stays here rather than in JTS: its
 * half-open boundary rule lets regions that share a border split the points on it, which
 * JTS's {@code contains} (boundary out) and {@code covers} (boundary in) do not, and the
 * raster's scanline fill ({@link #crossingLons}) must agree with it cell for cell.
 */
public final class GeoPolygon {
    private final String name;
    private final List<GeoPoint> ring;
    // Parallel primitive arrays: containment and rasterisation run over them millions of times.
    private final double[] latDeg;
    private final double[] lonDeg;
    private final double minLatDeg;
    private final double maxLatDeg;
    private final double minLonDeg;
    private final double maxLonDeg;

    public GeoPolygon(String name, List<GeoPoint> ring) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(ring, "ring");
        List<GeoPoint> open = new ArrayList<>(ring);
        if (open.size() > 1 && open.get(0).equals(open.get(open.size() - 1))) {
            open.remove(open.size() - 1);
        }
        if (new HashSet<>(open).size() < 3) {
            throw new IllegalArgumentException("polygon '" + name + "' needs at least 3 distinct points, got " + ring);
        }
        this.name = name;
        this.ring = List.copyOf(open);
        int n = open.size();
        latDeg = new double[n];
        lonDeg = new double[n];
        double minLat = Double.POSITIVE_INFINITY, maxLat = Double.NEGATIVE_INFINITY;
        double minLon = Double.POSITIVE_INFINITY, maxLon = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            GeoPoint p = open.get(i);
            latDeg[i] = p.latDeg();
            lonDeg[i] = p.lonDeg();
            minLat = Math.min(minLat, p.latDeg());
            maxLat = Math.max(maxLat, p.latDeg());
            minLon = Math.min(minLon, p.lonDeg());
            maxLon = Math.max(maxLon, p.lonDeg());
        }
        minLatDeg = minLat;
        maxLatDeg = maxLat;
        minLonDeg = minLon;
        maxLonDeg = maxLon;
    }

    public String name() {
        return name;
    }

    /** The ring without a repeated closing point. */
    public List<GeoPoint> ring() {
        return ring;
    }

    /**
     * Even-odd rule. Boundary points follow a fixed half-open rule (on a square: inside on the
     * west and south edges, outside on the east and north edges), so polygons sharing a border
     * do not both claim the points on it.
     */
    public boolean contains(double latDeg, double lonDeg) {
        if (latDeg < minLatDeg || latDeg > maxLatDeg || lonDeg < minLonDeg || lonDeg > maxLonDeg) {
            return false;
        }
        boolean inside = false;
        int n = this.latDeg.length;
        for (int i = 0, j = n - 1; i < n; j = i++) {
            if (crosses(i, j, latDeg) && lonDeg < crossingLon(i, j, latDeg)) {
                inside = !inside;
            }
        }
        return inside;
    }

    /**
     * Writes the longitudes where the ring crosses the parallel {@code latDeg} into {@code out}
     * (unsorted) and returns how many. Same edge rule as {@link #contains}, so a raster filled
     * between sorted crossing pairs agrees with contains() at every cell centre.
     */
    int crossingLons(double latDeg, double[] out) {
        int count = 0;
        int n = this.latDeg.length;
        for (int i = 0, j = n - 1; i < n; j = i++) {
            if (crosses(i, j, latDeg)) {
                out[count++] = crossingLon(i, j, latDeg);
            }
        }
        return count;
    }

    int vertexCount() {
        return latDeg.length;
    }

    // Half-open in latitude, so a vertex lying on the parallel is counted once, not twice.
    private boolean crosses(int i, int j, double lat) {
        return (this.latDeg[i] > lat) != (this.latDeg[j] > lat);
    }

    private double crossingLon(int i, int j, double lat) {
        return lonDeg[i] + (lat - this.latDeg[i]) * (lonDeg[j] - lonDeg[i]) / (this.latDeg[j] - this.latDeg[i]);
    }

    public double minLatDeg() {
        return minLatDeg;
    }

    public double maxLatDeg() {
        return maxLatDeg;
    }

    public double minLonDeg() {
        return minLonDeg;
    }

    public double maxLonDeg() {
        return maxLonDeg;
    }

    @Override
    public String toString() {
        return "GeoPolygon[" + name + ", " + ring.size() + " points]";
    }
}
