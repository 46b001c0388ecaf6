package medsim.geo;

import static medsim.geo.GeoFixtures.RASTER_1NM;
import static medsim.geo.GeoFixtures.x;
import static medsim.geo.GeoFixtures.y;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import sim.field.grid.IntGrid2D;

class SeaRasterTest {
    private static final double ZUWARA_LON_DEG = 12.08;

    @Test
    void oneNmRasterCoversTheTheatreWithAbout493By570Cells() {
        assertEquals(493, RASTER_1NM.width());
        assertEquals(570, RASTER_1NM.height());
        assertEquals(List.of("DZA", "ITA", "LBY", "MLT", "TUN"), RASTER_1NM.states());
    }

    @Test
    void lampedusaMaltaAndInlandTripoliAreLandOfTheirStates() {
        SeaRaster halfNm = SeaRaster.build(GeoFixtures.PROJECTION, GeoFixtures.LAND, 0.5, 12.0, 24.0);
        assertEquals("ITA", halfNm.landStateAt(x(12.60), y(35.50)));
        // At 1 nm, 35.50N is exactly a row boundary and Lampedusa is 1.4 nm tall at 12.60E: the
        // point falls in the row whose centre (35.492N) is just south of the shore (35.493N).
        // Its cell is then sea, next to the island's land cells.
        assertEquals(0.5, RASTER_1NM.distanceToCoastNm("ITA", x(12.60), y(35.50)), 1e-9);
        assertEquals("ITA", RASTER_1NM.landStateAt(x(12.60), y(35.51)));
        assertEquals("MLT", RASTER_1NM.landStateAt(x(14.45), y(35.88)));
        assertEquals("LBY", RASTER_1NM.landStateAt(x(13.18), y(32.80)));
        assertEquals("land:MLT", RASTER_1NM.zoneAt(x(14.45), y(35.88)).code());
        assertEquals(0.0, RASTER_1NM.distanceToCoastNm("LBY", x(13.18), y(32.80)));
    }

    @Test
    void centralStraitBetweenLibyaAndLampedusaIsHighSeas() {
        assertFalse(RASTER_1NM.isLand(x(13.0), y(34.5)));
        assertNull(RASTER_1NM.landStateAt(x(13.0), y(34.5)));
        assertEquals(SeaZone.HIGH_SEAS, RASTER_1NM.zoneAt(x(13.0), y(34.5)));
    }

    @Test
    void tenNmOffZuwaraIsLibyanTerritorialSeaAndEighteenNmIsContiguousZone() {
        double coastLatDeg = libyanCoastNorthOf(32.93, ZUWARA_LON_DEG);
        double tenOffLatDeg = coastLatDeg + 10.0 / 60.0;
        double eighteenOffLatDeg = coastLatDeg + 18.0 / 60.0;
        assertEquals("territorial:LBY", RASTER_1NM.zoneAt(x(ZUWARA_LON_DEG), y(tenOffLatDeg)).code());
        assertEquals("contiguous:LBY", RASTER_1NM.zoneAt(x(ZUWARA_LON_DEG), y(eighteenOffLatDeg)).code());
        // West of Zuwara the coast turns north-west, so the coast is nearer than the distance north.
        for (double latDeg : new double[] {tenOffLatDeg, eighteenOffLatDeg}) {
            double exactNm = distanceToRingNm(libya(), x(ZUWARA_LON_DEG), y(latDeg));
            assertEquals(exactNm, RASTER_1NM.distanceToCoastNm("LBY", x(ZUWARA_LON_DEG), y(latDeg)), 1.0);
        }
        assertEquals("LBY", RASTER_1NM.nearestCoastalState(x(ZUWARA_LON_DEG), y(eighteenOffLatDeg)));
    }

    /** Where the Libyan polygon's boundary is first crossed going north from an inland point. */
    private static double libyanCoastNorthOf(double inlandLatDeg, double lonDeg) {
        GeoPolygon libya = libya();
        assertTrue(libya.contains(inlandLatDeg, lonDeg), "start point must be inland");
        double latDeg = inlandLatDeg;
        while (libya.contains(latDeg, lonDeg)) {
            latDeg += 0.0005;
        }
        return latDeg;
    }

    private static GeoPolygon libya() {
        return GeoFixtures.LAND.stream().filter(p -> p.stateCode().equals("LBY")).findFirst().orElseThrow().polygon();
    }

    /** Exact distance in projected nm from a point to the nearest edge of the ring. */
    private static double distanceToRingNm(GeoPolygon polygon, double xNm, double yNm) {
        Projection p = GeoFixtures.PROJECTION;
        List<GeoPoint> ring = polygon.ring();
        double best = Double.POSITIVE_INFINITY;
        for (int i = 0; i < ring.size(); i++) {
            GeoPoint a = ring.get(i);
            GeoPoint b = ring.get((i + 1) % ring.size());
            double ax = p.xNm(a.lonDeg()), ay = p.yNm(a.latDeg());
            double bx = p.xNm(b.lonDeg()), by = p.yNm(b.latDeg());
            double t = ((xNm - ax) * (bx - ax) + (yNm - ay) * (by - ay)) / ((bx - ax) * (bx - ax) + (by - ay) * (by - ay));
            t = Math.max(0.0, Math.min(1.0, t));
            best = Math.min(best, Math.hypot(xNm - (ax + t * (bx - ax)), yNm - (ay + t * (by - ay))));
        }
        return best;
    }

    @Test
    void rasterAgreesWithPointInPolygonAtEveryCellCentre() {
        // At 2 nm, several small islands hold no cell centre; each must get exactly one extra cell.
        SeaRaster raster = SeaRaster.build(GeoFixtures.PROJECTION, GeoFixtures.LAND, 2.0, 12.0, 24.0);
        Projection p = raster.projection();
        int[] centresHeld = new int[GeoFixtures.LAND.size()];
        int landCells = 0;
        int extraLandCells = 0;
        for (int cy = 0; cy < raster.height(); cy++) {
            for (int cx = 0; cx < raster.width(); cx++) {
                double xNm = raster.cellCentreNm(cx);
                double yNm = raster.cellCentreNm(cy);
                String expected = null;
                for (int i = 0; i < GeoFixtures.LAND.size() && expected == null; i++) {
                    LandPolygon land = GeoFixtures.LAND.get(i);
                    if (land.polygon().contains(p.latDeg(yNm), p.lonDeg(xNm))) {
                        expected = land.stateCode();
                        centresHeld[i]++;
                    }
                }
                if (expected == null && raster.isLand(xNm, yNm)) {
                    extraLandCells++;
                } else {
                    assertEquals(expected, raster.landStateAt(xNm, yNm), "cell " + cx + "," + cy);
                }
                landCells += expected == null ? 0 : 1;
            }
        }
        int polygonsWithoutCentre = 0;
        for (int held : centresHeld) {
            polygonsWithoutCentre += held == 0 ? 1 : 0;
        }
        assertTrue(landCells > 1000, "the theatre has much land: " + landCells);
        assertTrue(polygonsWithoutCentre > 0, "2 nm cells should be coarse enough to miss some islets");
        assertEquals(polygonsWithoutCentre, extraLandCells);
    }

    @Test
    void islandsSmallerThanACellKeepOneLandCellUnderTheirCentroid() {
        SeaRaster raster = SeaRaster.build(GeoFixtures.PROJECTION, GeoFixtures.LAND, 2.0, 12.0, 24.0);
        // Linosa (5 km2) holds no 2 nm cell centre; its territorial sea must not vanish with it.
        GeoPolygon linosa = GeoFixtures.LAND.stream().filter(p -> p.name().equals("Linosa")).findFirst()
                .orElseThrow().polygon();
        double midLatDeg = (linosa.minLatDeg() + linosa.maxLatDeg()) / 2.0;
        double midLonDeg = (linosa.minLonDeg() + linosa.maxLonDeg()) / 2.0;
        assertEquals("ITA", raster.landStateAt(x(midLonDeg), y(midLatDeg)));
        assertEquals("territorial:ITA", raster.zoneAt(x(midLonDeg), y(midLatDeg + 6.0 / 60.0)).code());
    }

    @Test
    void landOwnerGridMatchesPointQueriesAndIsACopy() {
        IntGrid2D grid = RASTER_1NM.landOwnerGrid();
        assertEquals(RASTER_1NM.width(), grid.getWidth());
        assertEquals(RASTER_1NM.height(), grid.getHeight());
        int cx = RASTER_1NM.cellX(x(14.45));
        int cy = RASTER_1NM.cellY(y(35.88));
        assertEquals(RASTER_1NM.states().indexOf("MLT"), grid.get(cx, cy));
        assertEquals(-1, grid.get(RASTER_1NM.cellX(x(13.0)), RASTER_1NM.cellY(y(34.5))));
        grid.set(cx, cy, -1);
        assertEquals(RASTER_1NM.states().indexOf("MLT"), RASTER_1NM.landOwnerGrid().get(cx, cy));
    }

    @Test
    void buildingTwiceGivesIdenticalGrids() {
        SeaRaster again = SeaRaster.build(GeoFixtures.PROJECTION, GeoFixtures.LAND, 1.0, 12.0, 24.0);
        IntGrid2D a = RASTER_1NM.landOwnerGrid();
        IntGrid2D b = again.landOwnerGrid();
        for (int cx = 0; cx < a.getWidth(); cx++) {
            assertArrayEquals(a.field[cx], b.field[cx], "column " + cx);
        }
        for (int cy = 0; cy < again.height(); cy++) {
            for (int cx = 0; cx < again.width(); cx++) {
                double xNm = again.cellCentreNm(cx);
                double yNm = again.cellCentreNm(cy);
                assertEquals(RASTER_1NM.zoneAt(xNm, yNm), again.zoneAt(xNm, yNm));
                assertEquals(RASTER_1NM.isOpenSea(xNm, yNm), again.isOpenSea(xNm, yNm));
                for (String state : again.states()) {
                    assertEquals(RASTER_1NM.distanceToCoastNm(state, xNm, yNm), again.distanceToCoastNm(state, xNm, yNm));
                }
            }
        }
    }

    @Test
    void zonesFollowDistancesToTheNearestState() {
        for (int cy = 0; cy < RASTER_1NM.height(); cy += 3) {
            for (int cx = 0; cx < RASTER_1NM.width(); cx += 3) {
                double xNm = RASTER_1NM.cellCentreNm(cx);
                double yNm = RASTER_1NM.cellCentreNm(cy);
                SeaZone zone = RASTER_1NM.zoneAt(xNm, yNm);
                String nearest = RASTER_1NM.nearestCoastalState(xNm, yNm);
                double nearestNm = RASTER_1NM.distanceToCoastNm(nearest, xNm, yNm);
                for (String state : RASTER_1NM.states()) {
                    assertTrue(RASTER_1NM.distanceToCoastNm(state, xNm, yNm) >= nearestNm);
                }
                ZoneKind expected = RASTER_1NM.isLand(xNm, yNm) ? ZoneKind.LAND
                        : nearestNm <= 12.0 ? ZoneKind.TERRITORIAL_SEA
                        : nearestNm <= 24.0 ? ZoneKind.CONTIGUOUS_ZONE : ZoneKind.HIGH_SEAS;
                assertEquals(expected, zone.kind(), "cell " + cx + "," + cy);
                if (expected != ZoneKind.HIGH_SEAS) {
                    assertEquals(nearest, zone.stateCode());
                }
            }
        }
    }

    @Test
    void pointQueriesClampToTheGridAndRejectNaN() {
        assertEquals(0, RASTER_1NM.cellX(-50.0));
        assertEquals(RASTER_1NM.width() - 1, RASTER_1NM.cellX(1e6));
        assertEquals(RASTER_1NM.height() - 1, RASTER_1NM.cellY(570.0));
        assertThrows(IllegalArgumentException.class, () -> RASTER_1NM.cellY(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> RASTER_1NM.distanceToCoastNm("GRC", 100.0, 100.0));
    }

    @Test
    void nearestSeaPointLeavesSeaPointsAloneAndTakesInlandPointsToTheOpenSea() {
        double[] atSea = RASTER_1NM.nearestSeaPoint(x(13.0), y(34.5));
        assertArrayEquals(new double[] {x(13.0), y(34.5)}, atSea);

        double[] offTripoli = RASTER_1NM.nearestSeaPoint(x(13.18), y(32.80));
        assertFalse(RASTER_1NM.isLand(offTripoli[0], offTripoli[1]));
        assertTrue(RASTER_1NM.isOpenSea(offTripoli[0], offTripoli[1]));
        // Tripoli's waterfront is about 5-6 nm north of 32.80N.
        double movedNm = Math.hypot(offTripoli[0] - x(13.18), offTripoli[1] - y(32.80));
        assertTrue(movedNm > 3.0 && movedNm < 10.0, "moved " + movedNm + " nm");
        assertTrue(offTripoli[1] < y(32.80), "the sea is north of Tripoli");
    }

    @Test
    void lineOfSightIsBlockedBySicilyButNotByOpenWater() {
        // Across the Strait of Sicily, Tripoli's waters to Lampedusa's: open water.
        assertTrue(RASTER_1NM.lineOfSightAtSea(x(13.0), y(33.5), x(12.8), y(35.3)));
        // South coast of Sicily to Palermo's waters cuts through the island.
        assertFalse(RASTER_1NM.lineOfSightAtSea(x(13.5), y(37.0), x(13.4), y(38.3)));
        // A segment starting on land has no line of sight at sea.
        assertFalse(RASTER_1NM.lineOfSightAtSea(x(13.18), y(32.80), x(13.0), y(34.5)));
    }

    @Test
    void lineOfSightFarFromLandGivesTheSameAnswerAsWalkingTheCells() {
        // The clearance shortcut must never say "at sea" where the walk finds land: 200,000 random
        // segments of every length, on rasters of 2, 1 and 0.5 nm, many of them near coasts.
        java.util.SplittableRandom random = new java.util.SplittableRandom(12);
        int shortcuts = 0;
        for (double cellNm : new double[] {2.0, 1.0, 0.5}) {
            SeaRaster raster = cellNm == 1.0 ? RASTER_1NM : SeaRaster.build(GeoFixtures.PROJECTION, GeoFixtures.LAND, cellNm, 12.0, 24.0);
            double w = raster.width() * cellNm, h = raster.height() * cellNm;
            for (int k = 0; k < 200_000 / 3; k++) {
                double x0 = random.nextDouble(w), y0 = random.nextDouble(h);
                double length = random.nextDouble() < 0.5 ? random.nextDouble(10.0) : random.nextDouble(300.0);
                double angle = random.nextDouble(2 * Math.PI);
                double x1 = x0 + length * Math.cos(angle), y1 = y0 + length * Math.sin(angle);
                boolean walked = raster.lineOfSightByWalk(x0, y0, x1, y1);
                assertEquals(walked, raster.lineOfSightAtSea(x0, y0, x1, y1),
                        () -> "segment (" + x0 + ", " + y0 + ") to (" + x1 + ", " + y1 + ") on the " + cellNm + " nm raster");
                if (walked) shortcuts++;
            }
        }
        assertTrue(shortcuts > 10_000, "enough segments at sea to exercise the shortcut: " + shortcuts);
    }

    @Test
    void lineOfSightFromAndAlongCoastsGivesTheSameAnswerAsWalkingTheCells() {
        // The segments routing asks about most: from a sea cell beside land (a port's) out across
        // open water, to a point that may be beside land again, and along coasts; where the walk
        // passes stretches in bulk and stops once the rest is clear, it must still answer as the
        // walk. Ends on cell centres and corners too, and exact diagonals, where the walk meets ties.
        java.util.SplittableRandom random = new java.util.SplittableRandom(13);
        int atSea = 0;
        int blocked = 0;
        for (double cellNm : new double[] {2.0, 1.0, 0.5}) {
            SeaRaster raster = cellNm == 1.0 ? RASTER_1NM : SeaRaster.build(GeoFixtures.PROJECTION, GeoFixtures.LAND, cellNm, 12.0, 24.0);
            int[] coastal = coastalSeaCells(raster);
            for (int k = 0; k < 120_000 / 3; k++) {
                int from = coastal[random.nextInt(coastal.length)];
                double x0 = cornerCentreOrAnywhere(random, from % raster.width(), cellNm);
                double y0 = cornerCentreOrAnywhere(random, from / raster.width(), cellNm);
                double x1;
                double y1;
                int shape = random.nextInt(3);
                if (shape == 0) {
                    // Exactly diagonal from a corner or centre: every crossing a corner tie.
                    double length = 1 + random.nextInt(200);
                    x1 = x0 + (random.nextBoolean() ? length : -length) * cellNm;
                    y1 = y0 + (random.nextBoolean() ? length : -length) * cellNm;
                } else if (shape == 1) {
                    int to = coastal[random.nextInt(coastal.length)];
                    x1 = cornerCentreOrAnywhere(random, to % raster.width(), cellNm);
                    y1 = cornerCentreOrAnywhere(random, to / raster.width(), cellNm);
                } else {
                    double length = random.nextDouble(250.0);
                    double angle = random.nextDouble(2 * Math.PI);
                    x1 = x0 + length * Math.cos(angle);
                    y1 = y0 + length * Math.sin(angle);
                }
                double fx1 = x1, fy1 = y1;
                boolean walked = raster.lineOfSightByWalk(x0, y0, x1, y1);
                assertEquals(walked, raster.lineOfSightAtSea(x0, y0, x1, y1),
                        () -> "segment (" + x0 + ", " + y0 + ") to (" + fx1 + ", " + fy1 + ") on the " + cellNm + " nm raster");
                if (walked) atSea++;
                else blocked++;
            }
        }
        assertTrue(atSea > 10_000 && blocked > 10_000, "both answers exercised: " + atSea + " at sea, " + blocked + " blocked");
    }

    @Test
    void floorToIntIsMathFloorForEveryKindOfDouble() {
        double[] special = {0.0, -0.0, 0.5, -0.5, 1.0, -1.0, 1.5, -1.5, 2.999999999999, -2.000000000001, Math.nextDown(1.0),
            Math.nextUp(-1.0), Integer.MAX_VALUE, Integer.MIN_VALUE, 3e9, -3e9, Integer.MIN_VALUE - 0.5, Integer.MAX_VALUE + 0.5,
            Double.MAX_VALUE, -Double.MAX_VALUE, Double.MIN_VALUE, -Double.MIN_VALUE, Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY, Double.NaN};
        for (double x : special) assertEquals((int) Math.floor(x), SeaRaster.floorToInt(x), "floor of " + x);
        java.util.SplittableRandom random = new java.util.SplittableRandom(14);
        for (int k = 0; k < 100_000; k++) {
            double x = random.nextDouble(-2000.0, 2000.0);
            assertEquals((int) Math.floor(x), SeaRaster.floorToInt(x), "floor of " + x);
            double bits = Double.longBitsToDouble(random.nextLong());
            assertEquals((int) Math.floor(bits), SeaRaster.floorToInt(bits), "floor of " + bits);
        }
    }

    /** The sea cells with a land cell among their 8 neighbours. */
    private static int[] coastalSeaCells(SeaRaster raster) {
        java.util.List<Integer> cells = new java.util.ArrayList<>();
        for (int y = 0; y < raster.height(); y++) {
            for (int x = 0; x < raster.width(); x++) {
                if (raster.isLandCell(x, y)) continue;
                boolean coast = false;
                for (int k = 0; k < 9 && !coast; k++) coast = raster.isLandCell(x + k % 3 - 1, y + k / 3 - 1);
                if (coast) cells.add(y * raster.width() + x);
            }
        }
        return cells.stream().mapToInt(Integer::intValue).toArray();
    }

    /** A coordinate in the cell: its centre, its lower corner or anywhere in it. */
    private static double cornerCentreOrAnywhere(java.util.SplittableRandom random, int cell, double cellNm) {
        return switch (random.nextInt(3)) {
            case 0 -> (cell + 0.5) * cellNm;
            case 1 -> cell * cellNm;
            default -> (cell + random.nextDouble()) * cellNm;
        };
    }

    @Test
    void lineOfSightDoesNotSlipBetweenDiagonallyTouchingLandCells() {
        SeaRaster raster = TinyWorld.raster(new int[][] {{3, 3}, {4, 4}}, "AAA", "BBB");
        double c = raster.cellNm();
        assertFalse(raster.lineOfSightAtSea(3.5 * c, 4.5 * c, 4.5 * c, 3.5 * c));
        assertTrue(raster.lineOfSightAtSea(3.5 * c, 5.5 * c, 4.5 * c, 5.5 * c));
        assertFalse(raster.lineOfSightAtSea(0.5 * c, 3.5 * c, 9.5 * c, 3.5 * c));
        assertTrue(raster.lineOfSightAtSea(0.5 * c, 0.5 * c, 9.5 * c, 1.7 * c));
    }

    @Test
    void equidistantStatesGoToTheLowestCodeAndDistancesAreToTheCoastline() {
        // Cell (4,3) is one cell from AAA's (3,3) and from BBB's (4,4).
        SeaRaster raster = TinyWorld.raster(new int[][] {{3, 3}, {4, 4}}, "BBB", "AAA");
        double c = raster.cellNm();
        assertEquals(List.of("AAA", "BBB"), raster.states());
        assertEquals("AAA", raster.nearestCoastalState(4.5 * c, 3.5 * c));
        assertEquals(new SeaZone(ZoneKind.TERRITORIAL_SEA, "AAA"), raster.zoneAt(4.5 * c, 3.5 * c));
        // Centre to centre is 3 cells; half a cell of that is land.
        assertEquals(2.5 * c, raster.distanceToCoastNm("BBB", 3.5 * c, 6.5 * c), 1e-4);
        assertEquals("land:BBB", raster.zoneAt(3.5 * c, 3.5 * c).code());
    }
}
