package medsim.record;

import java.util.Locale;

/** Kinds of things that happen at sea and are written to events.csv. */
public enum EventType {
    DEPARTURE, DISTRESS_CALL, SIGHTING, TASKING, RESCUE, INTERCEPTION, CAPSIZE, DEATH, LANDING,
    DISEMBARKATION, RETURN_TO_LIBYA, BOAT_DESTROYED, ESCORT_SEIZED, INSPECTION, ARMS_SEIZED, TASKING_ABANDONED;

    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
