package medsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import medsim.experiment.PosteriorSample;
import medsim.experiment.Replications;
import medsim.experiment.RunResult;
import medsim.experiment.Validation;
import medsim.experiment.ValidationReport;
import medsim.experiment.ValidationRow;
import medsim.model.World;
import medsim.model.WorldDiskCache;
import medsim.record.FolderLock;
import medsim.record.OutputFolder;
import medsim.record.Plural;
import medsim.scenario.Scenario;
import medsim.scenario.ScenarioLoader;
import medsim.yaml.InputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code medsim validate}: replications of a scenario against the real record it names. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Run seeded replications of a scenario and compare them with its validation targets (the real record).",
                "Prints a table and writes validation.csv, and validation.json (the scenario, its inputs' SHA-256, the seeds and the build). If any replication fails, it names the failures, writes no validation.csv and exits 1."})
final class ValidateCommand implements Callable<Integer> {
    @Parameters(paramLabel = "SCENARIO", description = "Scenario YAML file with a validation section.")
    Path scenarioFile;

    @Mixin
    ReplicationsOption replications;

    @Mixin
    SeedOption seedOption;

    @Mixin
    ThreadsOption threads;

    @Option(names = "--out", paramLabel = "DIR", description = "Folder for validation.csv (default: runs/<scenario>-validation).")
    Path out;

    @Option(names = "--posterior", paramLabel = "FILE",
            description = "A posterior sample (calibrate's posterior.csv with method: abc-smc): each replication draws its parameters from it, by weight, so the predictive intervals carry the parameters' uncertainty as well as the runs' noise.")
    Path posterior;

    @Option(names = {"-q", "--quiet"}, description = "No progress line.")
    boolean quiet;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        int nReplications = replications.get();
        long seed = seedOption.get(); // replication i runs with a seed derived from it and i
        int nThreads = threads.get();
        Scenario scenario = ScenarioLoader.load(scenarioFile);
        if (scenario.heldOut() != null) throw scenario.heldOut().refusalOfValidation("validate");
        if (scenario.validation().isEmpty()) throw InputException.of(scenarioFile.toString(), "has no validation section: nothing to compare with");
        Validation.refuseScheduledTargets(scenario);
        Validation.refuseTargetsOutsideTheRun(scenario);
        // Replication i's parameter set: a particle drawn by weight (PosteriorSample.draws), each
        // scenario loaded before any run, so a path the scenario does not have, or a value it
        // refuses, is bad input at the particle's line and the parameter's column in the sample.
        List<Scenario> draws = null;
        PosteriorSample sample = null;
        if (posterior != null) {
            sample = PosteriorSample.readFor(posterior, scenarioFile);
            draws = sample.scenarios(scenarioFile, seed, nReplications);
        }
        Path dir = out != null ? out : Path.of("runs", RunCommand.stem(scenarioFile) + "-validation");
        try (FolderLock lock = FolderLock.acquire(dir)) {
            OutputFolder.requireOnly(dir, "validate", List.of("validation.csv", "validation.json"));
            // A validate whose replications fail writes no validation.csv: leave none from before either.
            OutputFolder.replaceResults(dir, List.of("validation.csv", "validation.json"));
            PrintWriter err = spec.commandLine().getErr();
            long t0 = System.nanoTime();
            World world = WorldDiskCache.fromEnvironment().world(scenario.geography());
            java.util.function.IntConsumer progress = done -> {
                if (!quiet) err.printf(Locale.ROOT, "replication %d of %d done (%.0f s)%n", done, nReplications, (System.nanoTime() - t0) / 1e9);
            };
            List<RunResult> runs = Replications.run(draws == null ? i -> scenario : draws::get, world, seed, nReplications, nThreads, progress);
            List<ValidationRow> rows = Validation.evaluate(scenario.validation(), runs);
            PrintWriter o = spec.commandLine().getOut();
            o.printf(Locale.ROOT, "%s: %s, base seed %d%s%n", scenario.name(), Plural.of(nReplications, "replication"), seed,
                    posterior == null ? "" : ", parameters drawn from " + posterior);
            ValidationReport.print(o, rows);
            ValidationReport.writeCsv(dir.resolve("validation.csv"), rows);
            ValidationReport.writeJson(dir.resolve("validation.json"), scenario, seed, runs, sample);
            o.printf(Locale.ROOT, "wrote %s (%.1f s)%n", dir.resolve("validation.csv"), (System.nanoTime() - t0) / 1e9);
            return 0;
        }
    }
}
