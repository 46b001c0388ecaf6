package medsim.actor;

/**
 * A contact of the recognised maritime picture: a migrant boat seen by an asset of a force,
 * where it was then ({@code xNm}, {@code yNm}, on the model's grid) and at which tick. It does
 * not move with the boat: the older it is, the farther the boat may be from it (its error grows
 * with the boat's way and drift since), so a ship sent on it must still find the boat.
 *
 * @param boat   the boat seen
 * @param xNm    where it was, nm east on the grid
 * @param yNm    where it was, nm north on the grid
 * @param tick   when it was seen
 * @param force  the force whose asset saw it, or {@link #DISTRESS_CALL} for a position the boat gave by phone
 * @param asset  the asset that saw it (for a call: the boat)
 */
public record Contact(MigrantBoat boat, double xNm, double yNm, long tick, String force, String asset) {
    /** The {@code force} of a contact that is a boat's own call, and the detail of the case it opens. */
    public static final String DISTRESS_CALL = "distress-call";

    /** Whether the boat gave this position itself, by phone: it will give a newer one (see {@link MrccNetwork#distressCall}). */
    public boolean fromCall() { return DISTRESS_CALL.equals(force); }
}
