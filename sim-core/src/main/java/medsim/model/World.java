package medsim.model;

import java.nio.file.Path;
import java.util.List;

import medsim.geo.LandPolygon;
import medsim.geo.LandPolygons;
import medsim.geo.Projection;
import medsim.geo.SeaRaster;
import medsim.geo.SeaRouter;
import medsim.scenario.GeographySpec;

/**
 * The read-only geography of the theatre: projection, land/sea raster with zones and
 * distances to each coast, and sea routes. Built once and shared by every run that uses
 * the same geography (it is immutable and thread-safe).
 */
public final class World {
    private final GeographySpec spec;
    private final List<LandPolygon> land;
    private final SeaRaster raster;
    private final SeaRouter router;

    private World(GeographySpec spec, List<LandPolygon> land, SeaRaster raster) {
        this.spec = spec;
        this.land = List.copyOf(land);
        this.raster = raster;
        this.router = new SeaRouter(raster);
    }

    public static World build(GeographySpec spec) {
        Path file = spec.landFile();
        List<LandPolygon> land = LandPolygons.load(file);
        SeaRaster raster = SeaRaster.build(spec.projection(), land, spec.cellNm(),
                spec.territorialSeaNm(), spec.contiguousZoneNm());
        return new World(spec, land, raster);
    }

    public GeographySpec spec() { return spec; }
    public List<LandPolygon> land() { return land; }
    public Projection projection() { return raster.projection(); }
    public SeaRaster raster() { return raster; }
    public SeaRouter router() { return router; }
}
