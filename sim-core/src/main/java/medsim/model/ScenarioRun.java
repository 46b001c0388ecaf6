package medsim.model;

import medsim.event.EventSink;
import medsim.scenario.Scenario;

/**
 * Runs a scenario from start to end on the calling thread. Progress goes to a listener
 * (the CLI's progress line); nothing here reads a clock, so results depend only on the
 * scenario and the seed.
 */
public final class ScenarioRun {
    private ScenarioRun() {}

    /** Told of progress every simulated day. */
    public interface Progress {
        void day(MedSim sim, int dayDone, int days);

        Progress NONE = (sim, d, n) -> { };
    }

    public static MedSim execute(Scenario scenario, World world, long seed, EventSink sink, Progress progress) {
        MedSim sim = start(scenario, world, seed, sink);
        long total = sim.totalTicks();
        int ticksPerDay = scenario.ticksPerDay();
        for (long t = 0; t < total; t++) {
            sim.schedule.step(sim);
            if ((t + 1) % ticksPerDay == 0) progress.day(sim, (int) ((t + 1) / ticksPerDay), scenario.days());
        }
        sim.finish();
        return sim;
    }

    /**
     * Everything a run does before its first step: the model built on the world and started
     * (fleets, networks, MRCCs, schedule). {@code medsim check} calls it, so that a scenario
     * it passes is one that runs.
     */
    public static MedSim start(Scenario scenario, World world, long seed, EventSink sink) {
        MedSim sim = new MedSim(seed, scenario, world, sink);
        sim.start();
        return sim;
    }
}
