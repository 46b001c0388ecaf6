package medsim.scenario;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;

import medsim.fuzz.BadInputMessage;
import medsim.fuzz.FuzzWorkspace;
import medsim.yaml.InputException;

/**
 * Fuzz targets of the scenario loader: whatever the bytes of a scenario file, it loads, or it
 * is an {@link InputException} of one line that names the file (and, where there is one, the
 * line and column) and no Java class; within 10 seconds while fuzzing (60 when replayed), and writing nothing. Anything else
 * (another exception, a stack overflow, a hang, a file written) fails the target.
 *
 * <p>{@code mvn test} replays the seeds and past findings in
 * {@code src/test/resources/medsim/scenario/ScenarioFuzzTestInputs/<method>/}. To fuzz one
 * target (one per JVM): {@code JAZZER_FUZZ=1 mvn -pl sim-core test -Dtest=ScenarioFuzzTest#childScenario}
 * (see the README's Fuzzing section).
 */
class ScenarioFuzzTest {
    @TempDir
    static Path childRoot;
    @TempDir
    static Path wholeRoot;

    private static FuzzWorkspace child;
    private static FuzzWorkspace whole;

    @BeforeAll
    static void layOut() {
        // Beside the shipped what-ifs: extends ../central-med-2016.yaml, or ../base/central-med.yaml, resolve.
        child = FuzzWorkspace.create(childRoot, "scenarios/whatif/fuzz-input.yaml");
        // Beside the small test scenario: its land file and its children's extends: small.yaml resolve.
        whole = FuzzWorkspace.create(wholeRoot, "sim-core/src/test/resources/scenarios/fuzz-input.yaml");
    }

    /** A scenario that extends the shipped ones (seeds: the what-ifs, and 2015 and 2016 as children of the base). */
    @FuzzTest(maxDuration = "60s")
    @DictionaryFile(resourcePath = "/medsim/fuzz/yaml.dict")
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void childScenario(byte[] data) {
        loadsOrSaysWhy(child, data);
    }

    /** A scenario written out whole, or extending the small one (seeds: the small test scenarios). */
    @FuzzTest(maxDuration = "60s")
    @DictionaryFile(resourcePath = "/medsim/fuzz/yaml.dict")
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void wholeScenario(byte[] data) {
        loadsOrSaysWhy(whole, data);
    }

    private static void loadsOrSaysWhy(FuzzWorkspace workspace, byte[] data) {
        Path file = workspace.write(data);
        try {
            ScenarioLoader.load(file);
        } catch (InputException e) {
            BadInputMessage.assertAtFile(e, new String(data, StandardCharsets.UTF_8));
        }
        workspace.assertNothingWritten();
    }
}
