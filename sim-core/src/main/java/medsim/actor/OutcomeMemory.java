package medsim.actor;

import java.util.ArrayDeque;

import medsim.scenario.DeparturesSpec;

/**
 * What the networks at each departure point have heard of their boats' fates, and the chances
 * they expect from it (behaviour mode, {@link DeparturesSpec.LaunchDecision}): the chance that
 * a boat is picked up (rescued or intercepted) before it founders, and the chance that it is
 * intercepted and its people returned to Libya.
 *
 * <p>A fate reaches the point {@code hearingDelayDays} after it happened; from then on it
 * weighs {@code exp(-age / memoryDays)}, age in whole days since it was heard. The prior counts
 * as {@code priorWeightBoats} outcomes that are never forgotten, so an expected chance is
 * {@code (prior x priorWeight + weighted picked up) / (priorWeight + weighted outcomes)}.
 */
public final class OutcomeMemory {

    /** A boat's fate as the networks hear of it. */
    public enum Fate {
        /** Rescued or intercepted, its people taken to a place of safety. */
        PICKED_UP,
        /** Intercepted (or rescued) by a ship that returns its people to Libya. */
        RETURNED,
        /** It landed by itself. */
        LANDED,
        /** It sank with everyone, or was not heard of again. */
        LOST;

        boolean pickedUp() { return this == PICKED_UP || this == RETURNED; }
    }

    private record Heard(long day, int point, Fate fate) {}

    private final DeparturesSpec.LaunchDecision spec;
    /** The last day begun, for the days of ageing since; none yet. */
    private long lastDay = Long.MIN_VALUE;
    private final double[] outcomes;
    private final double[] pickedUp;
    private final double[] returned;
    /** Fates not yet heard of, in the order they happened (so in the order they will be heard). */
    private final ArrayDeque<Heard> pending = new ArrayDeque<>();

    public OutcomeMemory(DeparturesSpec.LaunchDecision spec, int points) {
        this.spec = spec;
        outcomes = new double[points];
        pickedUp = new double[points];
        returned = new double[points];
    }

    /** A boat from {@code point} met its {@code fate} on {@code epochDay}: the point hears of it {@code hearingDelayDays} later. */
    public void happened(long epochDay, int point, Fate fate) {
        pending.addLast(new Heard(epochDay + spec.hearingDelayDays(), point, fate));
    }

    /** The start of {@code epochDay}: what was heard before ages by the days since the last day begun, and the fates due today are heard. */
    public void startDay(long epochDay) {
        double forget = lastDay == Long.MIN_VALUE ? 1 : Math.exp(-(epochDay - lastDay) / spec.memoryDays());
        lastDay = epochDay;
        for (int p = 0; p < outcomes.length; p++) {
            outcomes[p] *= forget;
            pickedUp[p] *= forget;
            returned[p] *= forget;
        }
        while (!pending.isEmpty() && pending.peekFirst().day() <= epochDay) {
            Heard h = pending.pollFirst();
            outcomes[h.point()] += 1;
            if (h.fate().pickedUp()) pickedUp[h.point()] += 1;
            if (h.fate() == Fate.RETURNED) returned[h.point()] += 1;
        }
    }

    /** The chance the networks at {@code point} expect that a boat is picked up before it founders. */
    public double pickupChance(int point) {
        return (spec.priorPickupChance() * spec.priorWeightBoats() + pickedUp[point]) / (spec.priorWeightBoats() + outcomes[point]);
    }

    /** The chance they expect that a boat is intercepted and its people returned to Libya. */
    public double returnRisk(int point) {
        return (spec.priorReturnRisk() * spec.priorWeightBoats() + returned[point]) / (spec.priorWeightBoats() + outcomes[point]);
    }

    /**
     * How the day's launches scale with what the point has heard:
     * {@code (pickup / priorPickupChance)^pullElasticity x ((1 - return) / (1 - priorReturnRisk))^returnElasticity};
     * exactly 1 with both elasticities 0.
     */
    public double launchFactor(int point) {
        double f = 1;
        if (spec.pullElasticity() != 0) f *= Math.pow(pickupChance(point) / spec.priorPickupChance(), spec.pullElasticity());
        if (spec.returnElasticity() != 0) f *= Math.pow((1 - returnRisk(point)) / (1 - spec.priorReturnRisk()), spec.returnElasticity());
        return f;
    }
}
