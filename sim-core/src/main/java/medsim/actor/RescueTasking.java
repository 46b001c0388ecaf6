package medsim.actor;

/**
 * A SAR case: a boat known to be in distress (it called, was sighted, a contact was shared
 * with an MRCC, or an interceptor left people aboard), the MRCC responsible for it, and the
 * asset sent to it, if any yet: the one record of who is assigned. Only the
 * {@link MrccNetwork} changes it.
 */
public final class RescueTasking {
    private final long id;
    private final MigrantBoat boat;
    private final long openedTick;
    private Mrcc mrcc;
    private Asset asset;
    private long firstTaskedTick = -1;
    private long firstOnSceneTick = -1;
    private boolean closed;
    private Contact contact;

    RescueTasking(long id, MigrantBoat boat, Mrcc mrcc, long openedTick) {
        this.id = id;
        this.boat = boat;
        this.mrcc = mrcc;
        this.openedTick = openedTick;
    }

    public long id() { return id; }
    public MigrantBoat boat() { return boat; }
    /** The tick of its first report. */
    public long openedTick() { return openedTick; }
    /** The MRCC responsible now (the fallback MRCC once handed over). */
    public Mrcc mrcc() { return mrcc; }
    /** The asset assigned now, or null. */
    public Asset asset() { return asset; }
    public boolean isClosed() { return closed; }
    public boolean isAssigned() { return asset != null; }
    /** The tick of its first tasking, or -1. */
    public long firstTaskedTick() { return firstTaskedTick; }
    /** The tick the first asset reached the boat, or -1. */
    public long firstOnSceneTick() { return firstOnSceneTick; }

    /**
     * Where the MRCC believes the boat is, if the case came from a contact shared through an
     * information link (the latest such contact); null if it knows where the boat is (a
     * distress call, or a sighting by a unit it coordinates).
     */
    public Contact contact() { return contact; }

    /** A newer contact of the boat reached the MRCC. */
    void updateContact(Contact c) {
        if (contact == null || c.tick() >= contact.tick()) contact = c;
    }

    void handOver(Mrcc to) { mrcc = to; }

    /** Returns whether this is the case's first tasking. */
    boolean assign(Asset a, long tick) {
        asset = a;
        if (firstTaskedTick >= 0) return false;
        firstTaskedTick = tick;
        return true;
    }

    /** Returns whether this is the first asset on scene. */
    boolean onScene(long tick) {
        contact = null; // an asset is alongside: where the boat is is known
        if (firstOnSceneTick >= 0) return false;
        firstOnSceneTick = tick;
        return true;
    }

    void release() { asset = null; }

    void close() { closed = true; }
}
