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
    BOAT_TYPE_SHARE
}
