package medsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import medsim.experiment.RunRecord;
import medsim.experiment.RunsFailedException;
import medsim.experiment.SweepJournal;
import medsim.experiment.SweepOutputs;
import medsim.experiment.SweepPlan;
import medsim.experiment.SweepRun;
import medsim.experiment.SweepRunner;
import medsim.experiment.SweepSpec;
import medsim.record.FolderLock;
import medsim.record.OutputFolder;
import medsim.record.Plural;
import medsim.scenario.HeldOut;
import medsim.yaml.InputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code medsim sweep}: the runs of a sweep file, on this machine or as one shard of a cluster job. */
@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = {"Run a parameter sweep: a design over scenario fields, with replications.",
                "Writes runs.csv, points.csv, and sobol.csv or morris.csv for those designs (and screening.csv for factors from a registry). Run the same command again "
                        + "to resume an interrupted sweep. With --shard K/N, runs every N-th run from the K-th; merge the shards with medsim merge.",
                "If any run fails, it names the failures, writes no points.csv and exits 1."})
final class SweepCommand implements Callable<Integer> {
    @Parameters(paramLabel = "SWEEP", description = "Sweep YAML file.")
    Path sweepFile;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: runs/<sweep file name>).")
    Path out;

    @Mixin
    ThreadsOption threads;

    @Mixin
    ForecastOption forecast;

    @Option(names = "--shard", paramLabel = "K/N", description = "Run only shard K of N (K from 0), for a cluster job array.")
    String shard;

    @Option(names = "--force", description = "Start over in a folder that holds another sweep (its medsim files are replaced).")
    boolean force;

    @Option(names = {"-q", "--quiet"}, description = "No progress bar.")
    boolean quiet;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        threads.get(); // a bad --threads is refused before the folder is touched
        int[] kn = shard == null ? null : parseShard(shard);
        SweepSpec sweep = SweepSpec.load(sweepFile);
        forecast.check(sweep.baseScenario(), sweep.days() != null ? sweep.days() : sweep.baseScenario().days(), "sweep", "days: " + HeldOut.SMOKE_TEST_DAYS + " in the sweep file");
        SweepPlan plan = new SweepPlan(sweep);
        Path dir = out != null ? out : Path.of("runs", RunCommand.stem(sweepFile));
        try (FolderLock lock = FolderLock.acquire(dir)) {
            if (force) OutputFolder.clearForRerun(dir);
            return run(plan, kn, dir);
        }
    }

    private int run(SweepPlan plan, int[] kn, Path dir) throws IOException {
        SweepSpec sweep = plan.spec();
        int nThreads = threads.get();
        List<SweepRun> runs = kn == null ? plan.runs() : plan.shard(kn[0], kn[1]);
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter o = spec.commandLine().getOut();
        o.printf(Locale.ROOT, "%s: %s design, %s x %s = %s%s, %s%n", sweepFile, sweep.design().key(),
                Plural.of(plan.design().size(), "point"), Plural.of(sweep.replications(), "replication"), Plural.of(plan.runs().size(), "run"),
                kn == null ? "" : String.format(Locale.ROOT, " (shard %d/%d: %s)", kn[0], kn[1], Plural.of(runs.size(), "run")), Plural.of(nThreads, "thread"));
        for (String warning : sweep.warnings()) err.println(warning);
        long t0 = System.nanoTime();
        SweepProgress progress = new SweepProgress(o, err, quiet);
        Map<Integer, RunRecord> records = new SweepRunner(plan).run(dir, runs, kn == null ? "all" : shard, nThreads, progress);
        progress.done();
        double seconds = (System.nanoTime() - t0) / 1e9;
        int ran = progress.ranThisTime();
        List<RunRecord> failed = runs.stream().map(r -> records.get(r.id())).filter(r -> !r.ok()).toList();
        if (kn == null) {
            boolean summarised = SweepOutputs.write(dir, plan, records);
            o.printf(Locale.ROOT, "wrote %s: runs.csv%s (%s in %.1f s, %.2f runs/s)%n", dir,
                    !summarised ? "" : switch (sweep.design()) { case SALTELLI -> ", points.csv, sobol.csv"; case MORRIS -> sweep.screening() == null ? ", points.csv, morris.csv" : ", points.csv, morris.csv, screening.csv"; default -> ", points.csv"; },
                    Plural.of(ran, "run"), seconds, ran / seconds);
        } else {
            o.printf(Locale.ROOT, "wrote shard %s to %s (%s in %.1f s, %.2f runs/s); combine the shards with: medsim merge DIR...%n",
                    shard, dir, Plural.of(ran, "run"), seconds, ran / seconds);
        }
        if (failed.isEmpty()) return 0;
        return reportFailures(err, plan, failed, runs.size(), kn == null, kn == null ? dir.resolve("runs.csv") : dir.resolve(SweepJournal.FILE));
    }

    /**
     * Names failed runs on stderr: how many of how many, where their errors are, and the first
     * few, each as "run 5 (point 2, replication 1, seed 123): error". Returns the exit code.
     */
    static int reportFailures(PrintWriter err, SweepPlan plan, List<RunRecord> failed, int total, boolean noPoints, Path errors) {
        err.printf(Locale.ROOT, "%d of %s failed%s; their errors are in %s%n", failed.size(), Plural.of(total, "run"),
                noPoints ? ", so the sweep has no points.csv" : "", errors);
        for (RunRecord f : failed.subList(0, Math.min(failed.size(), RunsFailedException.NAMED))) {
            SweepRun r = plan.runs().get(f.id());
            err.printf(Locale.ROOT, "  run %d (point %d, replication %d, seed %d): %s%n", r.id(), r.point(), r.replication(), r.seed(), f.error());
        }
        if (failed.size() > RunsFailedException.NAMED) err.printf(Locale.ROOT, "  and %d more%n", failed.size() - RunsFailedException.NAMED);
        return MedsimCommand.RUNS_FAILED;
    }

    static int[] parseShard(String text) {
        String[] parts = text.split("/");
        try {
            if (parts.length == 2 && parts[0].matches("[0-9]+") && parts[1].matches("[0-9]+")) {
                int k = Integer.parseInt(parts[0]);
                int n = Integer.parseInt(parts[1]);
                if (n >= 1 && k >= 0 && k < n) return new int[] {k, n};
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw InputException.of(null, "--shard must be K/N with 0 <= K < N (got " + text + ")");
    }
}
