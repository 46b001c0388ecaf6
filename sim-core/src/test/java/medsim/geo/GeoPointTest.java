package medsim.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class GeoPointTest {
    @Test
    void acceptsTheExtremesOfLatitudeAndLongitude() {
        assertEquals(-90.0, new GeoPoint(-90.0, 180.0).latDeg());
        assertEquals(-180.0, new GeoPoint(90.0, -180.0).lonDeg());
    }

    @Test
    void rejectsOutOfRangeOrNonFiniteCoordinates() {
        assertThrows(IllegalArgumentException.class, () -> new GeoPoint(90.5, 0.0));
        assertThrows(IllegalArgumentException.class, () -> new GeoPoint(-91.0, 0.0));
        assertThrows(IllegalArgumentException.class, () -> new GeoPoint(0.0, 180.1));
        assertThrows(IllegalArgumentException.class, () -> new GeoPoint(Double.NaN, 0.0));
        assertThrows(IllegalArgumentException.class, () -> new GeoPoint(0.0, Double.POSITIVE_INFINITY));
    }
}
