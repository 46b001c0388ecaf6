package medsim.geo;

import java.util.ArrayList;
import java.util.List;

/** A 10 x 10 raster of 6 nm cells near the equator, with land exactly where a test puts it. */
final class TinyWorld {
    static final double CELL_NM = 6.0;
    static final Projection PROJECTION = new Projection(0.0, 1.0, 0.0, 1.0);

    private TinyWorld() {
    }

    /** Land cells {cx, cy}; the i-th belongs to states[i % states.length]. */
    static SeaRaster raster(int[][] landCells, String... states) {
        List<LandPolygon> land = new ArrayList<>();
        for (int i = 0; i < landCells.length; i++) {
            land.add(new LandPolygon(states[i % states.length], "cell " + i, cellSquare(landCells[i][0], landCells[i][1])));
        }
        SeaRaster raster = SeaRaster.build(PROJECTION, land, CELL_NM, 12.0, 24.0);
        if (raster.width() != 10 || raster.height() != 10) {
            throw new IllegalStateException("tiny world should be 10 x 10, is " + raster);
        }
        return raster;
    }

    /** A square of 2 nm around the cell's centre: it holds that centre and no other. */
    private static GeoPolygon cellSquare(int cx, int cy) {
        double xNm = (cx + 0.5) * CELL_NM;
        double yNm = (cy + 0.5) * CELL_NM;
        List<GeoPoint> ring = new ArrayList<>();
        for (double[] corner : new double[][] {{-1, -1}, {1, -1}, {1, 1}, {-1, 1}}) {
            ring.add(PROJECTION.toGeo(xNm + corner[0], yNm + corner[1]));
        }
        return new GeoPolygon("cell " + cx + "," + cy, ring);
    }
}
