package medsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import medsim.experiment.Comparison;
import medsim.experiment.ComparisonReport;
import medsim.experiment.PosteriorSample;
import medsim.provenance.InputFile;
import medsim.record.FolderLock;
import medsim.record.OutputFolder;
import medsim.scenario.HeldOut;
import medsim.scenario.Scenario;
import medsim.scenario.ScenarioLoader;
import medsim.yaml.InputException;
import medsim.yaml.YamlNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code medsim compare}: two scenarios, or a what-if and its base, by paired replications. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"Compare scenario B with scenario A by paired replications with common random numbers (replication i "
                + "of each runs with the same seed). Given one file, compares that what-if (B) with the scenario it extends (A).",
                "Per metric: the means of A and B, the mean paired difference B - A with its 95% interval, the relative change "
                + "and whether the interval excludes zero. Prints a table and writes compare.csv and compare.json. If any "
                + "replication fails, it names the failures, writes neither file and exits 1."})
final class CompareCommand implements Callable<Integer> {
    static final String CSV = "compare.csv";
    static final String JSON = "compare.json";

    @Parameters(paramLabel = "SCENARIO", arity = "1..2",
            description = "A.yaml B.yaml, or one WHATIF.yaml with extends: (compared with the scenario it extends).")
    List<Path> files;

    @Mixin
    ReplicationsOption replications;

    @Mixin
    SeedOption seedOption;

    @Mixin
    ThreadsOption threads;

    @Option(names = "--out", paramLabel = "DIR", description = "Folder for compare.csv and compare.json (default: runs/<A>-vs-<B>).")
    Path out;

    @Mixin
    DaysOption days;

    @Mixin
    ForecastOption forecast;

    @Option(names = "--posterior", paramLabel = "FILE",
            description = "A posterior sample (calibrate's posterior.csv with method: abc-smc): replication i of A and of B draw the same parameter set from it, by weight, so the predictive intervals of B - A carry the parameters' uncertainty as well as the runs' noise. B must leave the sample's parameters as A has them.")
    Path posterior;

    @Option(names = {"-q", "--quiet"}, description = "No progress line.")
    boolean quiet;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        int nReplications = replications.get();
        long seed = seedOption.get(); // replication i of A and of B both run with a seed derived from it and i
        int nThreads = threads.get();
        Path fileB = files.get(files.size() - 1);
        Scenario b = ScenarioLoader.load(fileB);
        Path fileA = files.size() == 2 ? files.get(0) : extendedBase(files.get(0), b);
        Scenario a = ScenarioLoader.load(fileA);
        int most = Math.min(a.days(), b.days());
        a = days.apply(a, most, "the shorter scenario's period");
        b = days.apply(b, most, "the shorter scenario's period");
        forecast.check(a, a.days(), "compare", "--days " + HeldOut.SMOKE_TEST_DAYS);
        forecast.check(b, b.days(), "compare", "--days " + HeldOut.SMOKE_TEST_DAYS);
        // Replication i of A and of B: the same particle of the sample (PosteriorSample.draws),
        // each scenario loaded before any run, cut to the same days.
        PosteriorSample sample = null;
        List<Scenario> drawsA = null, drawsB = null;
        if (posterior != null) {
            sample = PosteriorSample.readFor(posterior, fileA, fileB);
            sample.checkPaired(fileA, fileB);
            drawsA = cut(sample.scenarios(fileA, seed, nReplications), most);
            drawsB = cut(sample.scenarios(fileB, seed, nReplications), most);
        }
        Path dir = out != null ? out : Path.of("runs", RunCommand.stem(a.file()) + "-vs-" + RunCommand.stem(b.file()));
        try (FolderLock lock = FolderLock.acquire(dir)) {
            OutputFolder.requireOnly(dir, "compare", List.of(CSV, JSON));
            // A compare whose replications fail writes no result: leave none from before either.
            OutputFolder.replaceResults(dir, List.of(CSV, JSON));
            PrintWriter err = spec.commandLine().getErr();
            long t0 = System.nanoTime();
            int total = 2 * nReplications;
            java.util.function.IntConsumer progress = done -> {
                if (!quiet) err.printf(Locale.ROOT, "run %d of %d done (%.0f s)%n", done, total, (System.nanoTime() - t0) / 1e9);
            };
            Comparison c = sample == null
                    ? Comparison.run(a, b, seed, nReplications, nThreads, progress)
                    : Comparison.run(a, drawsA::get, b, drawsB::get, seed, nReplications, nThreads, progress);
            double wallSeconds = (System.nanoTime() - t0) / 1e9;
            PrintWriter o = spec.commandLine().getOut();
            if (sample != null) o.printf(Locale.ROOT, "parameters drawn from %s (pair i: the same draw for A and B)%n", posterior);
            ComparisonReport.print(o, c);
            ComparisonReport.writeCsv(dir.resolve(CSV), c);
            ComparisonReport.writeJson(dir.resolve(JSON), c, days.days, sample, wallSeconds);
            o.printf(Locale.ROOT, "wrote %s and %s (%.1f s)%n", dir.resolve(CSV), JSON, wallSeconds);
            return 0;
        }
    }

    private List<Scenario> cut(List<Scenario> drawn, int most) {
        return drawn.stream().map(s -> days.apply(s, most, "the shorter scenario's period")).toList();
    }

    /**
     * The scenario a what-if extends directly (the first base its sources list), as a path
     * relative to the current folder where it lies inside it. A file that extends nothing is
     * bad input, located at its first line.
     */
    static Path extendedBase(Path whatIf, Scenario loaded) {
        return loaded.sources().files().stream()
                .filter(f -> f.role().equals("extends"))
                .findFirst()
                .map(InputFile::displayPath)
                .map(Path::of)
                .orElseThrow(() -> YamlNode.parse(whatIf).error(
                        "extends no scenario, so there is nothing to compare it with: give two scenarios (A.yaml B.yaml) or a what-if with extends:"));
    }
}
