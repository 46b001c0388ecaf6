package medsim.model;

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

    /** A world whose router also keeps its ports' distance fields in {@code fields} (and looks there first). */
    World(GeographySpec spec, List<LandPolygon> land, SeaRaster raster, SeaRouter.FieldStore fields) {
        this.spec = spec;
        this.land = List.copyOf(land);
        this.raster = raster;
        this.router = new SeaRouter(raster, fields);
    }

    /**
     * Reads the land file and builds the raster, every time; {@link WorldDiskCache#world} reads
     * what this built in an earlier process instead.
     *
     * @throws medsim.yaml.InputException if the land file is unreadable or not land polygons
     */
    public static World build(GeographySpec spec) {
        return of(spec, LandPolygons.load(spec.landFile()), SeaRouter.FieldStore.NONE);
    }

    /** The world of {@code spec} on land polygons already read from its land file. */
    static World of(GeographySpec spec, List<LandPolygon> land, SeaRouter.FieldStore fields) {
        SeaRaster raster = SeaRaster.build(spec.projection(), land, spec.cellNm(),
                spec.territorialSeaNm(), spec.contiguousZoneNm());
        return new World(spec, land, raster, fields);
    }

    public GeographySpec spec() { return spec; }
    public List<LandPolygon> land() { return land; }
    public Projection projection() { return raster.projection(); }
    public SeaRaster raster() { return raster; }
    public SeaRouter router() { return router; }
}
