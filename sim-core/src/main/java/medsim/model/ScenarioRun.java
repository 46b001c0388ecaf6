package medsim.model;

import medsim.record.EventSink;
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
        MedSim sim = new MedSim(seed, scenario, world, sink);
        sim.start();
        long total = sim.totalTicks();
        int ticksPerDay = scenario.ticksPerDay();
        for (long t = 0; t < total; t++) {
            sim.schedule.step(sim);
            if ((t + 1) % ticksPerDay == 0) progress.day(sim, (int) ((t + 1) / ticksPerDay), scenario.days());
        }
        sim.finish();
        return sim;
    }
}
