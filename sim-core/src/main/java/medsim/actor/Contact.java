package medsim.actor;

import medsim.model.MedSim;

/**
 * A contact of the recognised maritime picture: a migrant boat seen by an asset of a force (or
 * a position the boat gave by phone), where it was then ({@code xNm}, {@code yNm}, on the
 * model's grid), at which tick, and its course and speed over the ground then (what a sighting
 * report gives, and what successive fixes of a caller's phone give an MRCC). It does not move
 * with the boat: the boat keeps or changes its way, so the older the contact, the farther the
 * boat may be from where dead reckoning puts it ({@link #xNmNow}), and a ship sent on it must
 * still find the boat.
 *
 * @param boat       the boat seen
 * @param xNm        where it was, nm east on the grid
 * @param yNm        where it was, nm north on the grid
 * @param tick       when it was seen
 * @param force      the force whose asset saw it, or {@link #DISTRESS_CALL} for a position the boat gave by phone
 * @param asset      the asset that saw it (for a call: the boat)
 * @param eastKnots  its velocity then, knots east
 * @param northKnots its velocity then, knots north
 */
public record Contact(MigrantBoat boat, double xNm, double yNm, long tick, String force, String asset,
                      double eastKnots, double northKnots) {
    /** The {@code force} of a contact that is a boat's own call, and the detail of the case it opens. */
    public static final String DISTRESS_CALL = "distress-call";

    /** A contact of the boat where it is now, with its velocity over the step it has just made. */
    static Contact of(MedSim sim, MigrantBoat boat, double xNm, double yNm, String force, String asset) {
        double h = sim.clock().tickHours();
        return new Contact(boat, xNm, yNm, sim.tick(), force, asset,
                (boat.xNm() - boat.startXNm()) / h, (boat.yNm() - boat.startYNm()) / h);
    }

    /** Whether the boat gave this position itself, by phone: it will give a newer one (see {@link MrccNetwork#distressCall}). */
    public boolean fromCall() { return DISTRESS_CALL.equals(force); }

    /** Where dead reckoning from the contact puts the boat now, nm east on the grid (kept on the map). */
    public double xNmNow(MedSim sim) { return sim.clampX(xNm + eastKnots * (sim.tick() - tick) * sim.clock().tickHours()); }

    /** As {@link #xNmNow}, nm north. */
    public double yNmNow(MedSim sim) { return sim.clampY(yNm + northKnots * (sim.tick() - tick) * sim.clock().tickHours()); }
}
