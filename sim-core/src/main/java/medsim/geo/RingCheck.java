package medsim.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.locationtech.jts.algorithm.Distance;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;

/**
 * Whether a lat/lon ring (the first vertex need not be repeated at the end) bounds a proper
 * polygon: at least 3 distinct vertices, not all on one line, and valid by JTS's
 * {@link IsValidOp} (no edge crosses or touches another). Validity does not depend on the
 * projection, so the ring is tested in degrees, longitude as x.
 */
public final class RingCheck {
    private RingCheck() {}

    /**
     * What is wrong with a ring, in plain words that follow the ring's name ("... crosses
     * itself ..."), and the index of the offending vertex in the list as given, or -1 when
     * no single vertex is to blame.
     */
    public record Problem(String words, int vertex) {}

    /** The first problem of the ring, or empty if it bounds a proper polygon. */
    public static Optional<Problem> problemOf(List<GeoPoint> ring) {
        List<Coordinate> c = new ArrayList<>();
        for (GeoPoint p : ring) c.add(new Coordinate(p.lonDeg(), p.latDeg()));
        if (c.size() > 1 && c.get(0).equals2D(c.get(c.size() - 1))) c.remove(c.size() - 1);
        long distinct = c.stream().map(x -> List.of(x.x, x.y)).distinct().count();
        if (distinct < 3) {
            return Optional.of(new Problem("has " + distinct + " distinct vertices; a polygon needs at least 3", -1));
        }
        if (collinear(c)) return Optional.of(new Problem("has zero area: all its vertices lie on one line", -1));
        Coordinate[] closed = c.toArray(new Coordinate[c.size() + 1]);
        closed[c.size()] = c.get(0);
        Polygon polygon = new GeometryFactory().createPolygon(closed);
        TopologyValidationError error = new IsValidOp(polygon).getValidationError();
        if (error == null) return Optional.empty();
        Coordinate at = error.getCoordinate();
        String where = at == null ? "" : " at " + latLon(at);
        return switch (error.getErrorType()) {
            case TopologyValidationError.SELF_INTERSECTION, TopologyValidationError.RING_SELF_INTERSECTION -> crossing(c, at);
            case TopologyValidationError.TOO_FEW_POINTS -> Optional.of(new Problem("has fewer than 3 distinct vertices", -1));
            default -> Optional.of(new Problem("is not a valid polygon (" + error.getMessage().toLowerCase(Locale.ROOT) + where + ")", -1));
        };
    }

    /** The ring meets itself at {@code at}: at a vertex, blame that vertex; else name the crossing edges. */
    private static Optional<Problem> crossing(List<Coordinate> c, Coordinate at) {
        int n = c.size();
        for (int i = 0; i < n; i++) {
            if (c.get(i).equals2D(at)) {
                return Optional.of(new Problem("meets its own boundary at vertex [" + i + "] " + latLon(at)
                        + ": edges must not cross or touch", i));
            }
        }
        List<String> edges = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int j = (i + 1) % n;
            if (Distance.pointToSegment(at, c.get(i), c.get(j)) < 1e-9) edges.add("[" + i + "]-[" + j + "]");
        }
        String which = edges.size() >= 2 ? ": edge " + edges.get(0) + " crosses edge " + edges.get(1) : "";
        return Optional.of(new Problem("crosses itself at " + latLon(at) + which, -1));
    }

    private static boolean collinear(List<Coordinate> c) {
        Coordinate a = c.get(0);
        Coordinate b = null;
        for (Coordinate x : c) {
            if (!x.equals2D(a)) {
                b = x;
                break;
            }
        }
        for (Coordinate x : c) {
            if (Orientation.index(a, b, x) != Orientation.COLLINEAR) return false;
        }
        return true;
    }

    private static String latLon(Coordinate c) {
        return String.format(Locale.ROOT, "[%s, %s]", round(c.y), round(c.x));
    }

    private static String round(double deg) {
        double r = Math.round(deg * 1e4) / 1e4;
        return r == Math.rint(r) ? String.format(Locale.ROOT, "%.1f", r) : Double.toString(r);
    }
}
