package medsim.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class RingCheckTest {
    private static List<GeoPoint> ring(double... latLon) {
        List<GeoPoint> out = new ArrayList<>();
        for (int i = 0; i < latLon.length; i += 2) out.add(new GeoPoint(latLon[i], latLon[i + 1]));
        return out;
    }

    @Test
    void aSquareIsAProperPolygonWithOrWithoutItsClosingVertex() {
        assertEquals(Optional.empty(), RingCheck.problemOf(ring(35, 12, 35, 13, 36, 13, 36, 12)));
        assertEquals(Optional.empty(), RingCheck.problemOf(ring(35, 12, 35, 13, 36, 13, 36, 12, 35, 12)));
    }

    @Test
    void twoDistinctVerticesAreTooFew() {
        assertEquals("has 2 distinct vertices; a polygon needs at least 3",
                RingCheck.problemOf(ring(35, 12, 35, 13, 35, 12, 35, 13)).orElseThrow().words());
    }

    @Test
    void verticesOnOneLineHaveZeroArea() {
        RingCheck.Problem p = RingCheck.problemOf(ring(35, 12, 35.5, 12.5, 36, 13)).orElseThrow();
        assertEquals("has zero area: all its vertices lie on one line", p.words());
        assertEquals(-1, p.vertex());
    }

    @Test
    void aBowTieNamesItsCrossingEdgesAndWhere() {
        // Its two lobes have equal areas of opposite sign: the signed area is 0, yet it is not a line.
        RingCheck.Problem p = RingCheck.problemOf(ring(35, 12, 36, 13, 36, 12, 35, 13)).orElseThrow();
        assertEquals("crosses itself at [35.5, 12.5]: edge [0]-[1] crosses edge [2]-[3]", p.words());
        assertEquals(-1, p.vertex());
    }

    @Test
    void aRingThatTouchesItselfAtAVertexBlamesThatVertex() {
        // A figure of eight through (35.5, 12.5), which is vertex 2.
        RingCheck.Problem p = RingCheck.problemOf(ring(35, 12, 35, 13, 35.5, 12.5, 36, 13, 36, 12, 35.5, 12.5)).orElseThrow();
        assertTrue(p.words().startsWith("meets its own boundary at vertex ["), p.words());
        assertTrue(p.vertex() == 2 || p.vertex() == 5, p.toString());
    }
}
