package medsim.record;

import java.util.Locale;

/** A count and its noun, for messages and notes: "1 run", "2 runs", "1 person", "3 people". */
public final class Plural {
    private Plural() {}

    /** The count and the noun, with an "s" unless the count is 1. */
    public static String of(long n, String singular) {
        return of(n, singular, singular + "s");
    }

    /** The count and the noun, for a noun whose plural is not its singular with an "s". */
    public static String of(long n, String singular, String plural) {
        return String.format(Locale.ROOT, "%d %s", n, noun(n, singular, plural));
    }

    /** The noun alone, for a count written otherwise (with thousands separators, say). */
    public static String noun(long n, String singular, String plural) {
        return n == 1 ? singular : plural;
    }
}
