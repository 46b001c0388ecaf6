package medsim.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;
import java.util.function.LongFunction;

import medsim.event.EventSink;
import medsim.model.ScenarioRun;
import medsim.model.World;
import medsim.scenario.Scenario;

/**
 * Seeded replications of one scenario on a pool of threads. Replication i always gets the
 * seed {@code Seeds.derive(baseSeed, i)} and its result lands at index i, so the results do
 * not depend on the thread count or on which run finishes first. If any replication fails,
 * all are still waited for and a {@link RunsFailedException} names the failures: there is
 * no result from a part of the replications.
 */
public final class Replications {
    /**
     * Most replications {@code validate} and {@code compare} take: each is a whole run whose
     * result is kept in memory until all have ended (a sweep, which journals its runs, takes more).
     */
    public static final int MAX = 10_000;

    private Replications() {}

    /** Runs the replications; {@code onDone} is told how many have ended (failed ones too). */
    public static List<RunResult> run(Scenario scenario, World world, long baseSeed, int count, int threads, IntConsumer onDone) {
        return run(seed -> RunResult.of(seed, ScenarioRun.execute(scenario, world, seed, EventSink.NONE, ScenarioRun.Progress.NONE)),
                baseSeed, count, threads, onDone);
    }

    /**
     * Replications whose scenario depends on the replication: replication i runs
     * {@code scenarioOf.apply(i)} (a parameter set drawn from a posterior sample, say) on
     * {@code world}, with the seed it would have in {@link #run(Scenario, World, long, int, int, IntConsumer)}.
     */
    public static List<RunResult> run(IntFunction<Scenario> scenarioOf, World world, long baseSeed, int count, int threads, IntConsumer onDone) {
        return runIndexed((i, seed) -> RunResult.of(seed, ScenarioRun.execute(scenarioOf.apply(i), world, seed, EventSink.NONE, ScenarioRun.Progress.NONE)),
                baseSeed, count, threads, onDone);
    }

    /** As above, with what one replication does given as a function of its seed. */
    static List<RunResult> run(LongFunction<RunResult> replication, long baseSeed, int count, int threads, IntConsumer onDone) {
        return runIndexed((i, seed) -> replication.apply(seed), baseSeed, count, threads, onDone);
    }

    /** One replication's work, given its index and its seed. */
    private interface Replication {
        RunResult run(int index, long seed);
    }

    private static List<RunResult> runIndexed(Replication replication, long baseSeed, int count, int threads, IntConsumer onDone) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, count)));
        try {
            List<Future<RunResult>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                long seed = Seeds.derive(baseSeed, i);
                int index = i;
                futures.add(pool.submit(() -> replication.run(index, seed)));
            }
            List<RunResult> results = new ArrayList<>();
            List<String> failures = new ArrayList<>();
            RuntimeException first = null;
            int failed = 0;
            for (int i = 0; i < count; i++) {
                try {
                    results.add(Futures.await(futures.get(i)));
                } catch (RuntimeException e) {
                    if (first == null) first = e;
                    if (++failed <= RunsFailedException.NAMED) {
                        failures.add("replication " + i + " (seed " + Seeds.derive(baseSeed, i) + "): " + RunsFailedException.why(e));
                    }
                }
                onDone.accept(i + 1);
            }
            if (failed > 0) throw RunsFailedException.of(failed, count, "replications", failures, first);
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
