package medsim.geo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The real theatre data, loaded once per test JVM; everything held here is immutable. */
final class GeoFixtures {
    static final Path LAND_FILE = landFile();
    static final Projection PROJECTION = Projection.centralMediterranean();
    static final List<LandPolygon> LAND = LandPolygons.load(LAND_FILE);
    static final SeaRaster RASTER_1NM = SeaRaster.build(PROJECTION, LAND, 1.0, 12.0, 24.0);

    private GeoFixtures() {
    }

    // Surefire runs in the module directory; an IDE may run from the repository root.
    private static Path landFile() {
        for (Path candidate : List.of(
                Path.of("..", "scenarios", "geo", "central-med-land.geojson"),
                Path.of("scenarios", "geo", "central-med-land.geojson"))) {
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("cannot find scenarios/geo/central-med-land.geojson from " + Path.of("").toAbsolutePath());
    }

    static double x(double lonDeg) {
        return PROJECTION.xNm(lonDeg);
    }

    static double y(double latDeg) {
        return PROJECTION.yNm(latDeg);
    }
}
