package medsim.geo;

import java.util.function.Predicate;

/**
 * Where a straight track first enters a raster cell whose legal zone fails a test: the
 * zones are cells of the {@link SeaRaster}, so the crossing of a zone's limit (the 12 nm line,
 * say) is where the track enters the first such cell, found exactly by walking the cells the
 * segment passes through in order (Amanatides and Woo's traversal, 1987).
 */
public final class CellWalk {
    private CellWalk() {}

    /**
     * The fraction of the way from (x0, y0) to (x1, y1), in [0, 1], at which the track first
     * enters a cell whose zone {@code refused} accepts: 0 if it starts in one, positive infinity
     * if it never does. Positions in nm of the raster's projection.
     */
    public static double firstEntry(SeaRaster raster, double x0, double y0, double x1, double y1, Predicate<SeaZone> refused) {
        if (refused.test(raster.zoneAt(x0, y0))) return 0;
        double c = raster.cellNm();
        double dx = x1 - x0, dy = y1 - y0;
        int ix = (int) Math.floor(x0 / c), iy = (int) Math.floor(y0 / c);
        int stepX = dx > 0 ? 1 : dx < 0 ? -1 : 0;
        int stepY = dy > 0 ? 1 : dy < 0 ? -1 : 0;
        double tMaxX = stepX == 0 ? Double.POSITIVE_INFINITY : ((ix + (stepX > 0 ? 1 : 0)) * c - x0) / dx;
        double tMaxY = stepY == 0 ? Double.POSITIVE_INFINITY : ((iy + (stepY > 0 ? 1 : 0)) * c - y0) / dy;
        double tDeltaX = stepX == 0 ? Double.POSITIVE_INFINITY : c / Math.abs(dx);
        double tDeltaY = stepY == 0 ? Double.POSITIVE_INFINITY : c / Math.abs(dy);
        while (true) {
            double t;
            if (tMaxX < tMaxY) {
                t = tMaxX;
                ix += stepX;
                tMaxX += tDeltaX;
            } else {
                t = tMaxY;
                iy += stepY;
                tMaxY += tDeltaY;
            }
            if (!(t <= 1)) return Double.POSITIVE_INFINITY;
            if (refused.test(raster.zoneAt(raster.cellCentreNm(ix), raster.cellCentreNm(iy)))) return Math.max(0, t);
        }
    }
}
