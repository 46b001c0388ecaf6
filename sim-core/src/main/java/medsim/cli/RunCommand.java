package medsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

import medsim.experiment.PosteriorSample;
import medsim.format.Json;
import medsim.format.Numbers;
import medsim.model.RunOutcome;
import medsim.model.ScenarioRun;
import medsim.model.World;
import medsim.model.WorldDiskCache;
import medsim.provenance.BuildInfo;
import medsim.record.AtomicFiles;
import medsim.record.CsvEventSink;
import medsim.record.FolderLock;
import medsim.record.OutputFolder;
import medsim.record.RunOutputs;
import medsim.scenario.GeographySpec;
import medsim.scenario.HeldOut;
import medsim.scenario.Scenario;
import medsim.scenario.ScenarioLoader;
import medsim.yaml.FieldOverride;
import medsim.yaml.InputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code medsim run}: one run of a scenario, headless, with its output files. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Run a scenario headless and write summary.csv, daily.csv, events.csv, assets.csv, sightings.csv, search.csv and run.json."})
final class RunCommand implements Callable<Integer> {
    /** The files a run writes, in the order it writes them; run.json comes last, when all the others are there. */
    static final List<String> FILES = OutputFolder.RUN_FILES;

    @Parameters(paramLabel = "SCENARIO", description = "Scenario YAML file, e.g. scenarios/central-med-2016.yaml.")
    Path scenarioFile;

    @Mixin
    SeedOption seedOption;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: runs/<scenario file name>-seed<N>).")
    Path out;

    @Mixin
    DaysOption days;

    @Mixin
    ForecastOption forecast;

    @Option(names = "--posterior", paramLabel = "FILE",
            description = "A posterior sample (calibrate's posterior.csv with method: abc-smc): the run takes one parameter set from it, drawn by weight from the seed (the one validate and compare give their first replication with this base seed). Without it the scenario's own values are run (the shipped years hold the calibrated ones).")
    Path posterior;

    @Option(names = "--force", description = "Write into a non-empty output folder, replacing medsim's files there.")
    boolean force;

    @Option(names = {"-q", "--quiet"}, description = "No progress line.")
    boolean quiet;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    /** The world's reading, alongside the scenario's, on a daemon thread of its own (which never holds the process open). */
    private static final Executor ALONGSIDE = work -> {
        Thread t = new Thread(work, "medsim-run-alongside");
        t.setDaemon(true);
        t.start();
    };

    @Override
    public Integer call() throws IOException {
        long seed = seedOption.get();
        PosteriorSample sample = null;
        int particle = -1;
        List<FieldOverride> overrides = List.of();
        if (posterior != null) {
            sample = PosteriorSample.readFor(posterior, scenarioFile);
            particle = sample.draws(seed, 1)[0];
            overrides = sample.overrides(particle);
        }
        // The world (from the geography cache, or built) is made on another thread while the rest of the scenario is read.
        CompletableFuture<GeographySpec> geography = new CompletableFuture<>();
        CompletableFuture<World> world = geography.thenApplyAsync(g -> WorldDiskCache.fromEnvironment().world(g), ALONGSIDE);
        Scenario loaded = ScenarioLoader.load(scenarioFile, overrides, geography::complete);
        Scenario scenario = days.apply(loaded, loaded.days(), "the scenario's period");
        forecast.check(scenario, scenario.days(), "run", "--days " + HeldOut.SMOKE_TEST_DAYS);
        Path dir = out != null ? out : Path.of("runs", stem(scenarioFile) + "-seed" + seed);
        if (!force && !OutputFolder.contents(dir).isEmpty()) throw notEmpty(dir); // before the lock file is made in it
        try (FolderLock lock = FolderLock.acquire(dir)) {
            prepareOutDir(dir);
            try {
                return run(scenario, world, seed, dir, sample, particle);
            } catch (IOException | RuntimeException | Error e) {
                // A run that fails leaves no result, not even part of one (events.csv without its summary).
                for (String f : FILES) AtomicFiles.deleteQuietly(dir.resolve(f));
                throw e;
            }
        }
    }

    private static InputException notEmpty(Path dir) {
        return InputException.of(dir.toString(), "--out folder is not empty (use --force to replace medsim's files in it)");
    }

    private int run(Scenario scenario, CompletableFuture<World> worldAhead, long seed, Path dir, PosteriorSample sample, int particle) throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        long t0 = System.nanoTime();
        World world = joined(worldAhead);
        ProgressLine progress = new ProgressLine(err, quiet, t0);
        RunOutcome outcome;
        Scenario s = scenario;
        try (CsvEventSink events = new CsvEventSink(dir.resolve("events.csv"), tick -> s.startDate().atStartOfDay().plusMinutes(tick * s.tickMinutes()))) {
            outcome = ScenarioRun.execute(scenario, world, seed, events, progress);
            progress.done();
            events.publish();
        }
        double wallSeconds = (System.nanoTime() - t0) / 1e9;
        Map<String, Double> summary = outcome.summary();
        RunOutputs.writeSummary(dir.resolve("summary.csv"), scenario, days.days, seed, summary);
        RunOutputs.writeDaily(dir.resolve("daily.csv"), outcome.daily());
        RunOutputs.writeAssets(dir.resolve("assets.csv"), outcome.assets());
        RunOutputs.writeSightings(dir.resolve("sightings.csv"), outcome.search());
        RunOutputs.writeSearch(dir.resolve("search.csv"), outcome.search());
        Map<String, String> meta = new LinkedHashMap<>(BuildInfo.current().json());
        meta.put("scenario", Json.string(scenarioFile.toString()));
        meta.put("scenario_name", Json.string(scenario.name()));
        meta.put("inputs_sha256", Json.string(scenario.sources().digest()));
        meta.put("inputs", scenario.sources().toJson());
        meta.put("seed", Long.toString(seed));
        PosteriorSample.provenance(meta, sample);
        meta.put("posterior_line", sample == null ? "null" : Integer.toString(sample.line(particle)));
        meta.put("days", days.days == null ? "null" : days.days.toString());
        meta.put("start", Json.string(scenario.startDate().toString()));
        meta.put("end", Json.string(scenario.endDate().toString()));
        meta.put("tick_minutes", Integer.toString(scenario.tickMinutes()));
        meta.put("ticks", Long.toString(outcome.ticks()));
        meta.put("agent_steps", Long.toString(outcome.agentSteps()));
        meta.put("java", Json.string(System.getProperty("java.version")));
        meta.put("wall_seconds", Numbers.format(Math.round(wallSeconds * 1000) / 1000.0));
        meta.put("agent_steps_per_second", Numbers.format(Math.round(outcome.agentSteps() / wallSeconds)));
        RunOutputs.writeRunJson(dir.resolve("run.json"), meta);

        PrintWriter o = spec.commandLine().getOut();
        if (sample != null) o.printf(Locale.ROOT, "parameters drawn from %s (the particle at line %d)%n", sample.file(), sample.line(particle));
        o.printf(Locale.ROOT, "%s, seed %d, %s to %s: %s departed, %s arrived, %s rescued, %s returned to Libya, %s dead or missing%n",
                scenario.name(), seed, scenario.startDate(), scenario.endDate(),
                Numbers.format(summary.get("departed_people")), Numbers.format(summary.get("arrivals_people")),
                Numbers.format(summary.get("rescued_people")), Numbers.format(summary.get("returned_to_libya")), Numbers.format(summary.get("dead_missing")));
        o.printf(Locale.ROOT, "wrote %s (%.2f s, %s agent-steps/s)%n", dir, wallSeconds, Numbers.format(Math.round(outcome.agentSteps() / wallSeconds)));
        return 0;
    }

    /** Waits for work done on another thread; its failure is rethrown as it was thrown there. */
    private static <T> T joined(CompletableFuture<T> work) {
        try {
            return work.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error r) throw r;
            throw e;
        }
    }

    static String stem(Path file) {
        String n = file.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }

    /**
     * Makes {@code dir}, which this run has locked, ready for it: it must be empty, but for its
     * lock and the partial files of a run that was killed (they go); with --force, the files of
     * an earlier run go instead, so that a run that fails cannot leave its files mixed with an
     * earlier run's.
     */
    private void prepareOutDir(Path dir) {
        if (!force && !OutputFolder.contents(dir).isEmpty()) throw notEmpty(dir); // filled since the first look
        AtomicFiles.deleteLeftovers(dir);
        if (force) OutputFolder.clearForRerun(dir);
    }
}
