package medsim.experiment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import medsim.model.MedSim;
import medsim.model.ScenarioRun;
import medsim.model.WorldCache;
import medsim.record.AtomicFiles;
import medsim.record.Csv;
import medsim.record.EventSink;
import medsim.record.RunSummary;
import medsim.scenario.Scenario;
import medsim.yaml.InputException;
import medsim.yaml.YamlMap;
import medsim.yaml.YamlNode;

/**
 * Runs the runs of a sweep (or of one shard of it) on a pool of threads, journalling each
 * as it finishes, skipping those a previous, interrupted attempt finished. A run that fails
 * (a scenario error at its design point, say) is journalled with its error; the others go on.
 * The geography is built once and shared by all runs.
 */
public final class SweepRunner {
    public static final String INFO = "sweep.json";

    /** Told once the journal is read, then after each run. */
    public interface Progress {
        /** {@code alreadyDone} of the {@code total} runs asked for were journalled by an earlier attempt. */
        default void starting(int alreadyDone, int total) {}

        void runDone(int done, int total, int failed);
    }

    private final SweepPlan plan;
    private final WorldCache worlds = new WorldCache();
    private final Map<Integer, Scenario> scenarios = new ConcurrentHashMap<>();

    public SweepRunner(SweepPlan plan) {
        this.plan = plan;
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
            Scenario s = scenarios.computeIfAbsent(r.point(), plan::scenarioAt);
            MedSim sim = ScenarioRun.execute(s, worlds.get(s.geography()), r.seed(), EventSink.NONE, ScenarioRun.Progress.NONE);
            Map<String, Double> summary = RunSummary.of(sim);
            double[] values = new double[metrics.size()];
            for (int i = 0; i < values.length; i++) values[i] = summary.get(metrics.get(i));
            return new RunRecord(r.id(), true, values, "");
        } catch (InputException e) {
            return failed(r, e.getMessage());
        } catch (RuntimeException e) {
            return failed(r, "internal error: " + e);
        }
    }

    private RunRecord failed(SweepRun r, String error) {
        double[] nan = new double[plan.spec().metrics().size()];
        java.util.Arrays.fill(nan, Double.NaN);
        return new RunRecord(r.id(), false, nan, error);
    }

    /** Creates the folder, or checks that it holds this very sweep (and shard) to resume. */
    private void prepare(Path dir, String shard) {
        Path info = dir.resolve(INFO);
        try {
            if (Files.exists(info)) {
                YamlMap m = YamlNode.parse(info).asMap();
                String digest = m.string("sweep_sha256");
                String theirShard = m.string("shard");
                m.entries();
                if (!digest.equals(plan.spec().digest()) || !theirShard.equals(shard)) {
                    throw InputException.of(dir.toString(), "holds another sweep or shard (" + theirShard + "); use another --out, or --force to start over");
                }
                return;
            }
            if (Files.isDirectory(dir)) {
                try (var entries = Files.list(dir)) {
                    if (entries.findAny().isPresent()) throw InputException.of(dir.toString(), "--out folder is not empty and holds no sweep (use --force to start over)");
                }
            }
            Files.createDirectories(dir);
            AtomicFiles.write(info, w -> {
                w.write("{\n");
                w.write("  \"sweep\": " + Csv.json(plan.spec().file().toAbsolutePath().normalize().toString()) + ",\n");
                w.write("  \"sweep_sha256\": " + Csv.json(plan.spec().digest()) + ",\n");
                w.write("  \"shard\": " + Csv.json(shard) + ",\n");
                w.write("  \"runs\": " + plan.runs().size() + "\n");
                w.write("}\n");
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare " + dir + ": " + e.getMessage(), e);
        }
    }
}
