package medsim.scenario;

import java.time.LocalDate;

import medsim.geo.GeoPolygon;

/**
 * A search-and-rescue region and the MRCC that coordinates rescues in it, from a date
 * to a date (null: open). Boundaries are approximations; {@code source} says of what.
 */
public record SearchRescueRegion(String id, String mrcc, LocalDate from, LocalDate to, GeoPolygon polygon, String source) {

    public boolean inForce(LocalDate date) {
        return !date.isBefore(from) && (to == null || !date.isAfter(to));
    }
}
