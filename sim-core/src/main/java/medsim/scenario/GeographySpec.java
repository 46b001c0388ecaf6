package medsim.scenario;

import java.nio.file.Path;

import medsim.geo.Projection;

/** Where the land polygons are and how finely the sea is rasterised. */
public record GeographySpec(Path landFile, double cellNm, double territorialSeaNm, double contiguousZoneNm) {

    /**
     * The theatre: the lat/lon box the model's sea covers, 9–19°E, 30–39.5°N (the box of the
     * shipped land file). Every coordinate of a scenario must lie in it.
     */
    public Projection projection() {
        return Projection.centralMediterranean();
    }
}
