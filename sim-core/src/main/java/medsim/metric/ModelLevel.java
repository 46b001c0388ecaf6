package medsim.metric;

/**
 * A quantity of the model's state that a level metric reads: the model answers for each one
 * when asked ({@link Recorder#endDay}, and at the end of a run), so levels are named, never
 * kept in an order a comment has to keep. No event marks these, so they are not counted from
 * events.
 */
public enum ModelLevel {
    /** People aboard migrant boats at sea. */
    PEOPLE_AT_SEA,
    /** People aboard ships, taken off boats and not yet landed. */
    PEOPLE_ABOARD_ASSETS,
    /** People the smugglers hold ashore waiting for a boat: an expected number, which may hold a fraction of a person. */
    PEOPLE_WAITING_ASHORE,
    /** {@link #PEOPLE_WAITING_ASHORE} rounded down to whole people. */
    WHOLE_PEOPLE_WAITING_ASHORE,
    /** People the coastguard returned to Libya, held in detention (behaviour mode; 0 in schedule mode). */
    PEOPLE_IN_DETENTION,
    /** People displaced between departure points by enforcement ashore, not yet arrived (behaviour mode; 0 in schedule mode). */
    PEOPLE_IN_TRANSIT_ASHORE,
    /** Whole boats the networks hold ashore, all points and types (behaviour mode; 0 in schedule mode). */
    BOATS_IN_STOCK,
    /** Migrant boats at sea. */
    BOATS_AT_SEA,
    /** The day's sea state, Beaufort, from the weather model. */
    BEAUFORT,
    /** The smugglers' current share of departures by one boat type (the level's key), adapted to their losses. */
    BOAT_TYPE_SHARE(true),
    /** The chance a boat is picked up that the networks at one departure point (the key) expect (behaviour mode). */
    EXPECTED_PICKUP_CHANCE(true),
    /** The chance of interception and return to Libya they expect there (behaviour mode). */
    EXPECTED_RETURN_RISK(true),
    /** Closeness of the nearest rescuer to one departure point at the day's start, exp(-distance / rescuerScaleNm) (behaviour mode). */
    RESCUER_CLOSENESS(true),
    /** People released from detention to wait again, since the run began (behaviour mode). */
    REATTEMPTING_CUMULATIVE;

    private final boolean breakdown;

    ModelLevel() { this(false); }

    ModelLevel(boolean breakdown) { this.breakdown = breakdown; }

    /** Whether the level is one of a breakdown (by boat type, by departure point): its metrics carry a key. */
    public boolean isBreakdown() { return breakdown; }
}
