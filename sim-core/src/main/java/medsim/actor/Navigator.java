package medsim.actor;

import java.util.List;

/**
 * A position in projected nautical miles and the waypoints still to sail through.
 * Shared by boats, smuggler craft and assets so that all move the same way.
 */
public final class Navigator {
    private static final double[][] NO_WAYPOINTS = new double[0][];
    private double xNm;
    private double yNm;
    /** The route's waypoints, copied from the list it was given (an array: {@link #advance} reads it every tick). */
    private double[][] waypoints = NO_WAYPOINTS;
    private int next;
    private double leftoverNm;

    public Navigator(double xNm, double yNm) {
        this.xNm = xNm;
        this.yNm = yNm;
    }

    public double xNm() { return xNm; }
    public double yNm() { return yNm; }

    public void placeAt(double x, double y) {
        xNm = x;
        yNm = y;
    }

    public void follow(List<double[]> route) {
        waypoints = route.toArray(NO_WAYPOINTS);
        next = 0;
    }

    public void stop() {
        waypoints = NO_WAYPOINTS;
        next = 0;
    }

    public boolean hasRoute() { return next < waypoints.length; }

    /** The index in the route of the waypoint it is heading for (the route's length once there). */
    public int nextWaypointIndex() { return next; }

    /** The final waypoint, or null without a route. */
    public double[] destination() {
        return waypoints.length == 0 ? null : waypoints[waypoints.length - 1];
    }

    /**
     * Sails up to {@code distanceNm} along the route; true once the last waypoint is reached
     * ({@link #leftoverNm()} then says how much of the distance was not needed).
     */
    public boolean advance(double distanceNm) {
        double left = distanceNm;
        leftoverNm = 0;
        while (next < waypoints.length) {
            double[] w = waypoints[next];
            double dx = w[0] - xNm;
            double dy = w[1] - yNm;
            double d = Math.sqrt(dx * dx + dy * dy);
            if (d <= left) {
                xNm = w[0];
                yNm = w[1];
                left -= d;
                next++;
            } else {
                xNm += dx / d * left;
                yNm += dy / d * left;
                return false;
            }
        }
        leftoverNm = left;
        return true;
    }

    /** Sails straight toward a point (a moving target); true if reached within this step. */
    public boolean steerToward(double tx, double ty, double distanceNm) {
        double dx = tx - xNm;
        double dy = ty - yNm;
        double d = Math.sqrt(dx * dx + dy * dy);
        if (d <= distanceNm) {
            xNm = tx;
            yNm = ty;
            leftoverNm = distanceNm - d;
            return true;
        }
        leftoverNm = 0;
        xNm += dx / d * distanceNm;
        yNm += dy / d * distanceNm;
        return false;
    }

    /**
     * Of the distance given to the last {@link #advance} or {@link #steerToward} that reached its
     * end, the part it did not need, nm (0 if it did not reach it): what is left of the step
     * once there, for what comes next.
     */
    public double leftoverNm() { return leftoverNm; }

    public double distanceTo(double x, double y) {
        double dx = x - xNm;
        double dy = y - yNm;
        return Math.sqrt(dx * dx + dy * dy);
    }
}
