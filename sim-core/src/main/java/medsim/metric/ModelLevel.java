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
    REATTEMPTING_CUMULATIVE,
    /** The coastguard's serviceable boats today (coastguardCapacity: the initial stock and the dated changes so far). */
    COASTGUARD_BOATS_SERVICEABLE,
    /** Its boats ready to sail today: serviceable times availability, rounded. */
    COASTGUARD_BOATS_READY,
    /** People serving in it today, trained or not. */
    COASTGUARD_PERSONNEL_SERVING,
    /** Trained people serving today: graduates after the training lag, less those gone to the militias (an expectation). */
    COASTGUARD_PERSONNEL_TRAINED,
    /** Crews it can man today: people serving over the crew per boat, rounded down. */
    COASTGUARD_CREWS,
    /** Its boats in service today: the fewer of the ready boats and the crews. */
    COASTGUARD_BOATS_IN_SERVICE,
    /** How far from the Libyan coast its boats operate today, nm (by the trained share). */
    COASTGUARD_RANGE_NM,
    /** One unit's (the key) boats in service today. */
    COASTGUARD_UNIT_BOATS_IN_SERVICE(true),
    /** One unit's (the key) boats at sea at the day's end. */
    COASTGUARD_UNIT_BOATS_AT_SEA(true);

    private final boolean breakdown;

    ModelLevel() { this(false); }

    ModelLevel(boolean breakdown) { this.breakdown = breakdown; }

    /** Whether the level is one of a breakdown (by boat type, by departure point): its metrics carry a key. */
    public boolean isBreakdown() { return breakdown; }
}
