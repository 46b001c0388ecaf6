package medsim.actor;

import medsim.event.EventType;
import medsim.model.MedSim;
import medsim.scenario.EmbargoTraffic;
import medsim.scenario.Place;

/**
 * A vessel suspected of breaking a UN embargo on Libya ({@link EmbargoTraffic}): it sails its sea
 * route at the traffic's speed, from a sea gate to a Libyan port or from a port to a gate. It is
 * seen once by the forces watching the traffic ({@code embargo-sighting}), inspected at most once;
 * while a ship is alongside it lies hove to. Diverted, it sails to the inspecting ship's base and
 * leaves the run there; otherwise it delivers at the end of its route ({@code embargo-delivery}).
 */
public final class EmbargoVessel {
    private final long id;
    private final EmbargoTraffic traffic;
    private final Place port;
    private final long randomKey;
    private final Navigator nav;
    private double startXNm, startYNm;
    private boolean atSea = true;
    private boolean sighted;
    private boolean inspected;
    private boolean diverted;
    /** The ship going alongside or alongside it; null if none. */
    private Asset inspector;
    private boolean hoveTo;

    EmbargoVessel(long id, EmbargoTraffic traffic, Place port, long randomKey, Navigator nav) {
        this.id = id;
        this.traffic = traffic;
        this.port = port;
        this.randomKey = randomKey;
        this.nav = nav;
        this.startXNm = nav.xNm();
        this.startYNm = nav.yNm();
    }

    /** One tick along its route; at its end it delivers (unless diverted) and leaves the run. */
    void step(MedSim sim) {
        startXNm = nav.xNm();
        startYNm = nav.yNm();
        if (hoveTo || !atSea) return;
        if (!nav.advance(traffic.speedKnots() * sim.clock().tickHours())) return;
        atSea = false;
        if (!diverted) sim.event(EventType.EMBARGO_DELIVERY, nav.xNm(), nav.yNm(), port.id(), id, 0, traffic.cargo().key());
    }

    /** Seen by a watching force: true the first time (the sighting is then recorded). */
    boolean sightedNow() {
        if (sighted) return false;
        sighted = true;
        return true;
    }

    /** Whether a free ship that sees it may go to inspect it: inspectable, at sea, not yet inspected, and no one on the way. */
    boolean awaitsInspection() {
        return traffic.inspectable() && atSea && !inspected && inspector == null;
    }

    void inspectedBy(Asset asset) { inspector = asset; }

    /** The inspecting ship is alongside: it lies hove to until released. */
    void heaveTo() { hoveTo = true; }

    /** The inspecting ship leaves it: inspected if {@code done}, else free for another to inspect. */
    void release(boolean done) {
        inspector = null;
        hoveTo = false;
        inspected |= done;
    }

    /** Sent to {@code x, y} (a port of the diverting force): it will not deliver. */
    void divert(MedSim sim, double xNm, double yNm) {
        diverted = true;
        nav.follow(sim.world().router().route(nav.xNm(), nav.yNm(), xNm, yNm));
    }

    public long id() { return id; }
    /** The Libyan port it sails to or from. */
    public Place port() { return port; }
    public EmbargoTraffic traffic() { return traffic; }
    public long randomKey() { return randomKey; }
    public boolean atSea() { return atSea; }
    public double xNm() { return nav.xNm(); }
    public double yNm() { return nav.yNm(); }
    double startXNm() { return startXNm; }
    double startYNm() { return startYNm; }
}
