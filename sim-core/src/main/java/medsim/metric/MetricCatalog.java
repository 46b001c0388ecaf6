package medsim.metric;

import static medsim.metric.EventFilter.Field.ACTOR;
import static medsim.metric.EventFilter.Field.DETAIL;
import static medsim.metric.EventFilter.all;
import static medsim.metric.EventFilter.where;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import medsim.event.EventType;
import medsim.mandate.Action;
import medsim.mandate.CraftFate;
import medsim.mandate.Refusal;

/**
 * Every metric a run of a scenario records, declared once each ({@link Metric}: name, unit,
 * flow or level, how computed), in their fixed order: the counters (flows, computed from
 * events; summed over the run in summary.csv and per day in daily.csv), the end-of-day
 * levels (daily.csv), and the end-of-run totals that close summary.csv. Known before a run,
 * so validation targets and sweep metrics can be checked when loaded.
 *
 * <p>A catalogue is made from the few things of a scenario its metrics break down by
 * (departure points, boat types, places of safety, forces and their assets), in the
 * scenario's order: {@code medsim.scenario.Scenario#metrics()} gives a scenario's. It knows
 * nothing else of scenarios, so that the scenario loader can check metric names with it.
 *
 * @param departurePoints the departure points' ids
 * @param boatTypes       the boat types' ids
 * @param placesOfSafety  the places of safety
 * @param forces          the forces, each with its actor group and assets
 * @param behaviour       whether departures come from behaviour ({@code departures.mode: behaviour}): the
 *                        networks' launch decision then has its own metrics ({@link #LAUNCH_BANDS}, the expected
 *                        chances by point), which a schedule run does not record
 * @param coastguardUnits the units of the scenario's {@code coastguardCapacity}, each as its id, its force and its
 *                        assets' ids (empty without one): the coastguard's stocks, and each unit's boats and
 *                        interceptions, then have their own metrics
 * @param cargoes         the keys of the cargoes of the scenario's embargo traffic ({@code arms}, {@code oil}), each with its counts
 */
public record MetricCatalog(List<String> departurePoints, List<String> boatTypes, List<SafePlace> placesOfSafety,
                            List<ForceAssets> forces, boolean behaviour, List<ForceAssets> coastguardUnits, List<String> cargoes) {

    /** The bands of the day's sea state the networks' launch decisions are counted by (the detail of {@code launch-decision} events). */
    public static final List<String> LAUNCH_BANDS = List.of("beaufort-0-2", "beaufort-3", "beaufort-4", "beaufort-5", "beaufort-6+");

    /** The band of {@link #LAUNCH_BANDS} a sea state of {@code beaufort} falls in (by its whole force). */
    public static String launchBand(double beaufort) {
        int b = (int) Math.floor(beaufort);
        return b <= 2 ? LAUNCH_BANDS.get(0) : LAUNCH_BANDS.get(Math.min(b, 6) - 2);
    }

    /** A catalogue of a schedule run. */
    public MetricCatalog(List<String> departurePoints, List<String> boatTypes, List<SafePlace> placesOfSafety, List<ForceAssets> forces) {
        this(departurePoints, boatTypes, placesOfSafety, forces, false, List.of(), List.of());
    }

    /** A catalogue of a scenario without a coastguard's capacity or embargo traffic. */
    public MetricCatalog(List<String> departurePoints, List<String> boatTypes, List<SafePlace> placesOfSafety, List<ForceAssets> forces,
                         boolean behaviour) {
        this(departurePoints, boatTypes, placesOfSafety, forces, behaviour, List.of(), List.of());
    }

    /** A place of safety: its id, and the state (ISO 3166 alpha-3) whose arrivals it counts in. */
    public record SafePlace(String id, String stateCode) {}

    /** A force: its id, the actor group its rescues count under, and its assets' ids. */
    public record ForceAssets(String id, String group, List<String> assetIds) {
        public ForceAssets {
            assetIds = List.copyOf(assetIds);
        }
    }

    public MetricCatalog {
        departurePoints = List.copyOf(departurePoints);
        boatTypes = List.copyOf(boatTypes);
        placesOfSafety = List.copyOf(placesOfSafety);
        forces = List.copyOf(forces);
        coastguardUnits = List.copyOf(coastguardUnits);
        cargoes = List.copyOf(cargoes);
    }

    /** The counters, each computed from events alone. */
    public List<Metric> flows() {
        Declarations d = new Declarations();
        d.add(people("departed_people", all(EventType.DEPARTURE)));
        d.add(count("departed_boats", "boats", all(EventType.DEPARTURE)));
        for (String point : departurePoints) d.add(people("departed_people." + point, where(EventType.DEPARTURE, ACTOR, point)));
        for (String type : boatTypes) d.add(count("departed_boats." + type, "boats", where(EventType.DEPARTURE, DETAIL, type)));
        // A landing names its place as actor, a disembarkation as detail (the asset is its actor).
        d.add(people("arrivals_people", all(EventType.LANDING), all(EventType.DISEMBARKATION)));
        d.add(people("landed_people", all(EventType.LANDING)));
        d.add(people("disembarked_people", all(EventType.DISEMBARKATION)));
        Map<String, List<String>> placesByState = new LinkedHashMap<>();
        for (SafePlace p : placesOfSafety) placesByState.computeIfAbsent(p.stateCode(), k -> new ArrayList<>()).add(p.id());
        placesByState.forEach((state, places) -> d.add(people("arrivals_people." + state,
                where(EventType.LANDING, ACTOR, places), where(EventType.DISEMBARKATION, DETAIL, places))));
        for (SafePlace p : placesOfSafety) {
            d.add(people("arrivals_people." + p.id(), where(EventType.LANDING, ACTOR, p.id()), where(EventType.DISEMBARKATION, DETAIL, p.id())));
        }
        d.add(people("rescued_people", all(EventType.RESCUE)));
        for (ForceAssets f : forces) d.add(people("rescued_people." + f.group(), where(EventType.RESCUE, DETAIL, f.group())));
        d.add(people("intercepted_people", all(EventType.INTERCEPTION)));
        d.add(people("returned_to_libya", all(EventType.RETURN_TO_LIBYA)));
        for (ForceAssets u : coastguardUnits) {
            d.add(people("intercepted_people." + u.id(), where(EventType.INTERCEPTION, ACTOR, u.assetIds())));
        }
        d.add(people("dead_missing", all(EventType.DEATH)));
        d.add(people("reattempting_people", where(EventType.DETENTION_RELEASE, DETAIL, "waiting")));
        d.add(people("gave_up_people", where(EventType.DETENTION_RELEASE, DETAIL, "gave-up"), where(EventType.DISPLACEMENT, DETAIL, "gave-up")));
        d.add(people("gave_up_people.detention", where(EventType.DETENTION_RELEASE, DETAIL, "gave-up")));
        d.add(people("gave_up_people.displacement", where(EventType.DISPLACEMENT, DETAIL, "gave-up")));
        d.add(people("deported_people", where(EventType.DETENTION_RELEASE, DETAIL, "deported")));
        // People leaving a point under enforcement ashore, those who give up on the way included; by the point left.
        d.add(people("displaced_people", all(EventType.DISPLACEMENT)));
        for (String point : departurePoints) d.add(people("displaced_people." + point, where(EventType.DISPLACEMENT, ACTOR, point)));
        if (behaviour) {
            // People the networks put on the day's boats, by the day's sea state: departures by sea state.
            for (String band : LAUNCH_BANDS) {
                d.add(people("launched_people." + band.replace("beaufort-", "beaufort_"), where(EventType.LAUNCH_DECISION, DETAIL, band)));
            }
        }
        d.add(count("capsizes", "capsizes", all(EventType.CAPSIZE)));
        d.add(count("distress_calls", "calls", all(EventType.DISTRESS_CALL)));
        d.add(count("sightings", "sightings", all(EventType.SIGHTING)));
        d.add(count("contacts_shared", "contacts", all(EventType.CONTACT_SHARED)));
        d.add(count("actionable_detections", "boats", all(EventType.ACTIONABLE_DETECTION)));
        d.add(Metric.flow("actionable_detection_minutes_sum", "minutes",
                Derivation.FromEvents.of(EventMeasure.DETAIL_NUMBER, all(EventType.ACTIONABLE_DETECTION))));
        d.add(count("sar_cases", "cases", all(EventType.CASE_OPENED)));
        d.add(count("taskings", "taskings", all(EventType.TASKING)));
        d.add(count("taskings_abandoned", "taskings", all(EventType.TASKING_ABANDONED)));
        d.add(count("rescues", "rescues", all(EventType.RESCUE)));
        d.add(Metric.flow("rescue_distance_libya_nm_sum", "nm",
                Derivation.FromEvents.of(EventMeasure.DISTANCE_LIBYA_NM, all(EventType.RESCUE))));
        d.add(count("boats_destroyed", "boats", all(EventType.BOAT_DESTROYED)));
        for (ForceAssets f : forces) d.add(count("boats_destroyed." + f.id(), "boats", where(EventType.BOAT_DESTROYED, ACTOR, f.assetIds())));
        d.add(count("escorts_seized", "craft", all(EventType.ESCORT_SEIZED)));
        for (CraftFate fate : CraftFate.values()) {
            d.add(count("escorts_" + fate.key(), "craft", where(EventType.ESCORT_SEIZED, DETAIL, fate.key())));
        }
        // Smugglers apprehended: the crews of escort craft seized at sea, and boat drivers arrested
        // where people are landed; by force, those its assets seized or landed.
        d.add(people("smugglers_apprehended", all(EventType.ESCORT_SEIZED), all(EventType.DRIVERS_ARRESTED)));
        d.add(people("smugglers_apprehended.escort_crews", all(EventType.ESCORT_SEIZED)));
        d.add(people("smugglers_apprehended.drivers", all(EventType.DRIVERS_ARRESTED)));
        for (ForceAssets f : forces) {
            d.add(people("smugglers_apprehended." + f.id(), where(EventType.ESCORT_SEIZED, ACTOR, f.assetIds()),
                    where(EventType.DRIVERS_ARRESTED, ACTOR, f.assetIds())));
        }
        if (!coastguardUnits.isEmpty()) {
            d.add(people("coastguard_graduates", all(EventType.COURSE_GRADUATION)));
            d.add(count("coastguard_boat_changes", "changes", all(EventType.BOAT_STOCK_CHANGE)));
        }
        d.add(count("inspections", "inspections", all(EventType.INSPECTION)));
        // The embargo traffic, by cargo: vessels under way, seen by a watching force, first sightings shared along links, inspected, cargo seized, diverted, delivered.
        for (String c : cargoes) {
            d.add(count("embargo_vessels." + c, "vessels", where(EventType.EMBARGO_DEPARTURE, DETAIL, c)));
            d.add(count("embargo_sighted." + c, "vessels", where(EventType.EMBARGO_SIGHTING, DETAIL, c)));
            d.add(count("embargo_contacts_shared." + c, "contacts", where(EventType.EMBARGO_CONTACT_SHARED, DETAIL, c)));
            d.add(count("inspections." + c, "inspections", where(EventType.INSPECTION, DETAIL, c)));
            d.add(count("cargo_seized." + c, "seizures", where(EventType.CARGO_SEIZED, DETAIL, c)));
            d.add(count("embargo_diverted." + c, "vessels", where(EventType.EMBARGO_DIVERSION, DETAIL, c)));
            d.add(count("embargo_delivered." + c, "vessels", where(EventType.EMBARGO_DELIVERY, DETAIL, c)));
        }
        d.add(count("refusals", "refusals", all(EventType.REFUSAL)));
        for (Action a : Action.values()) {
            List<String> details = new ArrayList<>();
            for (Refusal r : Refusal.values()) details.add(r.detail(a));
            d.add(count("refusals." + a.key(), "refusals", where(EventType.REFUSAL, DETAIL, details)));
        }
        for (Refusal r : Refusal.values()) {
            List<String> details = new ArrayList<>();
            for (Action a : Action.values()) details.add(r.detail(a));
            d.add(count("refusals." + r.key(), "refusals", where(EventType.REFUSAL, DETAIL, details)));
        }
        return d.list();
    }

    /** The end-of-day levels of daily.csv, in their output order; the model gives each by its {@link ModelLevel}. */
    public List<Metric> levels() {
        List<Metric> out = new ArrayList<>(List.of(
                Metric.level("people_at_sea", "people", ModelLevel.PEOPLE_AT_SEA, "people aboard migrant boats at sea: a state of the model"),
                Metric.level("people_aboard_assets", "people", ModelLevel.PEOPLE_ABOARD_ASSETS,
                        "people aboard ships not yet landed: a state of the model"),
                Metric.level("people_waiting_ashore", "people", ModelLevel.PEOPLE_WAITING_ASHORE,
                        "people the smugglers hold ashore waiting for a boat: nothing at sea marks their arrival"),
                Metric.level("people_in_detention", "people", ModelLevel.PEOPLE_IN_DETENTION,
                        "people the coastguard returned, held in Libya (behaviour mode): nothing at sea marks their release until it comes"),
                Metric.level("people_in_transit_ashore", "people", ModelLevel.PEOPLE_IN_TRANSIT_ASHORE,
                        "people displaced between departure points by enforcement ashore, not yet arrived (behaviour mode)"),
                Metric.level("boats_in_stock", "boats", ModelLevel.BOATS_IN_STOCK,
                        "whole boats the networks hold ashore, all points and types (behaviour mode): a state of the model"),
                Metric.level("boats_at_sea", "boats", ModelLevel.BOATS_AT_SEA, "migrant boats at sea: a state of the model"),
                Metric.level("beaufort", "Beaufort", ModelLevel.BEAUFORT, "the day's sea state, from the weather model")));
        for (String type : boatTypes) {
            out.add(Metric.level("boat_type_share." + type, "fraction", ModelLevel.BOAT_TYPE_SHARE, type,
                    "the smugglers' current share of departures by this boat type, adapted to their losses"));
        }
        if (behaviour) {
            out.add(Metric.level("reattempting_people_cumulative", "people", ModelLevel.REATTEMPTING_CUMULATIVE,
                    "people released from detention to wait again since the run began: a running total of the model's"));
            for (String point : departurePoints) {
                out.add(Metric.level("expected_pickup_chance." + point, "fraction", ModelLevel.EXPECTED_PICKUP_CHANCE, point,
                        "the chance of being picked up the networks at this point expect, from the fates they heard of: a belief of the model"));
            }
            for (String point : departurePoints) {
                out.add(Metric.level("expected_return_risk." + point, "fraction", ModelLevel.EXPECTED_RETURN_RISK, point,
                        "the chance of interception and return to Libya the networks at this point expect: a belief of the model"));
            }
            for (String point : departurePoints) {
                out.add(Metric.level("rescuer_closeness." + point, "fraction", ModelLevel.RESCUER_CLOSENESS, point,
                        "how near the nearest rescuer was to this point at the day's start, exp(-nm / rescuerScaleNm): a state of the model"));
            }
        }
        if (!coastguardUnits.isEmpty()) {
            out.add(Metric.level("coastguard_boats_serviceable", "boats", ModelLevel.COASTGUARD_BOATS_SERVICEABLE,
                    "the coastguard's serviceable boats: its initial stock and the dated deliveries, repairs and losses so far"));
            out.add(Metric.level("coastguard_boats_ready", "boats", ModelLevel.COASTGUARD_BOATS_READY,
                    "its boats ready to sail: serviceable times availability (maintenance)"));
            out.add(Metric.level("coastguard_personnel_serving", "people", ModelLevel.COASTGUARD_PERSONNEL_SERVING,
                    "people serving in it, trained or not (trainees on a course are away)"));
            out.add(Metric.level("coastguard_personnel_trained", "people", ModelLevel.COASTGUARD_PERSONNEL_TRAINED,
                    "trained people serving: graduates after the training lag, less those gone to the militias (an expectation)"));
            out.add(Metric.level("coastguard_crews", "crews", ModelLevel.COASTGUARD_CREWS, "crews it can man: people serving over the crew per boat"));
            out.add(Metric.level("coastguard_boats_in_service", "boats", ModelLevel.COASTGUARD_BOATS_IN_SERVICE,
                    "its boats in service: the fewer of the ready boats and the crews"));
            out.add(Metric.level("coastguard_range_nm", "nm", ModelLevel.COASTGUARD_RANGE_NM,
                    "how far from the Libyan coast its boats operate, by the trained share"));
            for (ForceAssets u : coastguardUnits) {
                out.add(Metric.level("coastguard_boats_in_service." + u.id(), "boats", ModelLevel.COASTGUARD_UNIT_BOATS_IN_SERVICE, u.id(),
                        "this unit's boats in service: its share of the coastguard's"));
            }
            for (ForceAssets u : coastguardUnits) {
                out.add(Metric.level("coastguard_boats_at_sea." + u.id(), "boats", ModelLevel.COASTGUARD_UNIT_BOATS_AT_SEA, u.id(),
                        "this unit's boats at sea at the day's end"));
            }
        }
        return out;
    }

    /**
     * The range of a metric of {@link #flows}, {@link #levels} or {@link #summary}: the death
     * rate, the boat-type shares, the expected chances and the rescuers' closeness are shares; every other metric is a count of people, boats
     * or events, a sea state or a distance, never below zero.
     */
    public static MetricRange range(String metric) {
        return metric.equals("death_rate") || metric.startsWith("boat_type_share.") || metric.startsWith("expected_pickup_chance.")
                || metric.startsWith("expected_return_risk.") || metric.startsWith("rescuer_closeness.") ? MetricRange.SHARE : MetricRange.NON_NEGATIVE;
    }

    /**
     * The statistics of SAR cases summary.csv gives: hours from a case's first report to its
     * first tasking and to the first asset on scene, median and 90th percentile over the cases
     * that got there (from the detail of {@code case-tasked} and {@code case-on-scene} events);
     * and minutes from a boat's departure to its first detection by a force able to act, over the
     * boats that had one ({@code actionable-detection} events).
     */
    public static List<Metric> statistics() {
        return List.of(
                Metric.statistic("case_hours_to_tasking_median", "hours", EventType.CASE_TASKED, 0.5),
                Metric.statistic("case_hours_to_tasking_p90", "hours", EventType.CASE_TASKED, 0.9),
                Metric.statistic("case_hours_to_on_scene_median", "hours", EventType.CASE_ON_SCENE, 0.5),
                Metric.statistic("case_hours_to_on_scene_p90", "hours", EventType.CASE_ON_SCENE, 0.9),
                Metric.statistic("departure_to_actionable_detection_minutes_median", "minutes", EventType.ACTIONABLE_DETECTION, 0.5),
                Metric.statistic("departure_to_actionable_detection_minutes_p90", "minutes", EventType.ACTIONABLE_DETECTION, 0.9));
    }

    /** The totals summary.csv gives after the counters: levels at the end of the run, ratios, and the case statistics. */
    public static List<Metric> endOfRun() {
        List<Metric> out = new ArrayList<>(List.of(
                Metric.level("people_at_sea_end", "people", ModelLevel.PEOPLE_AT_SEA,
                        "a level at the end of the run: people aboard migrant boats at sea"),
                Metric.level("people_aboard_assets_end", "people", ModelLevel.PEOPLE_ABOARD_ASSETS,
                        "a level at the end of the run: people aboard ships not yet landed"),
                Metric.level("people_waiting_ashore_end", "people", ModelLevel.WHOLE_PEOPLE_WAITING_ASHORE,
                        "a level at the end of the run: people the smugglers hold ashore (whole people)"),
                Metric.level("people_in_detention_end", "people", ModelLevel.PEOPLE_IN_DETENTION,
                        "a level at the end of the run: people returned to Libya still held"),
                Metric.level("people_in_transit_ashore_end", "people", ModelLevel.PEOPLE_IN_TRANSIT_ASHORE,
                        "a level at the end of the run: people displaced between departure points, not yet arrived"),
                Metric.ratio("mean_rescue_distance_libya_nm", "nm", "rescue_distance_libya_nm_sum", "rescues"),
                Metric.ratio("death_rate", "fraction", "dead_missing", "departed_people"),
                // The headline of information sharing: over the boats some force able to act came to know of.
                Metric.ratio("departure_to_actionable_detection_minutes_mean", "minutes", "actionable_detection_minutes_sum", "actionable_detections")));
        out.addAll(statistics());
        return out;
    }

    /** The metric columns of summary.csv, in order: the counters, then the end-of-run totals. */
    public List<Metric> summaryMetrics() {
        List<Metric> out = flows();
        out.addAll(endOfRun());
        return out;
    }

    /** The names of {@link #summaryMetrics}. */
    public List<String> summary() {
        return summaryMetrics().stream().map(Metric::name).toList();
    }

    private static Metric people(String name, EventFilter... filters) {
        return Metric.flow(name, "people", Derivation.FromEvents.of(EventMeasure.PEOPLE, filters));
    }

    private static Metric count(String name, String unit, EventFilter... filters) {
        return Metric.flow(name, unit, Derivation.FromEvents.of(EventMeasure.COUNT, filters));
    }

    /** Declarations by name: forces that share an actor group share its metric; two different metrics may not share a name. */
    private static final class Declarations {
        private final Map<String, Metric> byName = new LinkedHashMap<>();

        void add(Metric m) {
            Metric before = byName.putIfAbsent(m.name(), m);
            if (before != null && !before.equals(m)) {
                throw new IllegalArgumentException("two metrics named " + m.name() + ": " + before.derivation().describe()
                        + "; " + m.derivation().describe());
            }
        }

        List<Metric> list() {
            return new ArrayList<>(byName.values());
        }
    }
}
