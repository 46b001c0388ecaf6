package medsim.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class LandGeometryTest {
    private static final LandGeometry LAND = new LandGeometry(GeoFixtures.PROJECTION, GeoFixtures.LAND);

    @Test
    void knowsTheStatesOfTheLandFile() {
        assertEquals(List.of("DZA", "ITA", "LBY", "MLT", "TUN"), List.copyOf(LAND.states()));
    }

    @Test
    void distanceToAStatesLandIsZeroOnItAndGrowsOutToSea() {
        GeoPoint malta = new GeoPoint(35.88, 14.40);
        assertEquals(0.0, LAND.distanceToLandNm("MLT", malta));
        // Half a degree of latitude (30 nm) south of Malta's south coast (about 35.82 N).
        double toMalta = LAND.distanceToLandNm("MLT", new GeoPoint(35.32, 14.40));
        assertTrue(toMalta > 28 && toMalta < 32, "about 30 nm: " + toMalta);
        assertEquals(Double.POSITIVE_INFINITY, LAND.distanceToLandNm("GRC", malta));
    }

    @Test
    void distanceToTheSeaMeasuresHowFarInlandAPointIs() {
        assertEquals(0.0, LAND.distanceToSeaNm(new GeoPoint(34.0, 15.0)), "open sea");
        // Inland Tripolitania, one degree (60 nm) south of the coast at about 32.9 N.
        double inland = LAND.distanceToSeaNm(new GeoPoint(31.9, 13.2));
        assertTrue(inland > 50 && inland < 62, "about 60 nm: " + inland);
    }

    @Test
    void seaFractionIsOneAtSeaZeroInlandAndBetweenOnACoast() {
        assertEquals(1.0, LAND.seaFraction(box(34.0, 15.0, 35.0, 16.0)), 1e-12);
        assertEquals(0.0, LAND.seaFraction(box(31.0, 12.0, 32.0, 13.0)), 1e-12);
        // Straddling Malta: mostly sea with a little land.
        double malta = LAND.seaFraction(box(35.7, 14.1, 36.1, 14.6));
        assertTrue(malta > 0.5 && malta < 0.95, String.valueOf(malta));
    }

    private static List<GeoPoint> box(double south, double west, double north, double east) {
        return List.of(new GeoPoint(south, west), new GeoPoint(south, east), new GeoPoint(north, east), new GeoPoint(north, west));
    }
}
