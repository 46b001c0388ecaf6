package medsim.model;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import medsim.event.EventSink;
import medsim.event.SeaEvent;
import medsim.scenario.Scenario;
import medsim.scenario.ScenarioLoader;

/** Runs the small test scenarios in-process and keeps their events. */
public final class TestRuns {
    /** Thread-safe and immutable once built: the raster is shared by every test run. */
    private static final WorldCache WORLDS = new WorldCache();

    private TestRuns() {}

    public static Path scenarioFile(String name) {
        return Path.of("src", "test", "resources", "scenarios", name);
    }

    public static Scenario load(String name) {
        return ScenarioLoader.load(scenarioFile(name));
    }

    /** A finished run: the model as it ended (for tests that look inside it) and its events. */
    public record Result(MedSim sim, List<SeaEvent> events) {
        /** What the run produced. */
        public RunOutcome outcome() { return sim.outcome(); }
    }

    public static Result run(Scenario scenario, long seed) {
        List<SeaEvent> events = new ArrayList<>();
        MedSim sim = ScenarioRun.start(scenario, WORLDS.get(scenario.geography()), seed, events::add);
        ScenarioRun.toEnd(sim, ScenarioRun.Progress.NONE);
        return new Result(sim, events);
    }

    /** Runs with the events going to a sink of the caller's (a CSV file, say). */
    public static RunOutcome run(Scenario scenario, long seed, EventSink sink) {
        return ScenarioRun.execute(scenario, WORLDS.get(scenario.geography()), seed, sink, ScenarioRun.Progress.NONE);
    }

    /** A model of the scenario started (world built, agents made, nothing stepped): its first day. */
    public static MedSim started(Scenario scenario, long seed) {
        return started(scenario, seed, EventSink.NONE);
    }

    /** As {@link #started(Scenario, long)}, with the events going to {@code sink}. */
    public static MedSim started(Scenario scenario, long seed, EventSink sink) {
        MedSim sim = new MedSim(seed, scenario, WORLDS.get(scenario.geography()), sink);
        sim.start();
        return sim;
    }

    public static Result run(String name, long seed) {
        return run(load(name), seed);
    }
}
