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
                if (!boat.atSea() || sim.distanceFromLibyaNm(nav.xNm(), nav.yNm()) >= sim.scenario().smuggling().escortReleaseNm()) {
                    phase = Phase.RETURNING;
                    nav.follow(sim.world().router().route(nav.xNm(), nav.yNm(), sim.xOf(home), sim.yOf(home)));
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
