package medsim.scenario;

import java.util.Locale;

/**
 * What a vessel under a UN embargo on Libya is suspected of carrying: arms into Libya (the arms
 * embargo of UNSCR 1970 (2011) and 2174 (2014), enforced at sea under UNSCR 2292 (2016)), or
 * crude oil exported illicitly out of it (UNSCR 2146 (2014)). The keys of
 * {@code embargoTraffic} in a scenario, and the suffix of the embargo metrics.
 */
public enum Cargo {
    ARMS, OIL;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The cargo of a key, or null. */
    public static Cargo parse(String key) {
        for (Cargo c : values()) if (c.key().equals(key)) return c;
        return null;
    }
}
