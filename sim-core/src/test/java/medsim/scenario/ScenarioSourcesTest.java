package medsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import medsim.model.TestRuns;
import medsim.provenance.InputFile;

class ScenarioSourcesTest {
    @TempDir
    Path dir;

    @Test
    void aScenarioKnowsEveryFileItWasReadFromInOrder() {
        Path child = TestRuns.scenarioFile("small-with-targets.yaml");
        Scenario s = ScenarioLoader.load(child);
        List<InputFile> files = s.sources().files();
        assertEquals(List.of("scenario", "extends", "facts", "land", "detection"), files.stream().map(InputFile::role).toList());
        assertEquals(List.of(child.toAbsolutePath().normalize(), TestRuns.scenarioFile("small.yaml").toAbsolutePath().normalize(),
                        Path.of("../seeds/facts.yaml").toAbsolutePath().normalize(), Path.of("../scenarios/geo/central-med-land.geojson").toAbsolutePath().normalize(),
                        Path.of("../scenarios/base/detection.yaml").toAbsolutePath().normalize()),
                files.stream().map(InputFile::path).toList());
        assertEquals(s.sources(), s.withDays(2).sources(), "cutting the period reads no other file");
    }

    @Test
    void editingAnyFileOfTheResolvedTreeChangesTheScenariosDigest() throws IOException {
        Path facts = Files.copy(Path.of("../seeds/facts.yaml"), dir.resolve("facts.yaml"));
        Path land = Files.copy(Path.of("../scenarios/geo/central-med-land.geojson"), dir.resolve("land.geojson"));
        Path detection = dir.resolve("detection.yaml");
        Files.writeString(detection, Files.readString(Path.of("../scenarios/base/detection.yaml")).replace("../../seeds/facts.yaml", "facts.yaml"));
        Path base = dir.resolve("base.yaml");
        Files.writeString(base, Files.readString(TestRuns.scenarioFile("small.yaml"))
                .replace("../../../../../scenarios/geo/central-med-land.geojson", "land.geojson")
                .replace("../../../../../scenarios/base/detection.yaml", "detection.yaml") + "facts: facts.yaml\n");
        Path child = dir.resolve("child.yaml");
        Files.writeString(child, "extends: base.yaml\nsmuggling: {planScale: 0.5}\n");
        String digest = ScenarioLoader.load(child).sources().digest();
        for (Path edited : List.of(child, base, facts, land, detection)) {
            byte[] before = Files.readAllBytes(edited);
            Files.writeString(edited, "\n", StandardOpenOption.APPEND);
            assertNotEquals(digest, ScenarioLoader.load(child).sources().digest(), edited.toString());
            Files.write(edited, before);
            assertEquals(digest, ScenarioLoader.load(child).sources().digest(), "restored " + edited);
        }
    }
}
