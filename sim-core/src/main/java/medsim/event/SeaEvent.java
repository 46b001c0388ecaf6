package medsim.event;

/**
 * One thing that happened: when (tick), where, who acted, to which boat, how many people.
 * {@code distanceLibyaNm} is the distance from the Libyan coast (NaN where meaningless).
 */
public record SeaEvent(long tick, EventType type, double latDeg, double lonDeg, String actor, long boatId,
                       int people, String zone, double distanceLibyaNm, String detail) {}
