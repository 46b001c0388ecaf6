package medsim.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import medsim.yaml.InputException;

class LandPolygonsTest {
    @TempDir
    Path dir;

    @Test
    void theatreFileHas23PolygonsOfFiveStatesInFileOrder() {
        List<LandPolygon> land = GeoFixtures.LAND;
        assertEquals(23, land.size());
        assertEquals("DZA", land.get(0).stateCode());
        assertEquals("Algeria (mainland)", land.get(0).name());
        assertEquals("Sicily", land.get(1).name());
        TreeMap<String, Integer> polygonsByState = new TreeMap<>();
        int vertices = 0;
        for (LandPolygon p : land) {
            polygonsByState.merge(p.stateCode(), 1, Integer::sum);
            // The file repeats each ring's first point at the end; GeoPolygon drops it.
            vertices += p.polygon().ring().size() + 1;
        }
        assertEquals("{DZA=1, ITA=15, LBY=1, MLT=2, TUN=4}", polygonsByState.toString());
        assertEquals(1563, vertices);
    }

    @Test
    void coordinatesAreReadAsLonThenLat() {
        GeoPolygon lampedusa = GeoFixtures.LAND.stream().filter(p -> p.name().equals("Lampedusa")).findFirst()
                .orElseThrow().polygon();
        assertTrue(lampedusa.minLatDeg() > 35.4 && lampedusa.maxLatDeg() < 35.6, lampedusa.toString());
        assertTrue(lampedusa.minLonDeg() > 12.4 && lampedusa.maxLonDeg() < 12.7, lampedusa.toString());
    }

    @Test
    void unknownIsoCodeIsAnInputErrorNamingFileAndCode() throws IOException {
        Path file = write("bad-code.geojson", feature("999", "Atlantis", polygonGeometry()));
        InputException e = assertThrows(InputException.class, () -> LandPolygons.load(file));
        assertTrue(e.getMessage().contains("bad-code.geojson") && e.getMessage().contains("999"), e.getMessage());
    }

    @Test
    void multiPolygonIsRejected() throws IOException {
        Path file = write("multi.geojson", feature("470", "Malta",
                "{\"type\":\"MultiPolygon\",\"coordinates\":[[[[14,35],[15,35],[15,36],[14,35]]]]}"));
        InputException e = assertThrows(InputException.class, () -> LandPolygons.load(file));
        assertTrue(e.getMessage().contains("multi.geojson") && e.getMessage().contains("MultiPolygon"), e.getMessage());
    }

    @Test
    void polygonWithAHoleIsRejected() throws IOException {
        Path file = write("hole.geojson", feature("470", "Malta",
                "{\"type\":\"Polygon\",\"coordinates\":[[[14,35],[15,35],[15,36],[14,35]],[[14.5,35.2],[14.6,35.2],[14.6,35.3],[14.5,35.2]]]}"));
        InputException e = assertThrows(InputException.class, () -> LandPolygons.load(file));
        assertTrue(e.getMessage().contains("holes"), e.getMessage());
    }

    @Test
    void latitudeOutOfRangeIsAnInputError() throws IOException {
        Path file = write("swapped.geojson", feature("470", "Malta",
                "{\"type\":\"Polygon\",\"coordinates\":[[[14,95],[15,35],[15,36],[14,95]]]}"));
        InputException e = assertThrows(InputException.class, () -> LandPolygons.load(file));
        assertTrue(e.getMessage().contains("swapped.geojson") && e.getMessage().contains(":1:") && e.getMessage().contains("features[0].geometry.coordinates[0][0] must be [lon, lat]"), e.getMessage());
    }

    @Test
    void numericIsoCodeIsRejectedBecauseTheFormatSaysString() throws IOException {
        Path file = write("numeric.geojson", "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\","
                + "\"properties\":{\"iso_n3\":470,\"name\":\"Malta\"},\"geometry\":" + polygonGeometry() + "}]}");
        InputException e = assertThrows(InputException.class, () -> LandPolygons.load(file));
        assertTrue(e.getMessage().contains("iso_n3"), e.getMessage());
    }

    @Test
    void malformedJsonAndMissingFileAreInputErrors() throws IOException {
        Path broken = write("broken.geojson", "{\"type\":\"FeatureCollection\",\"features\":[");
        InputException e = assertThrows(InputException.class, () -> LandPolygons.load(broken));
        assertTrue(e.getMessage().contains("broken.geojson"), e.getMessage());
        Path missing = dir.resolve("missing.geojson");
        e = assertThrows(InputException.class, () -> LandPolygons.load(missing));
        assertTrue(e.getMessage().contains("missing.geojson"), e.getMessage());
    }

    @Test
    void aFileOfOneBraceOrAnEmptyCollectionIsAnInputErrorAtItsPosition() throws IOException {
        Path brace = write("brace.geojson", "{\n");
        assertEquals(brace + ":2:1: is not valid JSON: expected the node content, but found '<stream end>'",
                assertThrows(InputException.class, () -> LandPolygons.load(brace)).getMessage());
        Path empty = write("empty.geojson", "{\"type\": \"FeatureCollection\",\n \"features\": []}\n");
        assertEquals(empty + ":2:14: features lists no land polygons; the model needs the coasts",
                assertThrows(InputException.class, () -> LandPolygons.load(empty)).getMessage());
    }

    @Test
    void aRingOfTwoDistinctPointsIsAnInputErrorAtTheRing() throws IOException {
        Path file = write("flat.geojson", feature("470", "Malta", "{\"type\":\"Polygon\",\"coordinates\":[[[14,35],[15,35],[14,35]]]}"));
        InputException e = assertThrows(InputException.class, () -> LandPolygons.load(file));
        assertTrue(e.getMessage().matches(".*flat\\.geojson:1:\\d+: features\\[0\\]\\.geometry\\.coordinates\\[0\\] polygon 'Malta' needs at least 3 distinct points, got 2"),
                e.getMessage());
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    private static String feature(String isoN3, String name, String geometry) {
        return "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{\"country\":\"X\","
                + "\"iso_n3\":\"" + isoN3 + "\",\"name\":\"" + name + "\"},\"geometry\":" + geometry + "}]}";
    }

    private static String polygonGeometry() {
        return "{\"type\":\"Polygon\",\"coordinates\":[[[14,35],[15,35],[15,36],[14,35]]]}";
    }
}
