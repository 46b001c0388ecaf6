package medsim.mandate;

import java.time.LocalDate;
import java.util.List;

import medsim.geo.SeaZone;

/**
 * A force's legal mandate: the list of what it may do, where and when. Only the
 * rules of engagement ({@code medsim.actor.RulesOfEngagement}) ask it, before every action;
 * nothing about mandates is written in code.
 */
public record Mandate(List<MandateEntry> entries) {

    public Mandate {
        entries = List.copyOf(entries);
    }

    public boolean allows(Action action, SeaZone zone, LocalDate date) {
        for (MandateEntry e : entries) if (e.covers(action, zone, date)) return true;
        return false;
    }

    /** Whether any entry allows the action on that date, in some zone: a capability of the day. */
    public boolean allowsSomewhere(Action action, LocalDate date) {
        for (MandateEntry e : entries) if (e.inForce(action, date)) return true;
        return false;
    }

    /** The entry that allows it, for the record and the inspector; null if none does. */
    public MandateEntry basisFor(Action action, SeaZone zone, LocalDate date) {
        for (MandateEntry e : entries) if (e.covers(action, zone, date)) return e;
        return null;
    }
}
