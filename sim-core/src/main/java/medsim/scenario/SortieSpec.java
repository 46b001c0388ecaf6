package medsim.scenario;

import medsim.detection.Target;

/**
 * How an aircraft flies its sorties (see {@code medsim.actor.SearchSorties}): it takes off
 * from its base {@code sortiesPerWeek} times a week at evenly spaced times from
 * {@code firstTakeOffHour} on the run's first day (the units of a class staggered evenly
 * between), flies a parallel-sweep pattern over its patrol area with
 * track spacing S = W / {@code searchCoverage}, W being its sensors' sweep width against
 * {@code searchTarget} in the conditions at take-off, and leaves the pattern when its endurance
 * left is the flight home at transit speed plus {@code reserveHours}.
 *
 * @param sortiesPerWeek   sorties a week it is scheduled for (a missed one is not made up)
 * @param firstTakeOffHour hours after 00:00 UTC of the run's first day of the class's first scheduled take-off
 * @param searchCoverage the coverage C = W / S the pattern is planned for
 * @param searchTarget   what the pattern is planned to find
 * @param reserveHours   hours of flight kept in hand on landing
 */
public record SortieSpec(double sortiesPerWeek, double firstTakeOffHour, double searchCoverage, Target searchTarget, double reserveHours) {
    /** Hours between scheduled take-offs. */
    public double intervalHours() { return 168 / sortiesPerWeek; }
}
