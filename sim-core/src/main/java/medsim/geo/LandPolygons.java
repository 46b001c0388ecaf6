package medsim.geo;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import medsim.yaml.InputException;
import medsim.yaml.InputFiles;
import medsim.yaml.YamlNode;

/**
 * Reads land polygons labelled by country from a GeoJSON FeatureCollection such as
 * {@code scenarios/geo/central-med-land.geojson}: one {@code Polygon} feature (no holes) per land
 * mass, {@code [lon, lat]} coordinates, properties {@code iso_n3} (string) and {@code name}.
 */
public final class LandPolygons {
    // ISO 3166-1 numeric to alpha-3 for the states of the theatre; the model speaks alpha-3.
    private static final Map<String, String> ALPHA3_BY_ISO_N3 = Map.of(
            "012", "DZA",
            "380", "ITA",
            "434", "LBY",
            "470", "MLT",
            "788", "TUN");

    private LandPolygons() {
    }

    /**
     * The polygons in file order, at least one. Any fault in the file (unreadable, over
     * {@link InputFiles#MAX_LAND_BYTES}, not JSON, not a FeatureCollection of such polygons) is
     * an {@link InputException} naming the file and, where there is one, the line and column.
     */
    public static List<LandPolygon> load(Path geojson) {
        return load(geojson.toString(), InputFiles.readText(geojson, InputFiles.MAX_LAND_BYTES));
    }

    /** As {@link #load(Path)}, from the file's text already read; {@code label} names the file in errors. */
    public static List<LandPolygon> load(String label, String geojsonText) {
        // GeoJSON is JSON, and JSON is YAML 1.2: the YAML reader, with its positions and limits, reads it.
        YamlNode root = YamlNode.parse(label, geojsonText);
        YamlNode type = field(root, "type");
        if (!"FeatureCollection".equals(text(type))) throw type.error("must be FeatureCollection (got " + describe(type) + ")");
        List<YamlNode> features = field(root, "features").asList();
        if (features.isEmpty()) throw field(root, "features").error("lists no land polygons; the model needs the coasts");
        List<LandPolygon> result = new ArrayList<>(features.size());
        for (YamlNode f : features) result.add(feature(f));
        return List.copyOf(result);
    }

    private static LandPolygon feature(YamlNode feature) {
        YamlNode properties = field(feature, "properties");
        YamlNode isoN3 = field(properties, "iso_n3");
        String stateCode = ALPHA3_BY_ISO_N3.get(string(isoN3));
        if (stateCode == null) {
            throw isoN3.error("is not a state of the theatre (got \"" + string(isoN3)
                    + "\"; known: 012 Algeria, 380 Italy, 434 Libya, 470 Malta, 788 Tunisia)");
        }
        String name = string(field(properties, "name"));
        YamlNode geometry = field(feature, "geometry");
        YamlNode type = field(geometry, "type");
        if (!"Polygon".equals(text(type))) throw type.error("must be Polygon (got " + describe(type) + ")");
        YamlNode coordinates = field(geometry, "coordinates");
        List<YamlNode> rings = coordinates.asList();
        if (rings.size() != 1) {
            throw coordinates.error("must hold exactly one ring (holes are not supported), got " + rings.size());
        }
        List<GeoPoint> ring = new ArrayList<>();
        for (YamlNode position : rings.get(0).asList()) ring.add(position(position));
        try {
            return new LandPolygon(stateCode, name, new GeoPolygon(name, ring));
        } catch (IllegalArgumentException e) {
            throw rings.get(0).error(e.getMessage());
        }
    }

    private static GeoPoint position(YamlNode node) {
        List<YamlNode> pair = node.asList();
        if (pair.size() < 2) throw node.error("must be [lon, lat]");
        double lon = pair.get(0).asDouble();
        double lat = pair.get(1).asDouble();
        if (lon < -180 || lon > 180 || lat < -90 || lat > 90) {
            throw node.error("must be [lon, lat] in degrees (got [" + lon + ", " + lat + "]: latitude must be within -90..90, longitude -180..180)");
        }
        return new GeoPoint(lat, lon);
    }

    /** A required member of a JSON object. */
    private static YamlNode field(YamlNode object, String key) {
        return object.asMap().get(key);
    }

    private static String string(YamlNode n) {
        if (!n.isText()) throw n.error("must be a string (got " + describe(n) + ")");
        return n.asString();
    }

    private static String text(YamlNode n) {
        return n.isMap() || n.isList() || n.isNull() ? null : n.asString();
    }

    private static String describe(YamlNode n) {
        String t = text(n);
        return t == null ? n.isMap() ? "an object" : n.isList() ? "an array" : "nothing" : n.isText() ? "\"" + t + "\"" : t;
    }
}
