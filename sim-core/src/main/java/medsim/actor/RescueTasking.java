package medsim.actor;

/**
 * A case an MRCC coordinates: a boat known to be in distress (it called, or was sighted),
 * and the asset sent to it, if any yet.
 */
public final class RescueTasking {
    private final long id;
    private final MigrantBoat boat;
    private final long openedTick;
    private Mrcc mrcc;
    private Asset asset;
    private boolean closed;

    public RescueTasking(long id, MigrantBoat boat, Mrcc mrcc, long openedTick) {
        this.id = id;
        this.boat = boat;
        this.mrcc = mrcc;
        this.openedTick = openedTick;
    }

    public long id() { return id; }
    public MigrantBoat boat() { return boat; }
    public long openedTick() { return openedTick; }
    public Mrcc mrcc() { return mrcc; }
    public Asset asset() { return asset; }
    public boolean isClosed() { return closed; }
    public boolean isAssigned() { return asset != null; }

    void handOver(Mrcc to) { mrcc = to; }
    void assign(Asset a) { asset = a; }

    /** The asset dropped the case (full, out of mandate): the MRCC must find another. */
    public void release() { asset = null; }

    /** The boat is no longer at sea, or nobody aboard needs rescue. */
    public void close() { closed = true; }
}
