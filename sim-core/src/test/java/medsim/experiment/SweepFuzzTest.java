package medsim.experiment;

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
 * Fuzz target of the sweep loader, taken as far as {@code medsim check} takes a sweep without
 * running it: the file read and checked against its scenario, the design built, the scenario
 * of the first point loaded. Whatever the bytes, that succeeds, or it is an
 * {@link InputException} of one line that names a file and no Java class; within 10 seconds while fuzzing (60 when replayed),
 * and writing nothing.
 *
 * <p>{@code mvn test} replays the seeds and past findings in
 * {@code src/test/resources/medsim/experiment/SweepFuzzTestInputs/sweepFile/}. To fuzz:
 * {@code JAZZER_FUZZ=1 mvn -pl sim-core test -Dtest=SweepFuzzTest} (see the README's Fuzzing section).
 */
class SweepFuzzTest {
    @TempDir
    static Path root;

    private static FuzzWorkspace workspace;

    @BeforeAll
    static void layOut() {
        // Beside the test sweeps: scenario: ../scenarios/small.yaml and the CSV design resolve.
        workspace = FuzzWorkspace.create(root, "sim-core/src/test/resources/sweeps/fuzz-input.yaml");
    }

    /** Seeds: the test sweeps, every design kind (the shipped sweeps take seconds each: their checks load the 2016 scenario a dozen times). */
    @FuzzTest(maxDuration = "60s")
    @DictionaryFile(resourcePath = "/medsim/fuzz/yaml.dict")
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void sweepFile(byte[] data) {
        Path file = workspace.write(data);
        try {
            SweepPlan plan = new SweepPlan(SweepSpec.load(file));
            if (plan.design().size() > 0) plan.scenarioAt(0);
        } catch (InputException e) {
            BadInputMessage.assertAtFile(e, new String(data, StandardCharsets.UTF_8));
        }
        workspace.assertNothingWritten();
    }
}
