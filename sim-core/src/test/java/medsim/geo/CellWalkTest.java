package medsim.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.function.Predicate;

import org.junit.jupiter.api.Test;

/** The crossing of a zone's limit along a straight track, on a tiny raster whose west column is land. */
class CellWalkTest {
    private static final SeaRaster RASTER = TinyWorld.raster(
            new int[][] {{0, 0}, {0, 1}, {0, 2}, {0, 3}, {0, 4}, {0, 5}, {0, 6}, {0, 7}, {0, 8}, {0, 9}}, "AAA");
    private static final Predicate<SeaZone> TERRITORIAL = z -> z.code().equals("territorial:AAA");

    @Test
    void aTrackHeadingForTheCoastEntersTheTerritorialSeaExactlyOnACellEdge() {
        double x0 = 57.5, y0 = 31.7, x1 = 7.1, y1 = 27.3;
        double t = CellWalk.firstEntry(RASTER, x0, y0, x1, y1, TERRITORIAL);
        double x = x0 + (x1 - x0) * t, y = y0 + (y1 - y0) * t;
        double onEdge = Math.min(Math.abs(x / TinyWorld.CELL_NM - Math.rint(x / TinyWorld.CELL_NM)),
                Math.abs(y / TinyWorld.CELL_NM - Math.rint(y / TinyWorld.CELL_NM)));
        assertEquals(0, onEdge, 1e-9, "the entry point (" + x + ", " + y + ") is on a cell edge");
        double dx = x1 - x0, dy = y1 - y0, step = 1e-9;
        assertEquals("territorial:AAA", RASTER.zoneAt(x + dx * step, y + dy * step).code(), "just after the entry");
        assertNotEquals("territorial:AAA", RASTER.zoneAt(x - dx * step, y - dy * step).code(), "just before it");
        for (double u = 0; u < t; u += 0.001) {
            assertNotEquals("territorial:AAA", RASTER.zoneAt(x0 + dx * u, y0 + dy * u).code(), "no earlier entry, at " + u);
        }
    }

    @Test
    void aTrackStartingInsideEntersAtOnceAndOneStayingOutsideNever() {
        assertEquals(0, CellWalk.firstEntry(RASTER, 7.5, 30, 50, 30, TERRITORIAL));
        assertEquals(Double.POSITIVE_INFINITY, CellWalk.firstEntry(RASTER, 50, 10, 58, 50, TERRITORIAL));
        assertEquals(Double.POSITIVE_INFINITY, CellWalk.firstEntry(RASTER, 50, 10, 50, 10, TERRITORIAL));
    }
}
