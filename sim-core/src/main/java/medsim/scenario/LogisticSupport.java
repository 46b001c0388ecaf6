package medsim.scenario;

import java.time.LocalDate;

/**
 * Logistic support to a force's ships by another force (replenishment at sea: fuel, stores),
 * dated like a mandate entry: a ship of the supported force that sails from its base on a day
 * from {@code from} to {@code to} (inclusive; null: open) stays out {@code enduranceFactor}
 * times its {@code enduranceHours} before it must return to base, so it spends more of its
 * time in its area and less in transit and port. Aircraft are not concerned.
 *
 * @param provider the force that gives it (a force id of the scenario)
 * @param basis    what it rests on, with its citation
 */
public record LogisticSupport(String provider, LocalDate from, LocalDate to, double enduranceFactor, String basis) {
    /** Whether it is in force on that date. */
    public boolean inForce(LocalDate date) {
        return !date.isBefore(from) && (to == null || !date.isAfter(to));
    }
}
