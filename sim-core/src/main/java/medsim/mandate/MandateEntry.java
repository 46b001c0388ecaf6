package medsim.mandate;

import java.time.LocalDate;
import java.util.List;

import medsim.geo.SeaZone;

/**
 * One authorisation: an action, in some sea zones, from a date to a date (inclusive;
 * {@code to} null means open-ended), with the legal basis it rests on.
 */
public record MandateEntry(Action action, List<ZoneSelector> zones, LocalDate from, LocalDate to, String basis) {

    public MandateEntry {
        zones = List.copyOf(zones);
    }

    public boolean covers(Action a, SeaZone zone, LocalDate date) {
        if (!inForce(a, date)) return false;
        for (ZoneSelector z : zones) if (z.matches(zone)) return true;
        return false;
    }

    /** Whether it authorises the action on that date, in whichever zones it names. */
    public boolean inForce(Action a, LocalDate date) {
        return a == action && !date.isBefore(from) && (to == null || !date.isAfter(to));
    }
}
