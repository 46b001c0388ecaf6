package medsim.gui.chart;

import java.util.LinkedHashMap;
import java.util.Map;

import medsim.scenario.Force;
import medsim.scenario.Scenario;

/**
 * What the charts call forces and actor groups: their names from the scenario ("EUNAVFOR MED
 * Operation Sophia"), or their ids ("sophia") when the scenario is not at hand (a run's folder
 * charted without its scenario file). An id the scenario does not know stays an id.
 */
public record ForceNames(Map<String, String> forces, Map<String, String> groups) {
    /** Ids for names: what the charts show without a scenario. */
    public static final ForceNames IDS = new ForceNames(Map.of(), Map.of());

    public ForceNames {
        forces = Map.copyOf(forces);
        groups = Map.copyOf(groups);
    }

    /** The scenario's names for its forces and groups ({@link Scenario#groupNames}). */
    public static ForceNames of(Scenario scenario) {
        Map<String, String> forces = new LinkedHashMap<>();
        for (Force f : scenario.forces().values()) forces.put(f.id(), f.name());
        return new ForceNames(forces, scenario.groupNames());
    }

    public String force(String id) { return forces.getOrDefault(id, id); }

    public String group(String id) { return groups.getOrDefault(id, id); }
}
