package medsim.actor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import medsim.scenario.BoardingCraft;

/**
 * The chase of a smuggler craft, on a straight coast: the Libyan coast is the line y = 0, so
 * a point's distance from the coast is its y (nm), and the 12 nm line is y = 12. The escort
 * is released 15 nm out and runs straight home, due south, at 20 knots.
 */
class PursuitTest {
    private static final double ESCORT_KNOTS = 20;
    private static final double RELEASE_NM = 15;
    private static final double CAPTURE_NM = 0.3;
    private static final BoardingCraft RHIB = new BoardingCraft(30, 20, 0);

    /** Boarding allowed on the high seas only: refused inside the 12 nm line. */
    private static final Pursuit.Limit HIGH_SEAS_ONLY = (x0, y0, x1, y1) -> {
        if (y0 < 12) return 0;
        if (y1 < 12) return (y0 - 12) / (y0 - y1);
        return Double.POSITIVE_INFINITY;
    };
    /** Boarding allowed in Libyan waters too. */
    private static final Pursuit.Limit LIBYAN_WATERS_TOO = (x0, y0, x1, y1) -> Double.POSITIVE_INFINITY;

    /** A finished chase: how it ended, where (the catch, or the craft leaving the mandate) and when. */
    private record End(Pursuit.Outcome outcome, double x, double y, double hours) {}

    private static End chase(Pursuit p, double tickMinutes, Pursuit.Limit limit) {
        double dt = tickMinutes / 60.0;
        double t = 0;
        while (t < 5) {
            double y0 = Math.max(0, RELEASE_NM - ESCORT_KNOTS * t), y1 = Math.max(0, RELEASE_NM - ESCORT_KNOTS * (t + dt));
            if (y0 == 0) return new End(null, 0, 0, t); // the escort is home
            Pursuit.Outcome o = p.step(0, y0, 0, y1, dt, limit);
            if (o != Pursuit.Outcome.CHASING) return new End(o, p.eventXNm(), p.eventYNm(), p.elapsedHours());
            t += dt;
        }
        throw new AssertionError("the chase did not end");
    }

    @Test
    void aBoardingBoatAsternOfTheEscortIsTooLateForTheTwelveMileLineButCatchesItInsideWithALibyanWatersMandate() {
        // Seen at 4 nm, the ship 4 nm astern (19 nm out): the boat closes at 10 knots.
        End highSeas = chase(Pursuit.byBoat(0, 19, RHIB, 3, CAPTURE_NM), 5, HIGH_SEAS_ONLY);
        assertEquals(Pursuit.Outcome.OUT_OF_MANDATE, highSeas.outcome());
        assertEquals(12, highSeas.y(), 1e-9, "the chase ends where the escort crosses the 12 nm line");
        assertEquals(3.0 / ESCORT_KNOTS, highSeas.hours(), 1e-9);

        End libyan = chase(Pursuit.byBoat(0, 19, RHIB, 3, CAPTURE_NM), 5, LIBYAN_WATERS_TOO);
        assertEquals(Pursuit.Outcome.CAUGHT, libyan.outcome());
        double hours = (4 - CAPTURE_NM) / (30 - ESCORT_KNOTS);
        assertEquals(hours, libyan.hours(), 1e-9);
        assertEquals(RELEASE_NM - ESCORT_KNOTS * hours, libyan.y(), 1e-9, "caught 7.6 nm from the coast, inside Libyan waters");
        assertTrue(libyan.y() < 12);
    }

    @Test
    void aBoardingBoatAheadOnTheBeamCatchesTheEscortBeforeTheTwelveMileLineWhateverTheMandate() {
        // Seen at 4 nm, the ship 3 nm to the east and nearer the coast.
        double sx = 3, sy = RELEASE_NM - Math.sqrt(16 - 9);
        for (Pursuit.Limit limit : new Pursuit.Limit[] {HIGH_SEAS_ONLY, LIBYAN_WATERS_TOO}) {
            End end = chase(Pursuit.byBoat(sx, sy, RHIB, 3, CAPTURE_NM), 5, limit);
            assertEquals(Pursuit.Outcome.CAUGHT, end.outcome());
            assertTrue(end.y() > 12, "caught on the high seas, at " + end.y() + " nm");
            assertEquals(RELEASE_NM - ESCORT_KNOTS * end.hours(), end.y(), 1e-9, "on the escort's track at the catch time");
            // The boat ran straight at 30 knots to within the capture distance of the catch point.
            double run = Math.hypot(end.x() - sx, end.y() - sy);
            assertEquals(30 * end.hours() + CAPTURE_NM, run, 1e-9);
        }
    }

    @Test
    void aBoatLaunchedTenMinutesAfterTheSightingIsTooLateForAnEscortThreeMilesFromTheLine() {
        // Ahead on the beam, as above; but the escort covers the 3 nm to the line in 9 minutes.
        double sx = 3, sy = RELEASE_NM - Math.sqrt(7);
        End end = chase(Pursuit.byBoat(sx, sy, new BoardingCraft(30, 20, 10), 3, CAPTURE_NM), 5, HIGH_SEAS_ONLY);
        assertEquals(Pursuit.Outcome.OUT_OF_MANDATE, end.outcome());
        assertEquals(12, end.y(), 1e-9);
    }

    @Test
    void theShipItselfAt16KnotsNeverClosesOnA20KnotEscort() {
        End end = chase(Pursuit.byShip(0, 19, 16, 3, CAPTURE_NM), 5, LIBYAN_WATERS_TOO);
        assertEquals(null, end.outcome(), "the escort reaches home");
    }

    @Test
    void theCatchAndTheLineCrossingDoNotDependOnTheStep() {
        double sx = 3, sy = RELEASE_NM - Math.sqrt(7);
        End reference = chase(Pursuit.byBoat(sx, sy, RHIB, 3, CAPTURE_NM), 1, HIGH_SEAS_ONLY);
        End astern = chase(Pursuit.byBoat(0, 19, RHIB, 3, CAPTURE_NM), 1, HIGH_SEAS_ONLY);
        for (double minutes : new double[] {2, 3, 5, 10}) {
            End e = chase(Pursuit.byBoat(sx, sy, RHIB, 3, CAPTURE_NM), minutes, HIGH_SEAS_ONLY);
            assertEquals(reference.hours(), e.hours(), 1e-9, minutes + "-minute steps");
            assertEquals(reference.x(), e.x(), 1e-9);
            assertEquals(reference.y(), e.y(), 1e-9);
            End a = chase(Pursuit.byBoat(0, 19, RHIB, 3, CAPTURE_NM), minutes, HIGH_SEAS_ONLY);
            assertEquals(astern.hours(), a.hours(), 1e-9);
            assertEquals(astern.y(), a.y(), 1e-9);
        }
    }

    @Test
    void aBoatGivesUpAfterLaunchTimePlusItsRangeAtItsSpeed() {
        BoardingCraft shortRange = new BoardingCraft(30, 2, 6);
        End end = chase(Pursuit.byBoat(0, 19, shortRange, 3, CAPTURE_NM), 5, LIBYAN_WATERS_TOO);
        assertEquals(Pursuit.Outcome.GAVE_UP, end.outcome());
        assertEquals(0.1 + 2.0 / 30, end.hours(), 1e-9);
    }

    @Test
    void aShipGivesUpAfterMaxPursuitHoursEvenWithABoatOfLongerRange() {
        End end = chase(Pursuit.byBoat(0, 19, new BoardingCraft(22, 1000, 0), 0.25, CAPTURE_NM), 5, LIBYAN_WATERS_TOO);
        assertEquals(Pursuit.Outcome.GAVE_UP, end.outcome());
        assertEquals(0.25, end.hours(), 1e-9);
    }

    @Test
    void earliestCatchSolvesTheInterceptExactly() {
        // Head-on: 10 nm apart, closing at 10 + 30 knots: 0.25 h.
        assertEquals(0.25, Pursuit.earliestCatch(10, 0, -10, 0, 30, 0, 1, 0), 1e-12);
        // The same with a 6-minute launch: the target comes 1 nm nearer first.
        assertEquals(0.1 + 9.0 / 40, Pursuit.earliestCatch(10, 0, -10, 0, 30, 0.1, 1, 0), 1e-12);
        // Already within the capture distance when the pursuer starts.
        assertEquals(0.0, Pursuit.earliestCatch(0.2, 0, 5, 0, 30, 0, 1, 0.3), 0);
        // Running away faster: never; and not within the window [a, b].
        assertTrue(Double.isNaN(Pursuit.earliestCatch(1, 0, 35, 0, 30, 0, 10, 0)));
        assertTrue(Double.isNaN(Pursuit.earliestCatch(10, 0, -10, 0, 30, 0, 0.2, 0)));
        assertTrue(Double.isNaN(Pursuit.earliestCatch(1, 0, 35, 0, 30, 0, Double.POSITIVE_INFINITY, 0)), "never, even without a time limit");
        // Equal speeds, the target crossing ahead: a linear equation.
        double s = Pursuit.earliestCatch(0, 5, 20, 0, 20, 0, 10, 0);
        assertTrue(Double.isNaN(s), "at equal speeds a target moving across is never reached from abeam: " + s);
        assertEquals(0.25, Pursuit.earliestCatch(10, 0, -20, 0, 20, 0, 1, 0), 1e-12);
    }
}
