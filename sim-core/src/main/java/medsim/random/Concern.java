package medsim.random;

/**
 * What a random stream is about. Each concern has a fixed code that goes into the stream's
 * seed, so adding, removing or reordering concerns never moves another concern's draws.
 * Codes must never be reused or changed: a new concern takes a new code.
 */
public enum Concern {
    /** The day's sea-state anomaly; key: the day (epoch day). */
    WEATHER(1),
    /**
     * One boat's own decisions: its type, load, departure point and hour, destination and
     * escort, and the key that names it in its later draws ({@link #CAPSIZE},
     * {@link #CASUALTIES}, {@link #DISTRESS_CALL}, others' {@link #SENSING}), each keyed on its
     * own so that a draw skipped in one run (a call not made because the boat was seen first)
     * moves no other. Key: the day its departure was planned (epoch day) and its place in that
     * day's plan; not the boat id, which counts boats over the whole run, so that one more boat
     * on one day would move every later boat's stream.
     */
    BOAT(2),
    /**
     * When an asset detects a boat, an empty boat or a suspect ship: one uniform a detection,
     * made the unit-exponential threshold of exposure it needs ({@link RandomStreams#uniform});
     * key: the asset, the target and the detection's ordinal (0 for the first).
     */
    SENSING(3),
    /** An asset's choice of patrol points on a day ({@link DailyUniforms}); key: the asset id, the day and the draw's number that day. */
    PATROL(4),
    /** The MRCC's choice of a place of safety for an asset landing people on a day; key: the asset id and the day. */
    PLACE_OF_SAFETY(5),
    // Code 6 was the draw of merchant ships suspected of carrying arms, retired with the embargo traffic (EMBARGO_TRAFFIC): never reuse it.
    /** Whether an inspection finds the embargoed cargo; key: the vessel's key (a vessel is inspected at most once). */
    INSPECTION(7),
    /** As {@link #SENSING}, for a smuggler craft; key: the asset, the boat it escorts and the detection's ordinal. */
    CRAFT_SENSING(8),
    /**
     * When a boat capsizes: one uniform a capsize, made the unit-exponential threshold its
     * integrated capsize hazard must reach ({@link RandomStreams#uniform}); key: the boat (its
     * {@code randomKey}) and the capsize's ordinal (0 for its first), not the tick, so the same
     * boat meets the same threshold at any tick length.
     */
    CAPSIZE(9),
    /** How many die when a boat capsizes (one uniform, inverted through the binomial); key: the boat and the capsize's ordinal. */
    CASUALTIES(10),
    /** Whether a boat calls for help once it is far enough out (one draw a voyage); key: the boat. */
    DISTRESS_CALL(11),
    /**
     * People returned to Libya in one landing: how many days they are held, then for each person
     * whether they are deported, give up or wait to cross again; key: the asset that landed them
     * and the landing's ordinal among its landings.
     */
    DETENTION(12),
    /** How many boat drivers are arrested among people landed at a place of safety (one uniform, inverted through the binomial); key: the asset or boat landing them, and the landing's ordinal among theirs. */
    DRIVER_ARREST(13),
    /** The error in the position a boat's call gives (two uniforms, through the normal); key: the boat and its call's number. */
    DISTRESS_POSITION(20),
    /**
     * The error of the networks' forecast of the night's sea state at a departure point (behaviour
     * mode; one uniform, through the normal); key: the day (epoch day) and the point's index.
     */
    SEA_FORECAST(21),
    /**
     * Whether a coastguard unit intercepts a boat it sees and may intercept, or lets it go (its
     * willingness and local deals: {@code coastguardCapacity.units}); one uniform per unit and
     * boat, so a unit treats a boat the same at every look; key: the unit's asset class and the boat.
     */
    COLLUSION(22),
    /**
     * The day's vessels of one embargo traffic: how many get under way (Poisson), and each one's
     * time in the day, gate, port and key; key: the day (epoch day) and the cargo's ordinal.
     */
    EMBARGO_TRAFFIC(23);

    private final long code;

    Concern(long code) {
        this.code = code;
    }

    long code() { return code; }
}
