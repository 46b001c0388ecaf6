package medsim.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;

import medsim.model.MedSim;
import medsim.model.ScenarioRun;
import medsim.model.World;
import medsim.record.EventSink;
import medsim.scenario.Scenario;

/**
 * Seeded replications of one scenario on a pool of threads. Replication i always gets the
 * seed {@code Seeds.derive(baseSeed, i)} and its result lands at index i, so the results do
 * not depend on the thread count or on which run finishes first.
 */
public final class Replications {
    private Replications() {}

    public static List<RunResult> run(Scenario scenario, World world, long baseSeed, int count, int threads, IntConsumer onDone) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, count)));
        try {
            List<Future<RunResult>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                long seed = Seeds.derive(baseSeed, i);
                futures.add(pool.submit(() -> {
                    MedSim sim = ScenarioRun.execute(scenario, world, seed, EventSink.NONE, ScenarioRun.Progress.NONE);
                    return RunResult.of(seed, sim);
                }));
            }
            List<RunResult> results = new ArrayList<>();
            for (Future<RunResult> f : futures) {
                results.add(Futures.await(f));
                onDone.accept(results.size());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
