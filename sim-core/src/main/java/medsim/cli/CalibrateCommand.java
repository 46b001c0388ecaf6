package medsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import medsim.experiment.AbcJournal;
import medsim.experiment.AbcSmc;
import medsim.experiment.Calibration;
import medsim.experiment.CalibrationOutputs;
import medsim.experiment.CalibrationSpec;
import medsim.experiment.Validation;
import medsim.experiment.ValidationReport;
import medsim.format.Numbers;
import medsim.provenance.BuildInfo;
import medsim.record.FolderLock;
import medsim.record.OutputFolder;
import medsim.record.Plural;
import medsim.record.ResultsSnapshot;
import medsim.scenario.Scenario;
import medsim.scenario.ScenarioLoader;
import medsim.yaml.InputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code medsim calibrate}: fit scenario parameters to the record with CMA-ES, or sample their posterior with ABC-SMC. */
@Command(name = "calibrate", mixinStandardHelpOptions = true,
        description = {"Fit the parameters a calibration file names to the scenario's fit targets: CMA-ES with common random numbers (method: cmaes, the default), or a posterior sample by ABC-SMC (method: abc-smc).",
                "CMA-ES writes calibration.csv (every evaluation), and for the best point so far fitted.csv, fit.csv and calibrated.yaml.",
                "ABC-SMC writes abc-smc.csv (every generation's particles), and for the last whole generation posterior.csv, posterior-summary.csv and calibrated.yaml (the posterior median), then fit.csv at the median.",
                "Both write calibration.json: the build, the command, the scenario's inputs' SHA-256, the calibration file's, the seed, the simulations and the wall time.",
                "Interrupting it keeps the best point found so far. ABC-SMC appends every simulation to a journal (abc-journal-K.csv) as it ends:",
                "--resume continues an interrupted calibration from it, simulating only what it lacks, to the same files an uninterrupted one writes.",
                "--shard K/N runs one of N processes sharing one --out folder (on one machine or a cluster: medsim slurm --calibration):",
                "each simulates every N-th proposal and reads the others' from their journals; shard 0 writes the results.",
                "A candidate whose replication fails stops it (exit 1, naming the failures); one whose values the scenario refuses together",
                "(each was checked alone) stops it in one line naming the candidate (exit 2). Either way the files keep the evaluations before it."})
final class CalibrateCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenario YAML file with a validation section.")
    Path scenarioFile;

    @Parameters(index = "1", paramLabel = "CALIBRATION", description = "Calibration YAML file.")
    Path calibrationFile;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: runs/<calibration file name>).")
    Path out;

    @Mixin
    ThreadsOption threads;

    @Option(names = "--max-evaluations", paramLabel = "N", description = "Override the calibration file's maxEvaluations.")
    Integer maxEvaluations;

    @Option(names = "--resume", description = "ABC-SMC: continue the calibration in --out from its journals (same scenario, calibration file and build), "
            + "simulating only the proposals they lack. With --shard, a shard with no journal yet starts one.")
    boolean resume;

    @Option(names = "--shard", paramLabel = "K/N", description = "ABC-SMC: run shard K of N (K from 0) of the calibration in --out, which the N shards share: "
            + "it simulates every N-th proposal from the K-th and waits for the others' in their journals. Shard 0 writes the results.")
    String shard;

    @Option(names = "--shard-wait", paramLabel = "TIME", defaultValue = "6h",
            description = "With --shard: how long a shard waits for the others' proposals before it stops (exit 1), as 90s, 30m, 6h or 2d (default: ${DEFAULT-VALUE}).")
    String shardWait;

    @Option(names = {"-q", "--quiet"}, description = "No progress lines.")
    boolean quiet;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        int nThreads = threads.get();
        int[] kn = shard == null ? null : SweepCommand.parseShard(shard);
        Duration wait = waitDuration(shardWait);
        if (shard == null && spec.commandLine().getParseResult().hasMatchedOption("--shard-wait")) {
            throw InputException.of(null, "--shard-wait is for --shard K/N (a calibration without shards waits for no one)");
        }
        if (wait.isZero()) throw InputException.of(null, "--shard-wait must be more than 0 (got " + shardWait + ")");
        Scenario scenario = ScenarioLoader.load(scenarioFile);
        if (scenario.heldOut() != null) throw scenario.heldOut().refusalOfValidation("calibrate");
        if (scenario.validation().isEmpty()) throw InputException.of(scenarioFile.toString(), "has no validation section: nothing to fit to");
        Validation.refuseScheduledTargets(scenario); // a schedule's plan is the record: fitting to it fits the record to itself
        Validation.refuseTargetsOutsideTheRun(scenario);
        CalibrationSpec cal = CalibrationSpec.load(calibrationFile, scenarioFile, scenario.validation());
        if (maxEvaluations != null) {
            if (maxEvaluations < 1) throw InputException.of(null, "--max-evaluations must be at least 1 (got " + maxEvaluations + ")");
            if (cal.abc() != null && maxEvaluations < cal.abc().particles()) {
                throw InputException.of(null, "--max-evaluations " + maxEvaluations + " allows fewer simulations than the calibration file's particles ("
                        + cal.abc().particles() + "): a generation needs that many");
            }
            cal = cal.withMaxEvaluations(maxEvaluations);
        }
        if (cal.abc() == null && (resume || kn != null)) {
            throw InputException.of(calibrationFile.toString(), (resume ? "--resume" : "--shard") + " is for method: abc-smc (a CMA-ES calibration starts over)");
        }
        Calibration calibration = new Calibration(scenarioFile, cal, nThreads);
        calibration.scenarioAt(startValues(cal)); // a bad parameter path fails now, naming its line
        Path dir = out != null ? out : Path.of("runs", RunCommand.stem(calibrationFile));
        String command = "medsim calibrate " + scenarioFile + " " + calibrationFile; // the same for a run, its resumption and its shards: calibrated.yaml names it
        if (cal.abc() != null && resume && kn == null && AbcJournal.journals(dir).isEmpty()) {
            // checked before the folder is locked (and made), so that nothing is written; a shard starts
            // its journal if it has none: the first submission of a cluster job and its resubmission are one script
            throw InputException.of(dir.toString(), "holds no ABC-SMC journal (" + AbcJournal.fileName(0) + ") to resume from; start the calibration without --resume");
        }
        AbcSmc.Share share = kn == null ? AbcSmc.Share.ALL : new AbcSmc.Share(kn[0], kn[1]);
        try (FolderLock lock = kn == null ? FolderLock.acquire(dir) : FolderLock.acquireShard(dir, kn[0])) {
            OutputFolder.requireOnly(dir, "calibrate", CalibrationOutputs::isOwn);
            PrintWriter err = spec.commandLine().getErr();
            long t0 = System.nanoTime();
            if (cal.abc() != null) {
                AbcJournal.Identity identity = new AbcJournal.Identity(BuildInfo.current().id(), scenario.sources().digest(), CalibrationOutputs.calibrationSha256(cal));
                List<String> paths = cal.parameters().stream().map(CalibrationSpec.Parameter::path).toList();
                try (AbcJournal journal = AbcJournal.open(dir, share, paths, identity, resume, wait)) {
                    if (share.shard() != 0) return abcShard(calibration, cal, journal, share, dir, err, t0);
                    // A resume may yet refuse a journal line it replays (another key, other values): the results
                    // it replaces are kept until it ends, and put back if it fails.
                    ResultsSnapshot before = resume ? ResultsSnapshot.of(dir, CalibrationOutputs.FILES) : null;
                    OutputFolder.replaceResults(dir, CalibrationOutputs.FILES);
                    try {
                        return abc(calibration, cal, scenario, new CalibrationOutputs(dir, cal, scenarioFile, command), journal, share, dir, err, t0, nThreads);
                    } catch (RuntimeException e) {
                        if (before != null) before.restore();
                        throw e;
                    }
                } catch (AbcJournal.WaitedTooLong e) {
                    err.println("medsim: " + e.getMessage());
                    return 1;
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot write " + dir.resolve(AbcJournal.fileName(share.shard())) + ": " + e.getMessage(), e);
                }
            }
            OutputFolder.replaceResults(dir, CalibrationOutputs.FILES);
            AbcJournal.removeAll(dir); // an ABC-SMC calibration's, which this one replaces
            CalibrationOutputs outputs = new CalibrationOutputs(dir, cal, scenarioFile, command);
            int budget = cal.maxEvaluations();
            Calibration.Evaluation best;
            int[] evaluations = new int[1];
            try {
                best = calibration.run((e, b) -> {
                    outputs.record(e, b);
                    evaluations[0] = e.index();
                    outputs.writeJson(scenario, e.index(), null, 0, false, false, nThreads, (System.nanoTime() - t0) / 1e9);
                    if (!quiet) {
                        err.printf(Locale.ROOT, "evaluation %d of %d: loss %.3f, best %.3f (evaluation %d), %.0f s%n",
                                e.index(), budget, e.loss(), b.loss(), b.index(), (System.nanoTime() - t0) / 1e9);
                    }
                });
            } finally {
                outputs.close();
            }
            outputs.writeJson(scenario, evaluations[0], null, 0, false, true, nThreads, (System.nanoTime() - t0) / 1e9);
            PrintWriter o = spec.commandLine().getOut();
            o.printf(Locale.ROOT, "best of %s: loss %.4f%n", Plural.of(best.index(), "evaluation"), best.loss());
            for (int i = 0; i < cal.parameters().size(); i++) {
                o.printf(Locale.ROOT, "  %s = %s%n", cal.parameters().get(i).path(), Numbers.format(best.values()[i]));
            }
            ValidationReport.print(o, best.rows());
            o.printf(Locale.ROOT, "wrote %s (%.0f s)%n", dir, (System.nanoTime() - t0) / 1e9);
            return 0;
        }
    }

    /**
     * ABC-SMC: each generation's sample and summary on disk as it comes; at the end the
     * posterior summary, and the fit table at the posterior median (common seeds, as validate).
     */
    private int abc(Calibration calibration, CalibrationSpec cal, Scenario scenario, CalibrationOutputs outputs, AbcJournal journal, AbcSmc.Share share,
            Path dir, PrintWriter err, long t0, int nThreads) {
        List<CalibrationOutputs.PosteriorRow> summary = new ArrayList<>();
        List<AbcSmc.Generation> generations;
        int[] spent = new int[1];
        int[] abandoned = {-1, 0}; // the generation the budget cut short, and its simulations
        try {
            generations = calibration.runAbc(journal, share, new AbcSmc.Listener() {
                @Override
                public void generation(AbcSmc.Generation g) {
                    List<CalibrationOutputs.PosteriorRow> rows = outputs.recordGeneration(g, calibration::values);
                    spent[0] += g.simulations();
                    outputs.writeJson(scenario, spent[0], g.index() + 1, 0, resume, false, nThreads, (System.nanoTime() - t0) / 1e9);
                    summary.clear();
                    summary.addAll(rows);
                    progress(err, cal, g, journal, t0);
                }

                @Override
                public void abandoned(int generation, int simulations) {
                    abandoned[0] = generation;
                    abandoned[1] = simulations;
                }
            });
        } finally {
            outputs.close();
        }
        PrintWriter o = spec.commandLine().getOut();
        if (journal.replayed() > 0) {
            o.printf(Locale.ROOT, "%s simulated here, %s taken from the journals in %s%n", Plural.of(journal.simulated(), "simulation"),
                    Plural.of(journal.replayed(), "simulation"), dir);
        }
        AbcSmc.Generation last = generations.get(generations.size() - 1);
        int simulations = generations.stream().mapToInt(AbcSmc.Generation::simulations).sum();
        o.printf(Locale.ROOT, "ABC-SMC: %s, %s of %s each, last tolerance %s%n", Plural.of(generations.size(), "generation"),
                Plural.of(simulations, "simulation"), Plural.of(cal.replications(), "run"),
                Double.isInfinite(last.tolerance()) ? "none (the prior only: the budget allowed no more)" : Numbers.format(last.tolerance()));
        if (abandoned[0] >= 0) {
            o.printf(Locale.ROOT, "  stopped before generation %d of %d: the budget (maxEvaluations %d) ran out%s"
                    + " (--resume with a larger --max-evaluations continues from the journal)%n", abandoned[0], cal.abc().generations(), cal.maxEvaluations(),
                    abandoned[1] == 0 ? "" : " after " + Plural.of(abandoned[1], "simulation") + " of it, discarded");
        }
        o.printf(Locale.ROOT, "  %-50s %10s %10s %24s %11s%n", "parameter", "mean", "median", "95% interval", "contraction");
        for (CalibrationOutputs.PosteriorRow r : summary) {
            String judged = !r.judged() ? "  (not judged: fewer than " + CalibrationOutputs.PosteriorRow.MIN_PARTICLES_TO_JUDGE + " particles or only the prior)"
                    : r.identified() ? "  identified" : "  not identified";
            o.printf(Locale.ROOT, "  %-50s %10.4g %10.4g %24s %11.2f%s%n", r.path(), r.mean(), r.median(),
                    String.format(Locale.ROOT, "[%.4g, %.4g]", r.low(), r.high()), r.contraction(), judged);
        }
        double[] medians = new double[summary.size()];
        for (int k = 0; k < medians.length; k++) medians[k] = summary.get(k).median();
        Calibration.Evaluation atMedian = calibration.evaluate(simulations + 1, medians);
        ValidationReport.writeCsv(dir.resolve("fit.csv"), atMedian.rows());
        outputs.writeJson(scenario, simulations, generations.size(), abandoned[1], resume, true, nThreads, (System.nanoTime() - t0) / 1e9);
        o.println("the fit targets at the posterior median (calibrated.yaml):");
        ValidationReport.print(o, atMedian.rows());
        o.printf(Locale.ROOT, "wrote %s (%.0f s)%n", dir, (System.nanoTime() - t0) / 1e9);
        return 0;
    }

    /**
     * Shard K > 0 of an ABC-SMC calibration: the same generations as shard 0, its share of the
     * simulations, and no result files (shard 0 writes them).
     */
    private int abcShard(Calibration calibration, CalibrationSpec cal, AbcJournal journal, AbcSmc.Share share, Path dir, PrintWriter err, long t0) {
        List<AbcSmc.Generation> generations = calibration.runAbc(journal, share, g -> progress(err, cal, g, journal, t0));
        spec.commandLine().getOut().printf(Locale.ROOT, "shard %d/%d: %s simulated here, %s taken from the journals (%.0f s); %s; shard 0 writes the results to %s%n",
                share.shard(), share.shards(), Plural.of(journal.simulated(), "simulation"), Plural.of(journal.replayed(), "simulation"),
                (System.nanoTime() - t0) / 1e9, Plural.of(generations.size(), "whole generation"), dir);
        return 0;
    }

    private void progress(PrintWriter err, CalibrationSpec cal, AbcSmc.Generation g, AbcJournal journal, long t0) {
        if (quiet) return;
        err.printf(Locale.ROOT, "generation %d of %d: tolerance %s, %d simulations, %.0f%% kept, %d simulated here so far, %.0f s%n", g.index(), cal.abc().generations(),
                Double.isInfinite(g.tolerance()) ? "none (the prior)" : String.format(Locale.ROOT, "%.3f", g.tolerance()),
                g.simulations(), 100 * g.acceptance(), journal.simulated(), (System.nanoTime() - t0) / 1e9);
    }

    private static final java.util.regex.Pattern DURATION = java.util.regex.Pattern.compile("([0-9]{1,7})([smhd])");

    /** A --shard-wait: a whole number of seconds, minutes, hours or days (90s, 30m, 6h, 2d). */
    static Duration waitDuration(String text) {
        java.util.regex.Matcher m = DURATION.matcher(text);
        if (!m.matches()) throw InputException.of(null, "--shard-wait must be a whole number of s, m, h or d, as 90s, 30m, 6h or 2d (got " + text + ")");
        long n = Long.parseLong(m.group(1));
        return switch (m.group(2)) {
            case "s" -> Duration.ofSeconds(n);
            case "m" -> Duration.ofMinutes(n);
            case "h" -> Duration.ofHours(n);
            default -> Duration.ofDays(n);
        };
    }

    private static double[] startValues(CalibrationSpec cal) {
        double[] v = new double[cal.parameters().size()];
        for (int i = 0; i < v.length; i++) v[i] = cal.parameters().get(i).value(cal.parameters().get(i).unit(cal.parameters().get(i).start()));
        return v;
    }
}
