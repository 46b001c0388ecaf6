package medsim.actor;

import medsim.scenario.BoardingCraft;

/**
 * A chase of a smuggler craft by a ship's boarding craft (launched from where the ship saw
 * the craft) or by the ship itself. The pursuer heads straight for the point where it meets
 * the craft if the craft holds its course and speed (a constant-bearing intercept), and the
 * chase is decided within each step, not at its end: over a step the craft moves in a
 * straight line from where it was to where it is, and the earliest moment the pursuer can be
 * within {@code captureNm} of it ({@link #earliestCatch}, the root of a quadratic) is set
 * against the moment the craft enters waters where the pursuer may not board (a
 * {@link Limit}) and the moment the pursuer gives up (its run of {@code rangeNm}, or the
 * ship's {@code maxPursuitHours}). A boarding craft then returns to its ship, which waits.
 * A craft that keeps a straight course is caught at the same moment and place whatever the step.
 */
final class Pursuit {

    /** How a step ended. */
    enum Outcome { CHASING, CAUGHT, OUT_OF_MANDATE, GAVE_UP }

    /** Where along a straight track, as a fraction in [0, 1], the craft enters waters where it may not be boarded; +infinity if it does not. */
    @FunctionalInterface
    interface Limit {
        double firstRefused(double x0, double y0, double x1, double y1);
    }

    private final boolean byBoat;
    private final double speedKnots;
    private final double launchHours;
    private final double limitHours;
    private final double captureNm;
    private double xNm, yNm;
    private double elapsedHours;
    private double eventXNm = Double.NaN, eventYNm = Double.NaN;
    private boolean returning;

    private Pursuit(boolean byBoat, double xNm, double yNm, double speedKnots, double launchHours, double limitHours, double captureNm) {
        this.byBoat = byBoat;
        this.xNm = xNm;
        this.yNm = yNm;
        this.speedKnots = speedKnots;
        this.launchHours = launchHours;
        this.limitHours = limitHours;
        this.captureNm = captureNm;
    }

    /** A chase by the ship's boarding craft, launched at (xNm, yNm) where the ship is. */
    static Pursuit byBoat(double xNm, double yNm, BoardingCraft boat, double maxPursuitHours, double captureNm) {
        double limit = Math.min(maxPursuitHours, boat.launchHours() + boat.rangeNm() / boat.speedKnots());
        return new Pursuit(true, xNm, yNm, boat.speedKnots(), boat.launchHours(), limit, captureNm);
    }

    /** A chase by the ship itself, from (xNm, yNm), at {@code speedKnots}. */
    static Pursuit byShip(double xNm, double yNm, double speedKnots, double maxPursuitHours, double captureNm) {
        return new Pursuit(false, xNm, yNm, speedKnots, 0, maxPursuitHours, captureNm);
    }

    /**
     * One step of {@code dtHours}, over which the craft moved straight from (e0x, e0y) to
     * (e1x, e1y). On {@link Outcome#CAUGHT} the catch point, and on
     * {@link Outcome#OUT_OF_MANDATE} the point where the craft left the waters where it may
     * be boarded, are {@link #eventXNm()}, {@link #eventYNm()}.
     */
    Outcome step(double e0x, double e0y, double e1x, double e1y, double dtHours, Limit limit) {
        double vx = (e1x - e0x) / dtHours, vy = (e1y - e0y) / dtHours;
        double start = Math.max(0, launchHours - elapsedHours);   // when in the step the pursuer starts to move
        double giveUp = limitHours - elapsedHours;                 // when in the step it gives up
        double refused = limit.firstRefused(e0x, e0y, e1x, e1y) * dtHours;
        double caught = earliestCatch(e0x - xNm, e0y - yNm, vx, vy, speedKnots, start, Math.min(dtHours, giveUp), captureNm);
        if (!Double.isNaN(caught) && caught < refused) {
            eventXNm = e0x + vx * caught;
            eventYNm = e0y + vy * caught;
            moveToward(eventXNm, eventYNm, speedKnots * (caught - start));
            elapsedHours += caught;
            return Outcome.CAUGHT;
        }
        if (refused <= Math.min(dtHours, giveUp)) {
            eventXNm = e0x + vx * refused;
            eventYNm = e0y + vy * refused;
            elapsedHours += refused;
            return Outcome.OUT_OF_MANDATE;
        }
        if (giveUp <= dtHours) {
            elapsedHours += giveUp;
            return Outcome.GAVE_UP;
        }
        if (start < dtHours) {
            // Head for where it meets the craft if the craft holds on; if it cannot, for the craft.
            double meet = earliestCatch(e0x - xNm, e0y - yNm, vx, vy, speedKnots, start, Double.POSITIVE_INFINITY, captureNm);
            double ax = Double.isNaN(meet) ? e1x : e0x + vx * meet, ay = Double.isNaN(meet) ? e1y : e0y + vy * meet;
            moveToward(ax, ay, speedKnots * (dtHours - start));
        }
        elapsedHours += dtHours;
        return Outcome.CHASING;
    }

    /**
     * The earliest time s in [a, b] (hours) at which a pursuer, still until a and then at
     * {@code speedKnots} on the best straight course, can be within {@code captureNm} of a
     * target that is at offset (dx, dy) nm from it at time 0 and moves at velocity (vx, vy)
     * knots: the least s with |(dx, dy) + (vx, vy) s| <= speed (s - a) + capture. NaN if there
     * is none.
     */
    static double earliestCatch(double dx, double dy, double vx, double vy, double speedKnots, double a, double b, double captureNm) {
        if (!(a <= b)) return Double.NaN;
        double c = captureNm - speedKnots * a;              // reach at time s: speed s + c
        double qa = vx * vx + vy * vy - speedKnots * speedKnots;
        double qb = 2 * (dx * vx + dy * vy - speedKnots * c);
        double qc = dx * dx + dy * dy - c * c;
        if (qa * a * a + qb * a + qc <= 0) return a;        // within reach when it starts
        double first = Double.POSITIVE_INFINITY;
        if (Math.abs(qa) < 1e-12 * speedKnots * speedKnots) {
            if (qb != 0) first = root(-qc / qb, a);
        } else {
            double disc = qb * qb - 4 * qa * qc;
            if (disc < 0) return Double.NaN;
            double q = -0.5 * (qb + Math.copySign(Math.sqrt(disc), qb));
            first = Math.min(root(q / qa, a), q != 0 ? root(qc / q, a) : Double.POSITIVE_INFINITY);
        }
        return first <= b && first < Double.POSITIVE_INFINITY ? first : Double.NaN;
    }

    private static double root(double s, double after) {
        return s > after ? s : Double.POSITIVE_INFINITY;
    }

    /** The boarding craft heads back to its ship at (shipX, shipY); true once it is back. */
    boolean recover(double shipXNm, double shipYNm, double dtHours) {
        return moveToward(shipXNm, shipYNm, speedKnots * dtHours);
    }

    /** After the chase: a boarding craft returns to its ship; a ship is done. */
    void endChase() { returning = byBoat; }

    private boolean moveToward(double tx, double ty, double distanceNm) {
        double dx = tx - xNm, dy = ty - yNm, d = Math.sqrt(dx * dx + dy * dy);
        if (d <= distanceNm) {
            xNm = tx;
            yNm = ty;
            return true;
        }
        xNm += dx / d * distanceNm;
        yNm += dy / d * distanceNm;
        return false;
    }

    boolean byBoat() { return byBoat; }
    boolean returning() { return returning; }
    double xNm() { return xNm; }
    double yNm() { return yNm; }
    double elapsedHours() { return elapsedHours; }
    double eventXNm() { return eventXNm; }
    double eventYNm() { return eventYNm; }
}
