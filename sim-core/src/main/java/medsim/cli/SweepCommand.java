package medsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import medsim.experiment.RunRecord;
import medsim.experiment.SweepOutputs;
import medsim.experiment.SweepPlan;
import medsim.experiment.SweepRun;
import medsim.experiment.SweepRunner;
import medsim.experiment.SweepSpec;
import medsim.record.Plural;
import medsim.yaml.InputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code medsim sweep}: the runs of a sweep file, on this machine or as one shard of a cluster job. */
@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = {"Run a parameter sweep: a design over scenario fields, with replications.",
                "Writes runs.csv, points.csv, and sobol.csv or morris.csv for those designs. Run the same command again "
                        + "to resume an interrupted sweep. With --shard K/N, runs every N-th run from the K-th; merge the shards with medsim merge."})
final class SweepCommand implements Callable<Integer> {
    @Parameters(paramLabel = "SWEEP", description = "Sweep YAML file.")
    Path sweepFile;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: runs/<sweep file name>).")
    Path out;

    @Mixin
    ThreadsOption threads;

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
        int nThreads = threads.get();
        int[] kn = shard == null ? null : parseShard(shard);
        SweepSpec sweep = SweepSpec.load(sweepFile);
        SweepPlan plan = new SweepPlan(sweep);
        Path dir = out != null ? out : Path.of("runs", RunCommand.stem(sweepFile));
        if (force) clear(dir);
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
        long failed = runs.stream().filter(r -> !records.get(r.id()).ok()).count();
        if (kn == null) {
            SweepOutputs.write(dir, plan, records);
            o.printf(Locale.ROOT, "wrote %s: runs.csv, points.csv%s (%s in %.1f s, %.2f runs/s)%n", dir,
                    switch (sweep.design()) { case SALTELLI -> ", sobol.csv"; case MORRIS -> ", morris.csv"; default -> ""; },
                    Plural.of(ran, "run"), seconds, ran / seconds);
        } else {
            o.printf(Locale.ROOT, "wrote shard %s to %s (%s in %.1f s, %.2f runs/s); combine the shards with: medsim merge DIR...%n",
                    shard, dir, Plural.of(ran, "run"), seconds, ran / seconds);
        }
        if (failed > 0) {
            err.printf(Locale.ROOT, "%d of %s failed; their errors are in %s%n", failed, Plural.of(runs.size(), "run"),
                    kn == null ? dir.resolve("runs.csv") : dir.resolve("journal.csv"));
            records.values().stream().filter(r -> !r.ok()).limit(3).forEach(r -> err.println("  run " + r.id() + ": " + r.error()));
        }
        return 0;
    }

    static int[] parseShard(String text) {
        String[] parts = text.split("/");
        try {
            if (parts.length == 2) {
                int k = Integer.parseInt(parts[0]);
                int n = Integer.parseInt(parts[1]);
                if (n >= 1 && k >= 0 && k < n) return new int[] {k, n};
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw InputException.of(null, "--shard must be K/N with 0 <= K < N (got " + text + ")");
    }

    /** Removes medsim's sweep files from a folder so that a sweep starts over. */
    private static void clear(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) return;
        for (String f : List.of(SweepRunner.INFO, "journal.csv", "runs.csv", "points.csv", "sobol.csv", "morris.csv")) Files.deleteIfExists(dir.resolve(f));
        try (Stream<Path> left = Files.list(dir)) {
            if (left.findAny().isPresent()) throw InputException.of(dir.toString(), "--out folder holds files that are not medsim's; choose another folder");
        }
    }
}
