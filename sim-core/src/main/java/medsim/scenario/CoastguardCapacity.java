package medsim.scenario;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The stocks a coastguard's capability follows from ({@code coastguardCapacity:} in a
 * scenario): its boats (serviceable at the start, then dated deliveries, repairs and losses),
 * the people who crew them (at the start, and the graduates of dated training courses, some of
 * whom leave for the militias each year), how many of its serviceable boats are ready on a day
 * (maintenance), and what training changes at sea: how far from the coast it operates and
 * whether its boats act at night. Its units are asset classes of {@link #force}, each tied to a
 * town (the class's base) with a home stretch of coast (the class's patrol area), a share of
 * the boats and a willingness to intercept that dated local deals with the smugglers of a
 * departure point lower. What it does on a day is computed each day from these stocks
 * ({@code medsim.actor.CoastguardLedger}); nothing here is a count of boats at sea.
 *
 * @param force              the force whose asset classes are the units
 * @param initialServiceableBoats boats able to sail on the period's first day, all units together
 * @param boatChanges        dated changes to the serviceable boats (deliveries and repairs add, losses subtract), in date order
 * @param availability       share of the serviceable boats ready to sail on a day (the rest in maintenance), in (0, 1]
 * @param crewPerBoat        people needed to sail one boat
 * @param initialPersonnel   people able to crew its boats on the first day, without courses of their own in the period
 * @param trainingLagDays    days from a course's end to its graduates serving at sea
 * @param attritionPerYear   trained people who leave for the militias, per person per year (a rate: exp(-rate x years) stay)
 * @param untrainedRangeNm   how far from the Libyan coast its boats operate when none of its personnel is trained, nm
 * @param trainedRangeNm     the same when all are trained (linear in the trained share between)
 * @param untrainedNightShare share of its boats at sea that act at night (intercept a boat) when none is trained
 * @param trainedNightShare  the same when all are trained
 * @param courses            dated training courses, in start order
 * @param units              its units by asset class id (of {@link #force}), in file order
 */
public record CoastguardCapacity(String force, int initialServiceableBoats, List<BoatChange> boatChanges, double availability,
                                 int crewPerBoat, int initialPersonnel, int trainingLagDays, double attritionPerYear,
                                 double untrainedRangeNm, double trainedRangeNm, double untrainedNightShare, double trainedNightShare,
                                 List<Course> courses, Map<String, Unit> units) {

    public CoastguardCapacity {
        boatChanges = List.copyOf(boatChanges);
        courses = List.copyOf(courses);
        units = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(units));
    }

    /**
     * A dated change to the serviceable boats: {@code count} boats delivered or repaired
     * (positive) or lost or laid up (negative) on {@code date}; {@code source} cites it.
     */
    public record BoatChange(LocalDate date, int count, String source) {}

    /** Where a course's trainees come from. */
    public enum Intake {
        /** Serving personnel: away from the boats from the course's start, back trained after it and the lag. */
        SERVING,
        /** New recruits: the graduates add to the personnel after the course and the lag. */
        RECRUITS
    }

    /**
     * A training course: from {@code start} to {@code end} (both included), {@code trainees}
     * begin and {@code graduates} finish; {@code source} cites it (or says {@code assumption}).
     */
    public record Course(String id, LocalDate start, LocalDate end, int trainees, int graduates, Intake intake, String source) {
        /** The first day its graduates serve at sea, {@code lagDays} after its end. */
        public LocalDate servingFrom(int lagDays) {
            return end.plusDays(lagDays + 1L);
        }
    }

    /**
     * A unit: an asset class of the force (its base the unit's town, its patrol area the unit's
     * home stretch), with {@code boatShare} of the force's ready boats (the shares are weights),
     * a {@code willingness} to intercept a boat it sees, in [0, 1], and dated {@code deals} with
     * the smugglers of departure points, which lower it.
     */
    public record Unit(String assetClass, double boatShare, double willingness, List<Deal> deals) {
        public Unit {
            deals = List.copyOf(deals);
        }

        /**
         * The chance it intercepts a boat from {@code point} that it sees on {@code date}:
         * its willingness times (1 - the strength of the deal with that point in force then).
         */
        public double interceptChance(String point, LocalDate date) {
            double w = willingness;
            for (Deal d : deals) if (d.point().equals(point) && d.appliesOn(date)) w *= 1 - d.strength();
            return w;
        }
    }

    /**
     * A local deal between a unit and the smugglers of a departure point: from {@code from} to
     * {@code to} (open if null), the unit lets go a share {@code strength} of the boats from that
     * point it would otherwise intercept; {@code source} cites it, or says {@code assumption}.
     */
    public record Deal(String point, LocalDate from, LocalDate to, double strength, String source) {
        public boolean appliesOn(LocalDate date) {
            return !date.isBefore(from) && (to == null || !date.isAfter(to));
        }
    }
}
