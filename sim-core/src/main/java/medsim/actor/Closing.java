package medsim.actor;

/**
 * When, within a step, a mover closing on a moving target first comes within a distance of
 * it: the moment an asset is on scene or catches a craft, taken on the two straight tracks of
 * the step rather than at the step's end, so that it does not depend on the step's length.
 */
final class Closing {
    private Closing() {}

    /**
     * Hours into a step of {@code stepHours} at which the target is first within
     * {@code withinNm} of the mover, or NaN if it never is during the step. The mover sails
     * straight from (mx0, my0) to (mx1, my1), which it reaches {@code reachHours} into the step
     * (0 to {@code stepHours}) and where it then stays; the target sails straight, at a steady
     * speed, from (tx0, ty0) at the step's start to (tx1, ty1) at its end. Positions in nm.
     */
    static double firstWithinHours(double mx0, double my0, double mx1, double my1, double reachHours,
            double tx0, double ty0, double tx1, double ty1, double stepHours, double withinNm) {
        double tvx = (tx1 - tx0) / stepHours, tvy = (ty1 - ty0) / stepHours;
        if (reachHours > 0) {
            double mvx = (mx1 - mx0) / reachHours, mvy = (my1 - my0) / reachHours;
            double t = firstWithin(tx0 - mx0, ty0 - my0, tvx - mvx, tvy - mvy, reachHours, withinNm);
            if (!Double.isNaN(t)) return t;
        }
        double ax = tx0 + tvx * reachHours - mx1, ay = ty0 + tvy * reachHours - my1;
        double t = firstWithin(ax, ay, tvx, tvy, stepHours - reachHours, withinNm);
        return Double.isNaN(t) ? t : reachHours + t;
    }

    /** The least t in [0, span] with |(ax, ay) + t (bx, by)| <= r, or NaN. */
    private static double firstWithin(double ax, double ay, double bx, double by, double span, double r) {
        double c = ax * ax + ay * ay - r * r;
        if (c <= 0) return 0;
        double bb = bx * bx + by * by;
        double ab = ax * bx + ay * by;
        if (bb == 0 || ab >= 0) return Double.NaN; // not closing
        double disc = ab * ab - bb * c;
        if (disc < 0) return Double.NaN;
        double t = (-ab - Math.sqrt(disc)) / bb;
        return t <= span ? t : Double.NaN;
    }
}
