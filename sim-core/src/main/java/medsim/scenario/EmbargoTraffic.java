package medsim.scenario;

import java.time.LocalDate;
import java.util.List;

import medsim.geo.GeoPoint;

/**
 * Vessels suspected of breaking a UN embargo on Libya, generated as traffic: on each day from
 * {@code from} to {@code to} (inclusive; null: open), a Poisson number with mean
 * {@code vesselsPerDay} get under way at uniform times of the day. A vessel {@link Direction#TO_LIBYA}
 * enters the map at one of {@code seaGates} and sails the sea route to one of
 * {@code libyanPorts}; one {@link Direction#FROM_LIBYA} leaves one of the ports for a gate (gate
 * and port drawn uniformly), at {@code speedKnots}. Ships and aircraft of the forces in
 * {@code watchedBy} see them with their sensors (as merchant ships) and report them; if
 * {@code inspectable}, a ship of a watching force whose mandate allows {@code inspect} where the
 * vessel is boards and searches it, finds the cargo with {@code cargoFoundProbability}, seizes it
 * where it may {@code seize} and diverts the vessel to its own base where it may {@code divert}.
 * A vessel not stopped delivers: arms landed in Libya, oil carried off the map.
 *
 * @param basis what the embargo rests on, with its citation
 */
public record EmbargoTraffic(Cargo cargo, Direction direction, double vesselsPerDay, LocalDate from, LocalDate to,
                             double speedKnots, List<GeoPoint> seaGates, List<String> libyanPorts, List<String> watchedBy,
                             boolean inspectable, double cargoFoundProbability, String basis) {

    /** Which way the cargo goes. */
    public enum Direction {
        TO_LIBYA, FROM_LIBYA;

        public String key() { return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'); }

        public static Direction parse(String key) {
            for (Direction d : values()) if (d.key().equals(key)) return d;
            return null;
        }
    }

    public EmbargoTraffic {
        seaGates = List.copyOf(seaGates);
        libyanPorts = List.copyOf(libyanPorts);
        watchedBy = List.copyOf(watchedBy);
    }

    /** Whether vessels get under way on that date. */
    public boolean inForce(LocalDate date) {
        return !date.isBefore(from) && (to == null || !date.isAfter(to));
    }
}
