package medsim.scenario;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import medsim.model.TestRuns;
import medsim.yaml.InputException;

/** The small test scenario as text that loads from any folder, and the error an edit of it gives. */
final class SmallScenario {
    private static final Path DETECTION = Path.of("..", "scenarios", "base", "detection.yaml").toAbsolutePath().normalize();
    static final Path LAND = Path.of("..", "scenarios", "geo", "central-med-land.geojson").toAbsolutePath().normalize();

    private SmallScenario() {}

    /** small.yaml with its land and detection files named by absolute path. */
    static String text() throws IOException {
        return Files.readString(TestRuns.scenarioFile("small.yaml"))
                .replace("../../../../../scenarios/geo/central-med-land.geojson", LAND.toString())
                .replace("../../../../../scenarios/base/detection.yaml", DETECTION.toString());
    }

    /** Writes the small scenario with one text replaced to {@code dir/bad.yaml}, and returns the error loading it gives. */
    static InputException errorWith(Path dir, String from, String to) throws IOException {
        String text = text();
        assertTrue(text.contains(from), "test text not found: " + from);
        Path f = dir.resolve("bad.yaml");
        Files.writeString(f, text.replace(from, to));
        return assertThrows(InputException.class, () -> ScenarioLoader.load(f));
    }
}
