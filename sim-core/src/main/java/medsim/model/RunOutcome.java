package medsim.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import medsim.metric.DailySeries;
import medsim.search.SearchOutcome;

/**
 * What a run produced, for the writers, the experiments and the GUI's charts to take: no one
 * reads the live model after the run. The events went to the run's
 * {@link medsim.event.EventSink} as they happened.
 *
 * @param daily      the daily series: counters per day and end-of-day levels (daily.csv)
 * @param summary    the run's totals by metric, in the order of summary.csv's metric columns
 * @param assets     each asset's hours by activity, in the scenario's order of forces and assets (assets.csv)
 * @param ticks      the ticks of the run's period
 * @param agentSteps boats, smuggler craft and assets stepped, summed over ticks: the speed unit of benchmarks
 * @param search     sightings by sensor and target, and the search patterns' coverage by area and day (sightings.csv, search.csv)
 */
public record RunOutcome(DailySeries daily, Map<String, Double> summary, List<AssetHours> assets, long ticks, long agentSteps,
        SearchOutcome search) {
    public RunOutcome {
        summary = Collections.unmodifiableMap(new LinkedHashMap<>(summary));
        assets = List.copyOf(assets);
    }
}
