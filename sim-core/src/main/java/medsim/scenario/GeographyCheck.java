package medsim.scenario;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import medsim.geo.GeoPoint;
import medsim.geo.GeoPolygon;
import medsim.geo.LandGeometry;
import medsim.geo.LandPolygon;
import medsim.geo.LandPolygons;
import medsim.geo.Projection;
import medsim.geo.RingCheck;
import medsim.yaml.InputException;
import medsim.yaml.YamlMap;
import medsim.yaml.YamlNode;

/**
 * Reads every coordinate of a scenario and checks it against the map where it is read, so a
 * position in the wrong place is an {@link InputException} naming its file, line and column
 * rather than a boat or a ship silently moved. The loader reads places, patrol areas and SRR
 * polygons only through here. Rules (also in {@code scenarios/README.md}):
 * <ul>
 * <li>every position and polygon vertex lies in the theatre, the box of
 *     {@link GeographySpec#projection()} (a point outside it whose lat and lon swapped would be
 *     inside is reported as swapped);</li>
 * <li>every polygon (patrol areas, SRRs, the land file's) has at least 3 distinct vertices, not
 *     all on one line, and no edge that crosses or touches another (JTS {@code IsValidOp});</li>
 * <li>a place is on the land of its {@code state} or at sea within {@link #COAST_NM} of it;</li>
 * <li>a departure point or Libyan return point is on or within {@link #COAST_NM} of the
 *     departure coast's land ({@link Scenario#LIBYA});</li>
 * <li>a port (departure point, place of safety, Libyan return point) is at most
 *     {@link #COAST_NM} inland; a base may lie further inland (an air base);</li>
 * <li>a patrol area is at least {@link #MIN_PATROL_SEA_FRACTION} sea by area.</li>
 * </ul>
 * Distances are in nm on the model's projection (within about 3%).
 */
final class GeographyCheck {
    /** How far a place may be from its coast: gazetteer positions of towns lie up to ~2.3 nm inland. */
    static final double COAST_NM = 5;
    /** The least share of a patrol area that is sea; the shipped coastal box off Libya is 58% sea. */
    static final double MIN_PATROL_SEA_FRACTION = 0.5;

    private final Projection theatre;
    private final LandGeometry land;
    private final Path landFile;

    private GeographyCheck(Projection theatre, LandGeometry land, Path landFile) {
        this.theatre = theatre;
        this.land = land;
        this.landFile = landFile;
    }

    /** Reads the land file that {@code landNode} names and checks its polygons; faults are errors at {@code landNode}. */
    static GeographyCheck load(YamlNode landNode, GeographySpec spec) {
        Path file = spec.landFile();
        List<LandPolygon> polygons = LandPolygons.load(file); // its faults are errors at their line and column in it
        for (LandPolygon p : polygons) {
            Optional<RingCheck.Problem> problem = RingCheck.problemOf(p.polygon().ring());
            if (problem.isPresent()) {
                throw landNode.error("names a land file whose polygon " + p.name() + " " + problem.get().words() + " (" + file + ")");
            }
        }
        return new GeographyCheck(spec.projection(), new LandGeometry(spec.projection(), polygons), file);
    }

    /** The states with land in the land file, sorted alpha-3 codes. */
    Set<String> states() {
        return land.states();
    }

    /** The land file the checks read. */
    Path landFile() {
        return landFile;
    }

    /** The {@code lat} and {@code lon} fields of a mapping, in the theatre. */
    GeoPoint point(YamlMap owner) {
        YamlNode latNode = owner.get("lat");
        double lat = latNode.asDouble();
        double lon = owner.get("lon").asDouble();
        if (!inTheatre(lat, lon)) throw at(owner, outside(lat, lon, ""));
        return new GeoPoint(lat, lon);
    }

    /** A {@code [lat, lon]} point where traffic enters or leaves the map: in the theatre, at sea. */
    GeoPoint seaGate(YamlNode n) {
        List<YamlNode> ll = n.asList();
        if (ll.size() != 2) throw n.error("must be [lat, lon]");
        double lat = ll.get(0).asDouble();
        double lon = ll.get(1).asDouble();
        if (!inTheatre(lat, lon)) throw n.error(outside(lat, lon, ": gates are [lat, lon]"));
        GeoPoint p = new GeoPoint(lat, lon);
        if (land.distanceToSeaNm(p) > 0) throw n.error("at " + latLon(p) + " is on land; a gate is a point at sea");
        return p;
    }

    /** A list of {@code [lat, lon]} vertices, every one in the theatre, bounding a proper polygon. */
    GeoPolygon polygon(String id, YamlNode n) {
        List<YamlNode> vertices = n.asList();
        List<GeoPoint> ring = new ArrayList<>();
        for (YamlNode v : vertices) {
            List<YamlNode> ll = v.asList();
            if (ll.size() != 2) throw v.error("must be [lat, lon]");
            double lat = ll.get(0).asDouble();
            double lon = ll.get(1).asDouble();
            if (!inTheatre(lat, lon)) throw v.error(outside(lat, lon, ": vertices are [lat, lon]"));
            ring.add(new GeoPoint(lat, lon));
        }
        if (ring.size() < 3) throw n.error("must have at least 3 vertices (got " + ring.size() + ")");
        Optional<RingCheck.Problem> problem = RingCheck.problemOf(ring);
        if (problem.isPresent()) {
            RingCheck.Problem p = problem.get();
            throw (p.vertex() >= 0 ? vertices.get(p.vertex()) : n).error(p.words());
        }
        return new GeoPolygon(id, ring);
    }

    /** The place's position against the coast its roles need; {@code owner} is the place's mapping. */
    void place(YamlMap owner, Place place) {
        GeoPoint at = place.location();
        double toOwnLand = land.distanceToLandNm(place.stateCode(), at);
        // The loader has already refused a state without land (ScenarioLoader.requireLandState).
        if (toOwnLand > COAST_NM) {
            throw at(owner, "at " + latLon(at) + " is " + nm(toOwnLand) + " from the land of " + place.stateCode()
                    + ", its state; a place must be on its state's land or within " + nm(COAST_NM) + " of it");
        }
        String departureState = Scenario.LIBYA;
        double toDepartureCoast = land.distanceToLandNm(departureState, at);
        for (PlaceRole role : List.of(PlaceRole.DEPARTURE, PlaceRole.LIBYAN_RETURN_POINT)) {
            if (place.is(role) && toDepartureCoast > COAST_NM) {
                throw at(owner, "at " + latLon(at) + " has role " + role.key() + " but is "
                        + (Double.isInfinite(toDepartureCoast) ? "in a land file without land of " + departureState
                                : nm(toDepartureCoast) + " from the land of " + departureState)
                        + "; departure and return points must be on the coast of " + departureState
                        + ", within " + nm(COAST_NM) + " of its land");
            }
        }
        double inland = land.distanceToSeaNm(at);
        for (PlaceRole role : List.of(PlaceRole.DEPARTURE, PlaceRole.PLACE_OF_SAFETY, PlaceRole.LIBYAN_RETURN_POINT)) {
            if (place.is(role) && inland > COAST_NM) {
                throw at(owner, "at " + latLon(at) + " has role " + role.key() + " but is " + nm(inland) + " inland; ports must be within "
                        + nm(COAST_NM) + " of the sea (only a base may lie further inland)");
            }
        }
    }

    /** A patrol area must be mostly sea: ships draw their patrol points at sea inside it. */
    void patrolArea(YamlNode polygonNode, GeoPolygon polygon) {
        double sea = land.seaFraction(polygon.ring());
        if (sea < MIN_PATROL_SEA_FRACTION) {
            throw polygonNode.error(String.format(Locale.ROOT, "is %.1f%% sea; a patrol area must be at least %.0f%% sea by area",
                    100 * sea, 100 * MIN_PATROL_SEA_FRACTION));
        }
    }

    private boolean inTheatre(double lat, double lon) {
        return lat >= theatre.southLatDeg() && lat <= theatre.northLatDeg() && lon >= theatre.westLonDeg() && lon <= theatre.eastLonDeg();
    }

    private String outside(double lat, double lon, String swappedHint) {
        String box = "lat " + deg(theatre.southLatDeg()) + " to " + deg(theatre.northLatDeg())
                + ", lon " + deg(theatre.westLonDeg()) + " to " + deg(theatre.eastLonDeg());
        return "[" + deg(lat) + ", " + deg(lon) + "] is outside the theatre (" + box + ")"
                + (inTheatre(lon, lat) ? "; lat and lon look swapped" + swappedHint : "");
    }

    /** An error at the place's {@code lat} value, naming the place. */
    private static InputException at(YamlMap owner, String problem) {
        InputException e = owner.get("lat").error(problem);
        return new InputException(e.file(), e.line(), e.column(), owner.node().path(), problem);
    }

    private static String latLon(GeoPoint p) {
        return "[" + deg(p.latDeg()) + ", " + deg(p.lonDeg()) + "]";
    }

    private static String deg(double v) {
        return Double.toString(v);
    }

    private static String nm(double v) {
        return v == Math.rint(v) ? String.format(Locale.ROOT, "%.0f nm", v) : String.format(Locale.ROOT, "%.1f nm", v);
    }

}
