package medsim.geo;

import static medsim.geo.GeoFixtures.RASTER_1NM;
import static medsim.geo.GeoFixtures.x;
import static medsim.geo.GeoFixtures.y;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class SeaRouterTest {
    private static final double[] PALERMO = {38.13, 13.37};
    private static final double[] LAMPEDUSA = {35.50, 12.61};
    private static final double[] TRIPOLI = {32.90, 13.18};
    private static final double[] ZUWARA = {32.93, 12.08};
    private static final double[] CATANIA = {37.50, 15.09};

    private final SeaRouter router = new SeaRouter(RASTER_1NM);

    @Test
    void theBucketQueuesDistancesAreBitForBitThoseOfABinaryHeapDijkstra() {
        // Whole fields to a port, a patrol point and the raster's corner, and searches stopped at
        // a start: every distance the descent may read (those below the stop's) must be the same.
        int w = RASTER_1NM.width();
        int[][] goalAndStop = {
                {cell(LAMPEDUSA), -1}, {cell(new double[] {34.2, 14.1}), -1}, {cell(TRIPOLI), cell(CATANIA)},
                {cell(ZUWARA), cell(new double[] {36.9, 11.2})}};
        for (int[] gs : goalAndStop) {
            double[] reference = heapDijkstra(gs[0], gs[1]);
            double[] field = router.distanceField(gs[0], gs[1]);
            double limit = gs[1] < 0 ? Double.POSITIVE_INFINITY : reference[gs[1]];
            int compared = 0;
            for (int c = 0; c < reference.length; c++) {
                if (gs[1] >= 0 && !(reference[c] <= limit)) continue;
                assertEquals(Double.doubleToLongBits(reference[c]), Double.doubleToLongBits(field[c]),
                        "cell (" + c % w + ", " + c / w + ") to goal " + gs[0] + ": " + reference[c] + " vs " + field[c]);
                compared++;
            }
            assertTrue(compared > 1000, "cells compared: " + compared);
        }
    }

    private static int cell(double[] latLon) {
        double[] p = RASTER_1NM.nearestSeaPoint(x(latLon[1]), y(latLon[0]));
        return RASTER_1NM.cellY(p[1]) * RASTER_1NM.width() + RASTER_1NM.cellX(p[0]);
    }

    /** Textbook Dijkstra on a binary heap (java.util.PriorityQueue), with the router's moves: 8 neighbours at sea, no corner cutting. */
    private static double[] heapDijkstra(int goal, int stop) {
        int w = RASTER_1NM.width(), h = RASTER_1NM.height();
        double[] dist = new double[w * h];
        java.util.Arrays.fill(dist, Double.POSITIVE_INFINITY);
        boolean[] done = new boolean[w * h];
        java.util.PriorityQueue<double[]> open = new java.util.PriorityQueue<>((a, b) -> Double.compare(a[0], b[0]));
        dist[goal] = 0;
        open.add(new double[] {0, goal});
        while (!open.isEmpty()) {
            int c = (int) open.poll()[1];
            if (done[c]) continue;
            done[c] = true;
            if (c == stop) break;
            int cx = c % w, cy = c / w;
            for (int dy = -1; dy <= 1; dy++) {
                for (int dx = -1; dx <= 1; dx++) {
                    if (dx == 0 && dy == 0) continue;
                    int nx = cx + dx, ny = cy + dy;
                    if (!openSea(nx, ny) || (dx != 0 && dy != 0 && (!openSea(nx, cy) || !openSea(cx, ny)))) continue;
                    double cost = dist[c] + (dx != 0 && dy != 0 ? Math.sqrt(2.0) : 1.0);
                    if (cost < dist[ny * w + nx]) {
                        dist[ny * w + nx] = cost;
                        open.add(new double[] {cost, ny * w + nx});
                    }
                }
            }
        }
        return dist;
    }

    private static boolean openSea(int x, int y) {
        return x >= 0 && x < RASTER_1NM.width() && y >= 0 && y < RASTER_1NM.height() && RASTER_1NM.isOpenSeaCell(y * RASTER_1NM.width() + x);
    }

    @Test
    void palermoToLampedusaGoesAroundSicilyAtSea() {
        List<double[]> route = route(PALERMO, LAMPEDUSA);
        assertLegsAtSea(RASTER_1NM, route);
        assertTrue(route.size() > 2, "Sicily is in the way, so the route must bend");
        double straightNm = Math.hypot(x(LAMPEDUSA[1]) - x(PALERMO[1]), y(LAMPEDUSA[0]) - y(PALERMO[0]));
        assertTrue(lengthNm(route) > straightNm * 1.05, lengthNm(route) + " nm vs straight " + straightNm);
        assertArrayEquals(RASTER_1NM.nearestSeaPoint(x(LAMPEDUSA[1]), y(LAMPEDUSA[0])), route.get(route.size() - 1));
        assertArrayEquals(RASTER_1NM.nearestSeaPoint(x(PALERMO[1]), y(PALERMO[0])), route.get(0));
    }

    @Test
    void tripoliToLampedusaIsOneStraightLeg() {
        List<double[]> route = route(TRIPOLI, LAMPEDUSA);
        assertEquals(2, route.size());
        assertLegsAtSea(RASTER_1NM, route);
    }

    @Test
    void longRoutesRoundTheIslandsStayAtSea() {
        for (double[][] pair : new double[][][] {{ZUWARA, PALERMO}, {ZUWARA, CATANIA}, {CATANIA, PALERMO}, {PALERMO, ZUWARA}}) {
            assertLegsAtSea(RASTER_1NM, route(pair[0], pair[1]));
        }
    }

    @Test
    void routingDoesNotCutBetweenDiagonallyTouchingLandCells() {
        SeaRaster raster = TinyWorld.raster(new int[][] {{3, 3}, {4, 4}}, "AAA");
        double c = raster.cellNm();
        List<double[]> route = new SeaRouter(raster).route(3.5 * c, 4.5 * c, 4.5 * c, 3.5 * c);
        assertTrue(route.size() > 2, "must go round a land cell");
        assertLegsAtSea(raster, route);
        assertArrayEquals(new double[] {4.5 * c, 3.5 * c}, route.get(route.size() - 1));
    }

    @Test
    void aGoalsRouteIsTheSameFromItsCutFieldItsKeptFieldAndSharedTails() {
        // A first request for a goal searches only until the start is settled; later ones walk its
        // kept whole field and reuse string-pulled tails. Every route must come out the same.
        double[][] starts = {ZUWARA, TRIPOLI, CATANIA, LAMPEDUSA, {36.0, 14.0}, {37.2, 11.6}, {33.4, 12.4}, {36.6, 15.3}};
        for (double[] goal : new double[][] {PALERMO, ZUWARA}) {
            SeaRouter shared = new SeaRouter(RASTER_1NM);
            List<List<double[]>> cut = new ArrayList<>();
            for (double[] start : starts) cut.add(new SeaRouter(RASTER_1NM).route(x(start[1]), y(start[0]), x(goal[1]), y(goal[0])));
            for (int pass = 0; pass < 2; pass++) {
                for (int k = 0; k < starts.length; k++) {
                    double[] start = starts[k];
                    List<double[]> once = cut.get(k);
                    List<double[]> kept = shared.route(x(start[1]), y(start[0]), x(goal[1]), y(goal[0]));
                    assertEquals(once.size(), kept.size(), "waypoints from " + start[0] + "," + start[1]);
                    for (int i = 0; i < once.size(); i++) assertArrayEquals(once.get(i), kept.get(i));
                    assertLegsAtSea(RASTER_1NM, kept);
                }
            }
        }
    }

    @Test
    void routesAreTheSameFromManyThreadsAndRepeatedCalls() throws Exception {
        List<double[]> expected = route(ZUWARA, PALERMO);
        SeaRouter shared = new SeaRouter(RASTER_1NM);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<double[]>>> results = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                results.add(pool.submit(() -> shared.route(x(ZUWARA[1]), y(ZUWARA[0]), x(PALERMO[1]), y(PALERMO[0]))));
            }
            for (Future<List<double[]>> result : results) {
                List<double[]> actual = result.get();
                assertEquals(expected.size(), actual.size());
                for (int i = 0; i < expected.size(); i++) {
                    assertArrayEquals(expected.get(i), actual.get(i));
                }
            }
        } finally {
            pool.shutdown();
        }
    }

    private List<double[]> route(double[] fromLatLon, double[] toLatLon) {
        return router.route(x(fromLatLon[1]), y(fromLatLon[0]), x(toLatLon[1]), y(toLatLon[0]));
    }

    private static void assertLegsAtSea(SeaRaster raster, List<double[]> route) {
        for (int i = 1; i < route.size(); i++) {
            double[] a = route.get(i - 1);
            double[] b = route.get(i);
            assertTrue(raster.lineOfSightAtSea(a[0], a[1], b[0], b[1]),
                    "leg " + i + " from " + a[0] + "," + a[1] + " to " + b[0] + "," + b[1] + " crosses land");
        }
    }

    private static double lengthNm(List<double[]> route) {
        double nm = 0.0;
        for (int i = 1; i < route.size(); i++) {
            nm += Math.hypot(route.get(i)[0] - route.get(i - 1)[0], route.get(i)[1] - route.get(i - 1)[1]);
        }
        return nm;
    }
}
