package medsim.scenario;

import java.util.List;

/**
 * A maritime rescue coordination centre: which forces it can task, where it sends the
 * people rescued, and how far (in hours) it will send an asset.
 */
public record MrccSpec(String id, String name, List<String> tasks, List<Weighted> placesOfSafety, double maxResponseHours) {
    public MrccSpec {
        tasks = List.copyOf(tasks);
        placesOfSafety = List.copyOf(placesOfSafety);
    }
}
