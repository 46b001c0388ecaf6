package medsim.detection;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What is searched for. Each maps to the nearest search object of the IAMSAR / US National SAR
 * Supplement sweep-width tables (the mapping and its reasons are in
 * {@code scenarios/base/detection.yaml}), and to the weather-correction class those tables use.
 */
public enum Target {
    /** An inflatable boat of about 10-12 m carrying 100-150 people; low freeboard, grey or black tubes. */
    RUBBER_DINGHY(true),
    /** A wooden fishing boat of about 15-25 m carrying 300-700 people. */
    WOODEN_BOAT(false),
    /** A smuggler's speedboat (an escort or "mothership" tender) of about 6-8 m. */
    SMUGGLER_CRAFT(true),
    /** A merchant ship (100 m and more). */
    MERCHANT_SHIP(false),
    /** A person in the water. */
    PERSON_IN_WATER(true);

    private final boolean small;

    Target(boolean small) {
        this.small = small;
    }

    /**
     * Whether the weather corrections for small targets apply (a person in the water or a boat
     * under about 30 ft / 10 m; JP 3-50 National SAR Manual Vol. I, App. D, Table D-1). The
     * rubber dinghy is longer, but its tubes ride a few decimetres above the water, so it is
     * treated as small (an assumption, {@code detection.yaml}).
     */
    public boolean small() { return small; }

    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<Target> byKey(String key) {
        return Arrays.stream(values()).filter(t -> t.key().equals(key)).findFirst();
    }
}
