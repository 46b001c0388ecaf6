package medsim.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ProjectionTest {
    private final Projection projection = Projection.centralMediterranean();

    @Test
    void theatreIsAbout493By570Nm() {
        assertEquals(600.0 * Math.cos(Math.toRadians(34.75)), projection.widthNm(), 1e-9);
        assertEquals(570.0, projection.heightNm(), 1e-9);
    }

    @Test
    void originIsTheNorthWestCornerAndYGrowsSouth() {
        assertEquals(0.0, projection.xNm(9.0), 1e-12);
        assertEquals(0.0, projection.yNm(39.5), 1e-12);
        assertEquals(570.0, projection.yNm(30.0), 1e-9);
        assertTrue(projection.yNm(35.0) > projection.yNm(36.0));
        assertEquals(60.0, projection.yNm(35.0) - projection.yNm(36.0), 1e-9);
    }

    @Test
    void projectingAndUnprojectingRoundTrips() {
        for (double latDeg = 30.0; latDeg <= 39.5; latDeg += 0.37) {
            for (double lonDeg = 9.0; lonDeg <= 19.0; lonDeg += 0.41) {
                GeoPoint back = projection.toGeo(projection.xNm(lonDeg), projection.yNm(latDeg));
                assertEquals(latDeg, back.latDeg(), 1e-9);
                assertEquals(lonDeg, back.lonDeg(), 1e-9);
            }
        }
        assertEquals(123.4, projection.xNm(projection.lonDeg(123.4)), 1e-9);
        assertEquals(321.0, projection.yNm(projection.latDeg(321.0)), 1e-9);
    }

    @Test
    void tripoliToLampedusaIsAbout160NmByGreatCircleAndOnThePlane() {
        GeoPoint tripoli = new GeoPoint(32.90, 13.18);
        GeoPoint lampedusa = new GeoPoint(35.50, 12.61);
        double greatCircleNm = Projection.greatCircleNm(tripoli, lampedusa);
        double planeNm = Math.hypot(projection.xNm(12.61) - projection.xNm(13.18), projection.yNm(35.50) - projection.yNm(32.90));
        assertEquals(160.0, greatCircleNm, 160.0 * 0.05);
        assertEquals(160.0, planeNm, 160.0 * 0.05);
    }

    @Test
    void oneDegreeOfLatitudeIsSixtyNmOnTheGreatCircle() {
        assertEquals(60.0, Projection.greatCircleNm(new GeoPoint(35.0, 14.0), new GeoPoint(36.0, 14.0)), 0.05);
        assertEquals(0.0, Projection.greatCircleNm(new GeoPoint(35.0, 14.0), new GeoPoint(35.0, 14.0)), 1e-12);
    }

    @Test
    void containsIsTheBoxWithItsEdges() {
        assertTrue(projection.contains(new GeoPoint(30.0, 9.0)));
        assertTrue(projection.contains(new GeoPoint(39.5, 19.0)));
        assertTrue(projection.contains(new GeoPoint(35.5, 12.6)));
        assertFalse(projection.contains(new GeoPoint(39.51, 15.0)));
        assertFalse(projection.contains(new GeoPoint(35.0, 8.99)));
    }

    @Test
    void rejectsAnEmptyOrInvertedBox() {
        assertThrows(IllegalArgumentException.class, () -> new Projection(19.0, 9.0, 30.0, 39.5));
        assertThrows(IllegalArgumentException.class, () -> new Projection(9.0, 19.0, 39.5, 39.5));
        assertThrows(IllegalArgumentException.class, () -> new Projection(Double.NaN, 19.0, 30.0, 39.5));
    }
}
