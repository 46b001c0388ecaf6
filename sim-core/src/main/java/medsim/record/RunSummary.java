package medsim.record;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import medsim.model.MedSim;

/**
 * The totals of a finished run, in a fixed order: every counter, then the people still at
 * sea, aboard assets or waiting ashore at the end, and derived means. People are conserved:
 * departed = arrivals + returned to Libya + dead and missing + at sea + aboard assets.
 */
public final class RunSummary {
    /** Totals computed at the end of a run, after the counters. */
    public static final List<String> DERIVED = List.of("people_at_sea_end", "people_aboard_assets_end", "people_waiting_ashore_end",
            "mean_rescue_distance_libya_nm", "death_rate");

    private RunSummary() {}

    public static Map<String, Double> of(MedSim sim) {
        Recorder r = sim.recorder();
        Map<String, Double> out = new LinkedHashMap<>();
        for (String m : r.metrics()) out.put(m, r.total(m));
        out.put("people_at_sea_end", (double) sim.peopleAtSea());
        out.put("people_aboard_assets_end", (double) sim.peopleAboardAssets());
        out.put("people_waiting_ashore_end", Math.floor(sim.network().waitingPeople()));
        double cases = r.total("rescue_cases");
        out.put("mean_rescue_distance_libya_nm", cases > 0 ? r.total("rescue_distance_libya_nm_sum") / cases : Double.NaN);
        double departed = r.total("departed_people");
        out.put("death_rate", departed > 0 ? r.total("dead_missing") / departed : Double.NaN);
        return Collections.unmodifiableMap(out);
    }
}
