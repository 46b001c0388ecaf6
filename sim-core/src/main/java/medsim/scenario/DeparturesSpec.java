package medsim.scenario;

import java.util.List;

/**
 * What sets the departures of a run, the scenario's {@code departures:} block.
 *
 * <ul>
 *   <li>{@link Mode#SCHEDULE}: the monthly plan of {@code smuggling.plan} (times
 *       {@code planScale}), which the shipped plans take from the record of sea arrivals. This
 *       conditions the run on the record: arrivals and their monthly shape are inputs, so
 *       {@code validate} refuses targets on them ({@link #determinedBySchedule}).</li>
 *   <li>{@link Mode#BEHAVIOUR}: people wait ashore at each departure point ({@link Behaviour}),
 *       come in at a flat rate, and the networks launch boats each day as the sea, the people
 *       waiting and their boats allow. People returned by the coastguard are detained and most
 *       try again. No observed outcome series enters.</li>
 * </ul>
 *
 * @param behaviour the behaviour's parameters; null in schedule mode
 */
public record DeparturesSpec(Mode mode, Behaviour behaviour) {

    public enum Mode {
        SCHEDULE, BEHAVIOUR;

        public String key() { return name().toLowerCase(java.util.Locale.ROOT); }
    }

    public DeparturesSpec {
        if ((mode == Mode.BEHAVIOUR) != (behaviour != null)) throw new IllegalArgumentException("behaviour parameters go with behaviour mode only");
    }

    public static final DeparturesSpec SCHEDULE = new DeparturesSpec(Mode.SCHEDULE, null);

    /**
     * The metric families a departure schedule determines: the people who depart and arrive
     * follow the plan, so comparing them with the record the plan came from tests nothing.
     */
    public static final List<String> SCHEDULED_METRICS = List.of("departed_people", "arrivals_people", "landed_people", "disembarked_people");

    /** Whether a validation target on {@code metric} compares with what a schedule sets ({@link #SCHEDULED_METRICS}, or a breakdown of one). */
    public static boolean determinedBySchedule(String metric) {
        for (String m : SCHEDULED_METRICS) {
            if (metric.equals(m) || metric.startsWith(m + ".")) return true;
        }
        return false;
    }

    /**
     * People waiting to cross, and how the networks launch them.
     *
     * <p>Initial stock = {@code migrantsInLibya} x {@code waitingShare}, split over the departure
     * points by {@code smuggling.departurePoints}; inflow {@code inflowPeoplePerDay}, flat over the
     * period, split the same way. Each day at each point the networks bring at most
     * {@code maxShareOfWaitingPerDay} of the people waiting there to the beach, and fill boats of
     * the types the day's sea state allows ({@code BoatType.maxBeaufortToDepart}), chosen by the
     * networks' current shares, while boats of those types are in stock there.
     *
     * @param migrantsInLibya          migrants present in Libya (people)
     * @param waitingShare             share of them waiting to cross from the western coast (0 to 1)
     * @param inflowPeoplePerDay       people who join those waiting each day, all points together
     * @param maxShareOfWaitingPerDay  the most of a point's waiting people launched in one day (0 to 1)
     * @param detention                what happens to people the coastguard returns
     * @param boats                    boat stocks by boat type, one entry per type of {@code smuggling.boatTypes}
     */
    public record Behaviour(
            double migrantsInLibya,
            double waitingShare,
            double inflowPeoplePerDay,
            double maxShareOfWaitingPerDay,
            Detention detention,
            List<BoatStock> boats) {
        public Behaviour {
            boats = List.copyOf(boats);
        }

        /** People waiting at the start, all points together (whole people, rounded down). */
        public long initialWaitingPeople() {
            return (long) Math.floor(migrantsInLibya * waitingShare);
        }
    }

    /**
     * People returned to Libya are held for a whole number of days drawn uniformly from
     * {@code minDays} to {@code maxDays}; on release each person is deported with probability
     * {@code deportedShare}, gives up crossing with probability {@code gaveUpShare}, and
     * otherwise waits again at the departure point nearest the port of return.
     */
    public record Detention(int minDays, int maxDays, double deportedShare, double gaveUpShare) {}

    /**
     * The boats of one type each departure point holds: {@code initialPerPoint} at the start,
     * {@code replenishPerDayPerPoint} more each day (rafts imported, wooden boats bought), up to
     * {@code maxPerPoint}.
     */
    public record BoatStock(String boatType, double initialPerPoint, double replenishPerDayPerPoint, double maxPerPoint) {}
}
