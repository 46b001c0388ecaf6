package medsim.mandate;

import java.util.Locale;

/** What becomes of a seized smuggler craft, in this order of preference: the first its mandate allows. */
public enum CraftFate {
    /** Taken to port ({@link Action#DIVERT}). */
    DIVERTED,
    /** Destroyed where it lies ({@link Action#DESTROY}). */
    DESTROYED,
    /** Let go: the mandate allows neither. */
    RELEASED;

    public String key() { return name().toLowerCase(Locale.ROOT); }
}
