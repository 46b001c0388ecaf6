package medsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.IntConsumer;

import medsim.experiment.PosteriorSample;
import medsim.experiment.Prediction;
import medsim.experiment.Replications;
import medsim.experiment.RunResult;
import medsim.experiment.RunsFailedException;
import medsim.model.World;
import medsim.model.WorldDiskCache;
import medsim.record.FolderLock;
import medsim.record.OutputFolder;
import medsim.scenario.HeldOut;
import medsim.scenario.Scenario;
import medsim.scenario.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code medsim predict}: what a scenario's replications say one more run would give, with predictive intervals. */
@Command(name = "predict", mixinStandardHelpOptions = true,
        description = {"Run seeded replications of a scenario (with --posterior, each with its parameters drawn from a posterior sample) "
                + "and give, per metric of summary.csv, the mean with its 95% interval and the 80% and 95% predictive intervals of "
                + "the runs. The 2017 forecast is this command with --forecast and --posterior.",
                "Prints a table and writes predictive.csv and predictive.json. If any replication fails, it names the failures, "
                + "writes neither file and exits 1."})
final class PredictCommand implements Callable<Integer> {
    static final String CSV = "predictive.csv";
    static final String JSON = "predictive.json";

    @Parameters(paramLabel = "SCENARIO", description = "Scenario YAML file.")
    Path scenarioFile;

    @Mixin
    ReplicationsOption replications;

    @Mixin
    SeedOption seedOption;

    @Mixin
    ThreadsOption threads;

    @Mixin
    DaysOption days;

    @Mixin
    ForecastOption forecast;

    @Option(names = "--posterior", paramLabel = "FILE",
            description = "A posterior sample (calibrate's posterior.csv with method: abc-smc): replication i draws its parameters from it, by weight (the draw validate and compare give replication i), so the predictive intervals carry the parameters' uncertainty as well as the runs' noise.")
    Path posterior;

    @Option(names = "--out", paramLabel = "DIR", description = "Folder for predictive.csv and predictive.json (default: runs/<scenario>-predictive).")
    Path out;

    @Option(names = {"-q", "--quiet"}, description = "No progress line.")
    boolean quiet;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        int nReplications = replications.get();
        long seed = seedOption.get(); // replication i runs with a seed derived from it and i
        int nThreads = threads.get();
        Scenario loaded = ScenarioLoader.load(scenarioFile);
        Scenario scenario = days.apply(loaded, loaded.days(), "the scenario's period");
        forecast.check(scenario, scenario.days(), "predict", "--days " + HeldOut.SMOKE_TEST_DAYS);
        // Each replication's scenario loaded before any run: a path the scenario does not have, or
        // a value it refuses, is bad input at the particle's line and the parameter's column.
        PosteriorSample sample = null;
        List<Scenario> draws = null;
        if (posterior != null) {
            sample = PosteriorSample.readFor(posterior, scenarioFile);
            draws = sample.scenarios(scenarioFile, seed, nReplications).stream().map(s -> days.apply(s, s.days(), "the scenario's period")).toList();
        }
        Path dir = out != null ? out : Path.of("runs", RunCommand.stem(scenarioFile) + "-predictive");
        try (FolderLock lock = FolderLock.acquire(dir)) {
            OutputFolder.requireOnly(dir, "predict", List.of(CSV, JSON));
            // A prediction whose replications fail writes no result: leave none from before either.
            OutputFolder.replaceResults(dir, List.of(CSV, JSON));
            PrintWriter err = spec.commandLine().getErr();
            long t0 = System.nanoTime();
            World world = WorldDiskCache.fromEnvironment().world(scenario.geography());
            IntConsumer progress = done -> {
                if (!quiet) err.printf(Locale.ROOT, "replication %d of %d done (%.0f s)%n", done, nReplications, (System.nanoTime() - t0) / 1e9);
            };
            List<RunResult> runs;
            try {
                runs = Replications.run(draws == null ? i -> scenario : draws::get, world, seed, nReplications, nThreads, progress);
            } catch (RunsFailedException e) {
                throw e.in(scenarioFile.toString());
            }
            Prediction p = Prediction.of(scenario, runs, seed);
            double wallSeconds = (System.nanoTime() - t0) / 1e9;
            PrintWriter o = spec.commandLine().getOut();
            if (sample != null) o.printf(Locale.ROOT, "parameters drawn from %s%n", posterior);
            Prediction.print(o, p);
            Prediction.writeCsv(dir.resolve(CSV), p);
            Prediction.writeJson(dir.resolve(JSON), p, days.days, sample, wallSeconds);
            o.printf(Locale.ROOT, "wrote %s and %s (%.1f s)%n", dir.resolve(CSV), JSON, wallSeconds);
            return 0;
        }
    }
}
