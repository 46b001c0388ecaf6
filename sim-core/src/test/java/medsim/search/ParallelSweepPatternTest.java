package medsim.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ParallelSweepPatternTest {
    private static final double EPS = 1e-9;

    /** A 100 x 40 nm box from (10, 20). */
    private static ParallelSweepPattern box(double spacing) {
        return new ParallelSweepPattern(new double[] {10, 110, 110, 10}, new double[] {20, 20, 60, 60}, spacing);
    }

    @Test
    void legsRunAlongTheLongerSideTrackSpacingApartHalfASpacingInFromTheEdges() {
        ParallelSweepPattern p = box(5);
        assertEquals(8, p.legCount());
        for (int i = 0; i < p.legCount(); i++) {
            double[] l = p.leg(i);
            assertEquals(l[1], l[3], EPS, "a leg runs east-west");
            assertEquals(20 + 2.5 + 5 * i, l[1], EPS, "leg " + i + " lies S/2 + i S in");
            assertEquals(100, Math.abs(l[2] - l[0]), EPS, "a leg spans the box");
        }
        ParallelSweepPattern tall = new ParallelSweepPattern(new double[] {0, 30, 30, 0}, new double[] {0, 0, 90, 90}, 10);
        for (int i = 0; i < tall.legCount(); i++) assertEquals(tall.leg(i)[0], tall.leg(i)[2], EPS, "legs run north-south in a tall box");
        assertEquals(3, tall.legCount());
    }

    @Test
    void legsAlternateDirectionSoThatEachStartsWhereTheLastEnded() {
        ParallelSweepPattern p = box(5);
        for (int i = 1; i < p.legCount(); i++) {
            double[] a = p.leg(i - 1), b = p.leg(i);
            assertEquals(a[2], b[0], EPS, "leg " + i + " starts on the side the last one ended");
            assertEquals(5, Math.hypot(b[0] - a[2], b[1] - a[3]), EPS, "the crossover is one track spacing");
        }
    }

    @Test
    void searchLegsTotalAreaOverTrackSpacing() {
        ParallelSweepPattern p = box(5);
        assertEquals(4000, p.areaNm2(), EPS);
        assertEquals(4000 / 5.0, p.searchLegsNm(), EPS);
        assertEquals(4000 / 5.0 + 7 * 5, p.trackNm(), EPS, "crossovers add (n - 1) S");
        // A spacing that does not divide the width: the legs still cover about A / S (within one leg).
        ParallelSweepPattern q = box(6);
        assertTrue(Math.abs(q.searchLegsNm() - 4000 / 6.0) <= 100, "legs " + q.searchLegsNm());
    }

    @Test
    void inATriangleEveryLegStaysInsideAndTheLegsStillTotalAreaOverSpacing() {
        // Right triangle with legs 120 (x) and 60 (y): chords along x shrink linearly with y.
        double[] xs = {0, 120, 0}, ys = {0, 0, 60};
        ParallelSweepPattern p = new ParallelSweepPattern(xs, ys, 6);
        assertEquals(3600, p.areaNm2(), EPS);
        for (int i = 0; i < p.legCount(); i++) {
            double[] l = p.leg(i);
            for (double[] pt : new double[][] {{l[0], l[1]}, {l[2], l[3]}, {(l[0] + l[2]) / 2, (l[1] + l[3]) / 2}}) {
                assertTrue(pt[0] >= -EPS && pt[1] >= -EPS && pt[0] / 120 + pt[1] / 60 <= 1 + EPS, "leg " + i + " point inside");
            }
        }
        // The midpoint rule is exact for chords linear in the offset: legs x S = area.
        assertEquals(3600 / 6.0, p.searchLegsNm(), 1e-6);
    }

    @Test
    void anAreaNarrowerThanHalfASpacingGetsOneLegDownItsMiddle() {
        ParallelSweepPattern p = new ParallelSweepPattern(new double[] {0, 50, 50, 0}, new double[] {0, 0, 2, 2}, 10);
        assertEquals(1, p.legCount());
        assertEquals(1, p.leg(0)[1], EPS);
    }

    @Test
    void waypointsAreTheLegsStartsAndEndsFromTheGivenLeg() {
        ParallelSweepPattern p = box(10);
        var w = p.waypointsFrom(2);
        assertEquals(2 * (p.legCount() - 2), w.size());
        assertEquals(p.leg(2)[0], w.get(0)[0], EPS);
        assertEquals(p.leg(3)[3], w.get(3)[1], EPS);
    }

    @Test
    void badSpacingOrTooFewVerticesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> box(0));
        assertThrows(IllegalArgumentException.class, () -> box(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> new ParallelSweepPattern(new double[] {0, 1}, new double[] {0, 1}, 1));
    }
}
