package medsim.geo;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

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

    /** The polygons in file order. Any fault in the file is a {@link GeoDataException} naming the file. */
    public static List<LandPolygon> load(Path geojson) {
        Object root;
        // GeoJSON is JSON, and JSON is YAML 1.2: snakeyaml-engine (already a dependency) reads it.
        try (Reader reader = Files.newBufferedReader(geojson, StandardCharsets.UTF_8)) {
            root = new Load(LoadSettings.builder().setLabel(geojson.toString()).build()).loadFromReader(reader);
        } catch (IOException e) {
            throw new GeoDataException(geojson + ": cannot read: " + e.getMessage(), e);
        } catch (YamlEngineException e) {
            throw new GeoDataException(geojson + ": not valid JSON: " + e.getMessage(), e);
        }
        Map<?, ?> collection = asMap(root, geojson, "the top level");
        if (!"FeatureCollection".equals(collection.get("type"))) {
            throw new GeoDataException(geojson + ": top-level type must be FeatureCollection, got " + collection.get("type"));
        }
        List<?> features = asList(collection.get("features"), geojson, "'features'");
        List<LandPolygon> result = new ArrayList<>(features.size());
        for (int i = 0; i < features.size(); i++) {
            result.add(feature(features.get(i), geojson, "feature " + i));
        }
        return List.copyOf(result);
    }

    private static LandPolygon feature(Object node, Path file, String where) {
        Map<?, ?> feature = asMap(node, file, where);
        Map<?, ?> properties = asMap(feature.get("properties"), file, where + " properties");
        String isoN3 = asString(properties.get("iso_n3"), file, where + " iso_n3");
        String stateCode = ALPHA3_BY_ISO_N3.get(isoN3);
        if (stateCode == null) {
            throw new GeoDataException(file + ": " + where + ": unknown iso_n3 '" + isoN3
                    + "' (known: 012 Algeria, 380 Italy, 434 Libya, 470 Malta, 788 Tunisia)");
        }
        String name = asString(properties.get("name"), file, where + " name");
        where = where + " (" + name + ")";

        Map<?, ?> geometry = asMap(feature.get("geometry"), file, where + " geometry");
        if (!"Polygon".equals(geometry.get("type"))) {
            throw new GeoDataException(file + ": " + where + ": geometry type must be Polygon, got " + geometry.get("type"));
        }
        List<?> rings = asList(geometry.get("coordinates"), file, where + " coordinates");
        if (rings.size() != 1) {
            throw new GeoDataException(file + ": " + where + ": expected exactly one ring (holes are not supported), got "
                    + rings.size());
        }
        List<?> positions = asList(rings.get(0), file, where + " ring");
        List<GeoPoint> ring = new ArrayList<>(positions.size());
        for (int k = 0; k < positions.size(); k++) {
            ring.add(position(positions.get(k), file, where + " position " + k));
        }
        try {
            return new LandPolygon(stateCode, name, new GeoPolygon(name, ring));
        } catch (IllegalArgumentException e) {
            throw new GeoDataException(file + ": " + where + ": " + e.getMessage(), e);
        }
    }

    private static GeoPoint position(Object node, Path file, String where) {
        List<?> pair = asList(node, file, where);
        if (pair.size() < 2 || !(pair.get(0) instanceof Number lon) || !(pair.get(1) instanceof Number lat)) {
            throw new GeoDataException(file + ": " + where + ": expected [lon, lat] numbers, got " + pair);
        }
        try {
            return new GeoPoint(lat.doubleValue(), lon.doubleValue());
        } catch (IllegalArgumentException e) {
            throw new GeoDataException(file + ": " + where + ": " + e.getMessage(), e);
        }
    }

    private static Map<?, ?> asMap(Object node, Path file, String where) {
        if (node instanceof Map<?, ?> map) {
            return map;
        }
        throw new GeoDataException(file + ": " + where + ": expected an object, got " + describe(node));
    }

    private static List<?> asList(Object node, Path file, String where) {
        if (node instanceof List<?> list) {
            return list;
        }
        throw new GeoDataException(file + ": " + where + ": expected an array, got " + describe(node));
    }

    private static String asString(Object node, Path file, String where) {
        if (node instanceof String s) {
            return s;
        }
        throw new GeoDataException(file + ": " + where + ": expected a string, got " + describe(node));
    }

    private static String describe(Object node) {
        if (node == null) {
            return "nothing";
        }
        String text = String.valueOf(node);
        // A whole sub-tree in an error message would bury the point.
        return node.getClass().getSimpleName() + " " + (text.length() > 80 ? text.substring(0, 80) + "..." : text);
    }
}
