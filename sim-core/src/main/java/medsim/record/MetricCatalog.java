package medsim.record;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import medsim.scenario.Force;
import medsim.scenario.Place;
import medsim.scenario.PlaceRole;
import medsim.scenario.Scenario;
import medsim.scenario.Weighted;

/**
 * The names of every metric a run of a scenario records, in their fixed order: counters
 * (summed over the run and per day), end-of-day levels, and the totals derived at the end.
 * Known before a run, so validation targets and sweep metrics can be checked when loaded.
 */
public final class MetricCatalog {
    private MetricCatalog() {}

    public static List<String> counters(Scenario s) {
        Set<String> out = new LinkedHashSet<>();
        out.add("departed_people");
        out.add("departed_boats");
        for (Weighted w : s.smuggling().departurePoints()) out.add("departed_people." + w.id());
        for (Weighted w : s.smuggling().boatTypes()) out.add("departed_boats." + w.id());
        out.addAll(List.of("arrivals_people", "landed_people", "disembarked_people"));
        for (Place p : s.places().values()) if (p.is(PlaceRole.PLACE_OF_SAFETY)) out.add("arrivals_people." + p.stateCode());
        for (Place p : s.places().values()) if (p.is(PlaceRole.PLACE_OF_SAFETY)) out.add("arrivals_people." + p.id());
        out.add("rescued_people");
        for (Force f : s.forces().values()) out.add("rescued_people." + f.group());
        out.addAll(List.of("intercepted_people", "returned_to_libya", "dead_missing", "capsizes", "distress_calls",
                "sightings", "taskings", "rescue_cases", "rescue_distance_libya_nm_sum", "boats_destroyed"));
        for (Force f : s.forces().values()) out.add("boats_destroyed." + f.id());
        out.addAll(List.of("escorts_seized", "escorts_diverted", "escorts_destroyed", "escorts_released", "smugglers_apprehended",
                "inspections", "arms_seizures"));
        return new ArrayList<>(out);
    }

    public static List<String> stocks(Scenario s) {
        List<String> out = new ArrayList<>(List.of("people_at_sea", "people_aboard_assets", "people_waiting_ashore", "boats_at_sea", "beaufort"));
        for (Weighted w : s.smuggling().boatTypes()) out.add("boat_type_share." + w.id());
        return out;
    }

    /**
     * The range of a metric of {@link #counters}, {@link #stocks} or {@link #summary}: the death
     * rate and the boat-type shares are shares; every other metric is a count of people, boats
     * or events, a sea state or a distance, never below zero.
     */
    public static MetricRange range(String metric) {
        return metric.equals("death_rate") || metric.startsWith("boat_type_share.") ? MetricRange.SHARE : MetricRange.NON_NEGATIVE;
    }

    /** Every name in summary.csv: the counters, then the derived totals. */
    public static List<String> summary(Scenario s) {
        List<String> out = counters(s);
        out.addAll(RunSummary.DERIVED);
        return out;
    }
}
