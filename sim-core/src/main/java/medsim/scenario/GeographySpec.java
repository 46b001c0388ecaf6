package medsim.scenario;

import java.nio.file.Path;

/** Where the land polygons are and how finely the sea is rasterised. */
public record GeographySpec(Path landFile, double cellNm, double territorialSeaNm, double contiguousZoneNm) {}
