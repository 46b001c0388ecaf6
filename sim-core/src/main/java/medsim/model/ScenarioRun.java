package medsim.model;

import medsim.event.EventSink;
import medsim.scenario.Scenario;

/**
 * Runs a scenario from start to end on the calling thread, and gives what it produced
 * ({@link RunOutcome}). Progress goes to a listener (the CLI's progress line); nothing here
 * reads a clock, so results depend only on the scenario and the seed.
 */
public final class ScenarioRun {
    private ScenarioRun() {}

    /** Told of progress every simulated day. */
    public interface Progress {
        void day(MedSim sim, int dayDone, int days);

        Progress NONE = (sim, d, n) -> { };
    }

    /** Runs the scenario to its end; the events go to {@code sink} as they happen, the rest is the outcome. */
    public static RunOutcome execute(Scenario scenario, World world, long seed, EventSink sink, Progress progress) {
        MedSim sim = start(scenario, world, seed, sink).withoutMap();
        toEnd(sim, progress);
        return sim.outcome();
    }

    /** Steps a model {@link #start}ed and not yet stepped through every tick of its period, and finishes it. */
    public static void toEnd(MedSim sim, Progress progress) {
        long total = sim.totalTicks();
        int ticksPerDay = sim.scenario().ticksPerDay();
        int days = sim.scenario().days();
        for (long t = 0; t < total; t++) {
            sim.schedule.step(sim);
            if ((t + 1) % ticksPerDay == 0) progress.day(sim, (int) ((t + 1) / ticksPerDay), days);
        }
        sim.finish();
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
