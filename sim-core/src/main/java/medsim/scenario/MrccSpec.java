package medsim.scenario;

import java.util.List;

/**
 * A maritime rescue coordination centre: which forces it can task, the places of safety it
 * designates (with its policy for each), and how far (in hours) it will send an asset.
 */
public record MrccSpec(String id, String name, List<String> tasks, List<PlaceOfSafety> placesOfSafety, double maxResponseHours) {
    public MrccSpec {
        tasks = List.copyOf(tasks);
        placesOfSafety = List.copyOf(placesOfSafety);
    }
}
