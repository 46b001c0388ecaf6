package medsim.experiment;

/**
 * How a sweep seeds its design points. {@link #COMMON} (the default): replication r has the
 * same seed at every point, {@code Seeds.derive(seed, r)}, the seed replication r of
 * {@code medsim validate --seed seed} has; with the model's keyed random streams, points then
 * differ only where their parameters make them differ (common random numbers).
 * {@link #INDEPENDENT}: every run has its own seed, {@code Seeds.derive(seed, p, r)}.
 */
public enum SeedScheme {
    COMMON("common"),
    INDEPENDENT("independent");

    private final String key;

    SeedScheme(String key) {
        this.key = key;
    }

    /** As written in a sweep file and in sweep.json. */
    public String key() { return key; }

    /** The scheme a sweep file names, or null if it names none of them. */
    public static SeedScheme parse(String key) {
        for (SeedScheme s : values()) if (s.key.equals(key)) return s;
        return null;
    }

    /** The seed of replication {@code replication} at design point {@code point}. */
    public long seed(long sweepSeed, int point, int replication) {
        return this == COMMON ? Seeds.derive(sweepSeed, replication) : Seeds.derive(sweepSeed, point, replication);
    }
}
