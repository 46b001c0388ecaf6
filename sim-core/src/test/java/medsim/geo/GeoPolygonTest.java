package medsim.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class GeoPolygonTest {
    private static final List<GeoPoint> SQUARE = List.of(
            new GeoPoint(35.0, 12.0), new GeoPoint(35.0, 13.0), new GeoPoint(36.0, 13.0), new GeoPoint(36.0, 12.0));

    @Test
    void squareContainsItsInsideAndNotItsOutside() {
        GeoPolygon square = new GeoPolygon("square", SQUARE);
        assertTrue(square.contains(35.5, 12.5));
        assertTrue(square.contains(35.01, 12.99));
        assertFalse(square.contains(36.5, 12.5));
        assertFalse(square.contains(35.5, 13.01));
        assertFalse(square.contains(34.99, 12.5));
        assertFalse(square.contains(35.5, 11.0));
    }

    @Test
    void concaveRingExcludesItsNotch() {
        // A "U": the notch between the arms, from lon 12.4 to 12.6 above lat 35.5, is outside.
        GeoPolygon u = new GeoPolygon("u", List.of(
                new GeoPoint(35.0, 12.0), new GeoPoint(35.0, 13.0), new GeoPoint(36.0, 13.0), new GeoPoint(36.0, 12.6),
                new GeoPoint(35.5, 12.6), new GeoPoint(35.5, 12.4), new GeoPoint(36.0, 12.4), new GeoPoint(36.0, 12.0)));
        assertFalse(u.contains(35.8, 12.5));
        assertTrue(u.contains(35.8, 12.2));
        assertTrue(u.contains(35.8, 12.8));
        assertTrue(u.contains(35.2, 12.5));
    }

    @Test
    void repeatedClosingPointIsDropped() {
        GeoPolygon closed = new GeoPolygon("closed", List.of(
                SQUARE.get(0), SQUARE.get(1), SQUARE.get(2), SQUARE.get(3), SQUARE.get(0)));
        assertEquals(SQUARE, closed.ring());
        assertTrue(closed.contains(35.5, 12.5));
    }

    @Test
    void boundsAreTheRingsExtremes() {
        GeoPolygon square = new GeoPolygon("square", SQUARE);
        assertEquals(35.0, square.minLatDeg());
        assertEquals(36.0, square.maxLatDeg());
        assertEquals(12.0, square.minLonDeg());
        assertEquals(13.0, square.maxLonDeg());
    }

    @Test
    void fewerThanThreeDistinctPointsAreRejected() {
        GeoPoint a = new GeoPoint(35.0, 12.0);
        GeoPoint b = new GeoPoint(35.0, 13.0);
        assertThrows(IllegalArgumentException.class, () -> new GeoPolygon("line", List.of(a, b)));
        assertThrows(IllegalArgumentException.class, () -> new GeoPolygon("line", List.of(a, b, a, b)));
    }
}
