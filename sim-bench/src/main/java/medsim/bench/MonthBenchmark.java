package medsim.bench;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import medsim.event.EventSink;
import medsim.model.RunOutcome;
import medsim.model.ScenarioRun;
import medsim.model.World;
import medsim.model.WorldCache;
import medsim.scenario.Scenario;
import medsim.scenario.ScenarioLoader;

/**
 * One simulated month of a scenario (its first {@code days} days), run warm as a sweep runs it:
 * the scenario loaded and the geography built once per fork, one whole run per invocation, the
 * seed changing with each invocation so that no two measure the same run. Run from the
 * repository root (the scenario path is relative to it):
 * {@code mvn -B -ntp -Pbench -pl sim-bench -am -DskipTests package && java -jar sim-bench/target/benchmarks.jar}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
public class MonthBenchmark {
    /** The scenario, relative to the repository root. */
    @Param("scenarios/central-med-2016.yaml")
    public String scenarioFile;

    /** Days from the scenario's start: a month. */
    @Param("30")
    public int days;

    private Scenario scenario;
    private World world;
    private long seed;

    @Setup(Level.Trial)
    public void load() {
        scenario = ScenarioLoader.load(Path.of(scenarioFile)).withDays(days);
        world = new WorldCache().get(scenario.geography());
        seed = 1;
    }

    /** One month; the agent-steps are returned so that the run cannot be optimised away. */
    @Benchmark
    public long month() {
        RunOutcome outcome = ScenarioRun.execute(scenario, world, seed++, EventSink.NONE, ScenarioRun.Progress.NONE);
        return outcome.agentSteps();
    }
}
