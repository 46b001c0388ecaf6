package medsim.experiment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import medsim.event.EventSink;
import medsim.model.ScenarioRun;
import medsim.model.WorldCache;
import medsim.provenance.BuildInfo;
import medsim.provenance.RunInputs;
import medsim.record.OutputFolder;
import medsim.scenario.Scenario;
import medsim.yaml.InputException;

/**
 * Runs the runs of a sweep (or of one shard of it) on a pool of threads, journalling each
 * as it finishes, skipping those a previous, interrupted attempt finished. A run that fails
 * (a scenario error at its design point, say) is journalled with its error; the others go on.
 * So is a run whose scenario files changed on disk after the sweep started. The geography is
 * built once and shared by all runs.
 */
public final class SweepRunner {
    public static final String INFO = SweepInfo.FILE;

    /** Told once the journal is read, then after each run. */
    public interface Progress {
        /** {@code alreadyDone} of the {@code total} runs asked for were journalled by an earlier attempt. */
        default void starting(int alreadyDone, int total) {}

        void runDone(int done, int total, int failed);
    }

    private final SweepPlan plan;
    private final BuildInfo build;
    private final WorldCache worlds = new WorldCache();
    /** Each point's scenario, by point and the particle its replications draw (-1 without a posterior sample): loaded once. Looked up only. */
    private final Map<Long, Scenario> scenarios = new ConcurrentHashMap<>();

    /** Runs the plan with the running medsim build. */
    public SweepRunner(SweepPlan plan) {
        this(plan, BuildInfo.current());
    }

    /** Runs the plan, recording {@code build} as the build that made the runs (tests give another). */
    public SweepRunner(SweepPlan plan, BuildInfo build) {
        this.plan = plan;
        this.build = build;
    }

    /**
     * Runs the given runs into {@code dir}; returns every run the journal holds. {@code shard}
     * is "K/N" or "all", recorded in the folder so that a resumed or merged sweep is the same one.
     */
    public Map<Integer, RunRecord> run(Path dir, List<SweepRun> runs, String shard, int threads, Progress progress) {
        prepare(dir, shard);
        List<String> metrics = plan.spec().metrics();
        try (SweepJournal journal = SweepJournal.open(dir, metrics)) {
            List<SweepRun> todo = new ArrayList<>();
            for (SweepRun r : runs) if (!journal.isDone(r.id())) todo.add(r);
            int total = runs.size();
            int[] counts = {total - todo.size(), 0};
            progress.starting(counts[0], total);
            ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
            try {
                List<Future<?>> futures = new ArrayList<>();
                for (SweepRun r : todo) {
                    futures.add(pool.submit(() -> {
                        RunRecord rec = execute(r);
                        journal.append(rec);
                        synchronized (counts) {
                            counts[0]++;
                            if (!rec.ok()) counts[1]++;
                            progress.runDone(counts[0], total, counts[1]);
                        }
                    }));
                }
                for (Future<?> f : futures) Futures.await(f);
            } finally {
                pool.shutdownNow();
            }
            return journal.records();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private RunRecord execute(SweepRun r) {
        List<String> metrics = plan.spec().metrics();
        try {
            int particle = plan.particleOf(r.replication());
            Scenario s = scenarios.computeIfAbsent(((long) r.point() << 32) | (particle + 1L), k -> plan.scenarioAt(r.point(), r.replication()));
            // Each point's scenario is read when its first run starts: it must be the one the sweep recorded.
            RunInputs recorded = plan.spec().baseScenario().sources();
            if (!s.sources().digest().equals(recorded.digest())) {
                return failed(r, "the scenario's files changed during the sweep: " + String.join(", ", s.sources().changesSince(recorded)));
            }
            RunResult run = RunResult.of(r.seed(), ScenarioRun.execute(s, worlds.get(s.geography()), r.seed(), EventSink.NONE, ScenarioRun.Progress.NONE));
            double[] values = new double[metrics.size()];
            for (int i = 0; i < values.length; i++) values[i] = plan.spec().metricValue(metrics.get(i), run);
            return new RunRecord(r.id(), true, values, "");
        } catch (RuntimeException e) {
            return failed(r, RunsFailedException.why(e));
        }
    }

    private RunRecord failed(SweepRun r, String error) {
        double[] nan = new double[plan.spec().metrics().size()];
        java.util.Arrays.fill(nan, Double.NaN);
        return new RunRecord(r.id(), false, nan, error);
    }

    /** One line saying why a folder's sweep cannot be resumed. */
    private static String refusal(SweepInfo.Conflict c) {
        String why = switch (c.difference()) {
            case SWEEP -> "holds the sweep " + c.recorded();
            case SHARD -> c.recorded().equals("all") ? "holds the whole sweep, not a shard" : "holds shard " + c.recorded() + " of the sweep";
            case UNRECORDED -> "cannot resume: the sweep was started by a medsim that did not record its input files and build";
            case INPUTS -> "cannot resume: " + c.now() + " since the sweep started";
            case BUILD -> "cannot resume: medsim's code changed since the sweep started: build " + c.recorded() + " then, " + c.now() + " now";
        };
        return why + " (use --force to start over, or another --out)";
    }

    /**
     * Creates the folder, or checks that it holds this very sweep and shard, made from the same
     * input files by the same build, to resume.
     */
    private void prepare(Path dir, String shard) {
        SweepInfo now = SweepInfo.of(plan, shard, build);
        try {
            if (Files.exists(dir.resolve(INFO))) {
                SweepInfo then = SweepInfo.read(dir);
                Optional<SweepInfo.Conflict> conflict = then.conflictWith(now);
                if (conflict.isPresent()) throw InputException.of(dir.toString(), refusal(conflict.get()));
                return;
            }
            if (!OutputFolder.contents(dir).isEmpty()) throw InputException.of(dir.toString(), "--out folder is not empty and holds no sweep (use --force to start over)");
            Files.createDirectories(dir);
            now.write(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare " + dir + ": " + e.getMessage(), e);
        }
    }
}
