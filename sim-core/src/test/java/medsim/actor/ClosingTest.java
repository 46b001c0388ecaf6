package medsim.actor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ClosingTest {
    @Test
    void aMoverReachesAStillTargetWhenItHasSailedTheGapLessTheOnSceneDistance() {
        // 16 knots from 2 nm off a boat that does not move; on scene at 0.3 nm: after 1.7 / 16 h.
        double h = Closing.firstWithinHours(0, 0, 2, 0, 2 / 16.0, 2, 0, 2, 0, 1 / 12.0, 0.3);
        assertEquals(1.7 / 16, h, 1e-12);
    }

    @Test
    void theMomentIsTheSameWhateverTheStepThatContainsIt() {
        // A pursuer at 16 knots on a craft 1 nm ahead running away at 10 knots: the gap closes at
        // 6 knots, so within 0.25 nm after 0.75 / 6 h (7.5 minutes), found within one 10-minute step or one 1-minute step.
        double expected = 0.75 / 6;
        double big = Closing.firstWithinHours(0, 0, 16 / 6.0, 0, 1 / 6.0, 1, 0, 1 + 10 / 6.0, 0, 1 / 6.0, 0.25);
        assertEquals(expected, big, 1e-12);
        int minute = (int) Math.floor(expected * 60);
        double t0 = minute / 60.0;
        double small = Closing.firstWithinHours(16 * t0, 0, 16 * (t0 + 1 / 60.0), 0, 1 / 60.0,
                1 + 10 * t0, 0, 1 + 10 * (t0 + 1 / 60.0), 0, 1 / 60.0, 0.25);
        assertEquals(expected, t0 + small, 1e-12);
    }

    @Test
    void aTargetThatStaysOutOfReachIsNotReached() {
        assertTrue(Double.isNaN(Closing.firstWithinHours(0, 0, 1, 0, 1 / 12.0, 5, 0, 6, 0, 1 / 12.0, 0.3)));
        // Passing by 1 nm abeam is no arrival.
        assertTrue(Double.isNaN(Closing.firstWithinHours(0, 0, 0, 0, 0, -1, 1, 1, 1, 1 / 12.0, 0.3)));
    }

    @Test
    void aMoverAlreadyOnSceneArrivesAtTheStepsStart() {
        assertEquals(0, Closing.firstWithinHours(0, 0, 0, 0, 0, 0.2, 0, 0.2, 0, 1 / 12.0, 0.3));
    }

    @Test
    void aMoverThatStopsAtTheTargetsLastPositionWaitsForItThere() {
        // The mover is at the target's end point from the start; the target comes toward it at
        // 12 knots from 1 nm away: within 0.3 nm after 0.7 / 12 h.
        assertEquals(0.7 / 12, Closing.firstWithinHours(0, 0, 0, 0, 0, 1, 0, 0, 0, 1 / 12.0, 0.3), 1e-12);
    }

    @Test
    void navigatorSaysWhatDistanceItDidNotNeed() {
        Navigator nav = new Navigator(0, 0);
        nav.follow(java.util.List.of(new double[] {3, 0}, new double[] {3, 4}));
        assertTrue(!nav.advance(5) && nav.leftoverNm() == 0);
        assertTrue(nav.advance(5));
        assertEquals(3, nav.leftoverNm(), 1e-12);
        assertTrue(nav.steerToward(3, 5, 2));
        assertEquals(1, nav.leftoverNm(), 1e-12);
    }
}
