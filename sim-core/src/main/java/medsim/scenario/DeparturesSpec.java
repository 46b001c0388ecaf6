package medsim.scenario;

import java.time.LocalDate;
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
    public static final List<String> SCHEDULED_METRICS = List.of("departed_people", "departed_boats", "arrivals_people", "landed_people", "disembarked_people");

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
     * @param enforcementAshore        dated enforcement against the networks at departure points (empty: none)
     * @param enforcementResponse      how people and networks respond to it; null only if {@code enforcementAshore} is empty
     * @param launch                   how the day's launches respond to the forecast, to outcomes heard of and to rescuers ({@code departures.behaviour})
     */
    public record Behaviour(
            double migrantsInLibya,
            double waitingShare,
            double inflowPeoplePerDay,
            double maxShareOfWaitingPerDay,
            Detention detention,
            List<BoatStock> boats,
            List<Enforcement> enforcementAshore,
            EnforcementResponse enforcementResponse,
            LaunchDecision launch) {
        public Behaviour {
            boats = List.copyOf(boats);
            enforcementAshore = List.copyOf(enforcementAshore);
            if (!enforcementAshore.isEmpty() && enforcementResponse == null) throw new IllegalArgumentException("enforcement ashore needs its response");
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

    /**
     * Enforcement ashore against the smuggling networks at one departure point, from {@code from}
     * to {@code to} (both included; {@code to} null: open): raids, arrests, armed groups turning
     * against smuggling. On a day it applies, the networks there launch {@code 1 - strength} of
     * what they otherwise would, lose boats in stock and see people leave for other points
     * ({@link EnforcementResponse}). Entries of one point do not overlap.
     *
     * @param point    a departure point of {@code smuggling.departurePoints}
     * @param strength 0 (none) to 1 (no launch there)
     * @param source   the citation, or {@code assumption} (a what-if)
     */
    public record Enforcement(String point, LocalDate from, LocalDate to, double strength, String source) {
        /** Whether it applies on {@code date}. */
        public boolean appliesOn(LocalDate date) {
            return !date.isBefore(from) && (to == null || !date.isAfter(to));
        }
    }

    /**
     * What enforcement ashore of strength s at a point does each day, besides cutting launches
     * there by the factor 1 - s: a share {@code s x boatsSeizedSharePerDay} of the boats in stock
     * there is seized; a share {@code s x displacedSharePerDay} of the people waiting there
     * (whole people, rounded down) leave for the other points, split by their weights times one
     * minus their own strength that day, and reach them {@code displacementDays} days later; a
     * share {@code displacedGaveUpShare} of those leaving give up on the way (the cost of moving).
     */
    public record EnforcementResponse(double displacedSharePerDay, int displacementDays, double displacedGaveUpShare,
                                      double boatsSeizedSharePerDay) {}

    /**
     * The networks' daily launch decision at each departure point ({@code departures.behaviour}),
     * beyond the people waiting and the boats in stock. Every response is off at its default, so a
     * scenario without the block launches as the day's sea state and the boats allow.
     *
     * <ul>
     *   <li>Forecast: the night's sea state as the networks expect it, the day's Beaufort plus a
     *       normal error of {@code forecastErrorSdBeaufort}, compared with each type's
     *       {@code maxBeaufortToDepart}.</li>
     *   <li>Learning: each boat's outcome (picked up by any ship, of which returned to Libya;
     *       landed unaided; sank, or not heard of within {@code lostAfterDays}) reaches the
     *       networks at its point {@code hearingDelayDays} after it ends, and is weighed
     *       {@code exp(-age / memoryDays)}; the prior counts as {@code priorWeightBoats} boats with
     *       {@code priorPickupChance} picked up and {@code priorReturnRisk} returned.</li>
     *   <li>Launches: the day's most people brought to the beach, {@code maxShareOfWaitingPerDay}
     *       of those waiting, times {@code (pickup / priorPickupChance)^pullElasticity} times
     *       {@code ((1 - return) / (1 - priorReturnRisk))^returnElasticity} (at most all of them).</li>
     *   <li>Rescuers: closeness {@code c = exp(-d / rescuerScaleNm)}, d the distance from the point
     *       to the nearest ship at sea, free to take a case, whose force may rescue today and may
     *       not return people to Libya there; each type's threshold rises by
     *       {@code thresholdShiftBeaufort x c}, rafts' (rubber dinghies') share is multiplied by
     *       {@code 1 + raftPreference x c}, and a boat carries
     *       {@code (1 - fuelChoice) x fuelHours + fuelChoice x min(fuelHours, fuelMarginRatio x d / speedKnots)}
     *       hours of fuel.</li>
     * </ul>
     */
    public record LaunchDecision(
            double forecastErrorSdBeaufort,
            int hearingDelayDays,
            double memoryDays,
            int lostAfterDays,
            double priorPickupChance,
            double priorReturnRisk,
            double priorWeightBoats,
            double pullElasticity,
            double returnElasticity,
            double rescuerScaleNm,
            double thresholdShiftBeaufort,
            double raftPreference,
            double fuelChoice,
            double fuelMarginRatio) {
        /** The decision of a scenario without {@code departures.behaviour}: every field at its declared default (every response off). */
        public static LaunchDecision defaults() {
            return DeparturesLoader.launchDecisionDefaults();
        }
    }
}
