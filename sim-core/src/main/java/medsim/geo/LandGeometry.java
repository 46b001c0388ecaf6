package medsim.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.union.UnaryUnionOp;

/**
 * The land of the theatre as planar geometry (JTS), for checking where scenario coordinates
 * lie: how far a point is from a state's land or from the sea, and how much of an area is sea.
 * Coordinates are the {@link Projection}'s nm (x east, y south), so distances come out in nm
 * with the projection's ±3% east-west scale error, and area ratios are exact ratios of
 * lat/lon areas on that projection.
 *
 * <p>The sea is the projection's box less all land. Immutable; built in milliseconds from the
 * shipped land file (about 0.2 s in a fresh JVM, most of it loading JTS's classes).
 */
public final class LandGeometry {
    private final Projection projection;
    private final GeometryFactory factory = new GeometryFactory();
    private final Map<String, Geometry> landByState;
    private final Geometry sea;

    /** The land polygons must each pass {@link RingCheck} (the caller checks them, to say which fails). */
    public LandGeometry(Projection projection, List<LandPolygon> land) {
        this.projection = projection;
        Map<String, List<Geometry>> parts = new TreeMap<>();
        List<Geometry> all = new ArrayList<>();
        for (LandPolygon p : land) {
            Polygon poly = polygon(p.polygon().ring());
            parts.computeIfAbsent(p.stateCode(), k -> new ArrayList<>()).add(poly);
            all.add(poly);
        }
        Map<String, Geometry> byState = new TreeMap<>();
        for (Map.Entry<String, List<Geometry>> e : parts.entrySet()) byState.put(e.getKey(), UnaryUnionOp.union(e.getValue()));
        this.landByState = byState;
        Geometry box = polygon(List.of(
                new GeoPoint(projection.northLatDeg(), projection.westLonDeg()),
                new GeoPoint(projection.northLatDeg(), projection.eastLonDeg()),
                new GeoPoint(projection.southLatDeg(), projection.eastLonDeg()),
                new GeoPoint(projection.southLatDeg(), projection.westLonDeg())));
        this.sea = all.isEmpty() ? box : box.difference(UnaryUnionOp.union(all));
    }

    /** The states with land, sorted alpha-3 codes. */
    public Set<String> states() {
        return landByState.keySet();
    }

    /**
     * Distance in nm from the point to the nearest land of the state: 0 on that land,
     * infinite if the state has none.
     */
    public double distanceToLandNm(String stateCode, GeoPoint p) {
        Geometry land = landByState.get(stateCode);
        return land == null ? Double.POSITIVE_INFINITY : land.distance(factory.createPoint(coordinate(p)));
    }

    /** Distance in nm from the point to the nearest sea in the theatre (0 at sea): how far inland it is. */
    public double distanceToSeaNm(GeoPoint p) {
        return sea.isEmpty() ? Double.POSITIVE_INFINITY : sea.distance(factory.createPoint(coordinate(p)));
    }

    /** The share of the ring's area that is sea (the ring must be valid with positive area). */
    public double seaFraction(List<GeoPoint> ring) {
        Polygon area = polygon(ring);
        return area.intersection(sea).getArea() / area.getArea();
    }

    /** The closed ring as a JTS polygon in projected nm. */
    Polygon polygon(List<GeoPoint> ring) {
        Coordinate[] c = new Coordinate[ring.size() + 1];
        for (int i = 0; i < ring.size(); i++) c[i] = coordinate(ring.get(i));
        c[ring.size()] = c[0];
        return factory.createPolygon(c);
    }

    private Coordinate coordinate(GeoPoint p) {
        return new Coordinate(projection.xNm(p.lonDeg()), projection.yNm(p.latDeg()));
    }
}
