package medsim.actor;

import medsim.model.MedSim;
import medsim.scenario.Place;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * A fast craft that escorts a migrant boat out to sea, leaves it once it is far enough
 * from the coast, and runs home. Boarding and seizing it is what the law-enforcement
 * mandates are about.
 */
public final class SmugglerCraft implements Steppable {
    private static final long serialVersionUID = 1L;

    public enum Phase { ESCORTING, RETURNING, HOME, SEIZED }

    private final long id;
    private final MigrantBoat boat;
    private final Place home;
    private final Navigator nav;
    private final int smugglersAboard;
    private Phase phase = Phase.ESCORTING;
    private Asset pursuer;

    public SmugglerCraft(long id, MigrantBoat boat, Place home, Navigator nav, int smugglersAboard) {
        this.id = id;
        this.boat = boat;
        this.home = home;
        this.nav = nav;
        this.smugglersAboard = smugglersAboard;
    }

    private double startXNm, startYNm;

    @Override
    public void step(SimState state) {
        MedSim sim = (MedSim) state;
        double dtHours = sim.clock().tickHours();
        startXNm = nav.xNm();
        startYNm = nav.yNm();
        switch (phase) {
            case ESCORTING -> {
                nav.placeAt(boat.xNm(), boat.yNm());
                double releaseNm = sim.scenario().smuggling().escortReleaseNm();
                if (!boat.atSea()) {
                    turnHome(sim);
                } else if (sim.distanceFromLibyaNm(nav.xNm(), nav.yNm()) >= releaseNm) {
                    // Released where the boat crossed the release distance during the step; it
                    // runs home for the rest of the step from there.
                    double f = crossingFraction(sim, boat.startXNm(), boat.startYNm(), boat.xNm(), boat.yNm(), releaseNm);
                    nav.placeAt(boat.startXNm() + f * (boat.xNm() - boat.startXNm()), boat.startYNm() + f * (boat.yNm() - boat.startYNm()));
                    turnHome(sim);
                    if (nav.advance(sim.scenario().smuggling().escortSpeedKnots() * dtHours * (1 - f))) {
                        phase = Phase.HOME;
                        sim.craftGone(this);
                        return;
                    }
                }
            }
            case RETURNING -> {
                if (nav.advance(sim.scenario().smuggling().escortSpeedKnots() * dtHours)) {
                    phase = Phase.HOME;
                    sim.craftGone(this);
                    return;
                }
            }
            default -> { return; }
        }
        sim.place(this, nav.xNm(), nav.yNm());
    }

    private void turnHome(MedSim sim) {
        phase = Phase.RETURNING;
        nav.follow(sim.world().router().route(nav.xNm(), nav.yNm(), sim.xOf(home), sim.yOf(home)));
    }

    /**
     * The fraction of the straight track (x0, y0) to (x1, y1) at which the distance from Libya
     * first reaches {@code nm}, by bisection to 1e-4 of the track (a few metres in a step); 0 if
     * it is reached at the start already. The distance is the raster's, so the answer is the
     * crossing of the cell-resolved line, as the check at the step's end sees it.
     */
    static double crossingFraction(MedSim sim, double x0, double y0, double x1, double y1, double nm) {
        if (sim.distanceFromLibyaNm(x0, y0) >= nm) return 0;
        double lo = 0, hi = 1;
        while (hi - lo > 1e-4) {
            double mid = (lo + hi) / 2;
            if (sim.distanceFromLibyaNm(x0 + mid * (x1 - x0), y0 + mid * (y1 - y0)) >= nm) hi = mid;
            else lo = mid;
        }
        return hi;
    }

    /** Boarded and seized: its crew are apprehended. */
    public void seize(MedSim sim) {
        phase = Phase.SEIZED;
        sim.craftGone(this);
    }

    public long id() { return id; }
    public Phase phase() { return phase; }
    public boolean atSea() { return phase == Phase.ESCORTING || phase == Phase.RETURNING; }
    public double xNm() { return nav.xNm(); }
    /** Where it was at the start of this tick (it steps before the assets that look for it). */
    public double startXNm() { return startXNm; }
    public double startYNm() { return startYNm; }
    public double yNm() { return nav.yNm(); }
    public int smugglersAboard() { return smugglersAboard; }
    public MigrantBoat boat() { return boat; }
    public Asset pursuer() { return pursuer; }
    public void setPursuer(Asset a) { pursuer = a; }

    @Override
    public String toString() {
        return "Smuggler craft " + id + " (" + phase.name().toLowerCase(java.util.Locale.ROOT) + ")";
    }
}
