package medsim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;

import medsim.event.EventSink;
import medsim.experiment.CalibrationSpec;
import medsim.experiment.SweepPlan;
import medsim.experiment.SweepSpec;
import medsim.experiment.Validation;
import medsim.model.ScenarioRun;
import medsim.model.WorldCache;
import medsim.record.Plural;
import medsim.scenario.Scenario;
import medsim.scenario.ScenarioLoader;
import medsim.yaml.InputException;
import medsim.yaml.YamlNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * Checks scenario, sweep and calibration files without running them. A scenario is taken as
 * far as a run goes before its first step (facts, land, world, model started), so a scenario
 * that passes is one that runs.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Check scenario, sweep and calibration files without running them.",
                "Every field, type, range and reference is checked, and for a scenario its facts, land and world, as far as a run goes before its first step.",
                "A scenario in departures.mode schedule may not have validation targets on what its plan sets (arrivals, departed, landed or disembarked people).",
                "Reports each file (ok or its error); exits 2 if any failed."})
final class CheckCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Scenario, sweep or calibration YAML files.")
    Path[] files;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    /** What a YAML file is, told by its top-level fields. */
    enum Kind {
        SCENARIO, SWEEP, CALIBRATION;

        private static final Set<String> SCENARIO_FIELDS = Set.of("extends", "name", "period");
        private static final Set<String> SWEEP_FIELDS = Set.of("scenario", "design");
        private static final Set<String> CALIBRATION_FIELDS = Set.of("parameters", "targets", "maxEvaluations");

        /** A file with none of the telling fields is taken as a scenario, whose errors say what it needs. */
        static Kind of(Path file) {
            YamlNode root = YamlNode.parse(file);
            if (!root.isMap()) return SCENARIO;
            Set<String> keys = root.asMap().keys();
            if (keys.stream().anyMatch(SCENARIO_FIELDS::contains)) return SCENARIO;
            if (keys.stream().anyMatch(SWEEP_FIELDS::contains)) return SWEEP;
            if (keys.stream().anyMatch(CALIBRATION_FIELDS::contains)) return CALIBRATION;
            return SCENARIO;
        }
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        WorldCache worlds = new WorldCache();
        int failed = 0;
        for (Path p : files) {
            try {
                out.println(p + ": ok (" + check(p, worlds, err) + ")");
            } catch (InputException e) {
                failed++;
                // An error in another file (a base scenario, the facts, the land) says which given file led there.
                boolean elsewhere = e.file() == null || !e.file().equals(p.toString());
                err.println(e.getMessage() + (elsewhere ? " (checking " + InputException.printable(p.toString()) + ")" : ""));
            }
        }
        out.flush();
        if (failed > 0 && files.length > 1) err.printf(Locale.ROOT, "%d of %d files failed%n", failed, files.length);
        return failed > 0 ? MedsimCommand.BAD_INPUT : 0;
    }

    /** Checks one file; returns what it is, for the ok line. Warnings (a sweep's) go to {@code err}. */
    private static String check(Path file, WorldCache worlds, PrintWriter err) {
        return switch (Kind.of(file)) {
            case SCENARIO -> {
                Scenario loaded = ScenarioLoader.load(file);
                Validation.refuseScheduledTargets(loaded); // as validate and calibrate would
                Validation.refuseTargetsOutsideTheRun(loaded);
                Scenario s = startable(loaded, worlds);
                yield String.format(Locale.ROOT, "%s, %s to %s, %s, %s", s.name(), s.startDate(), s.endDate(),
                        Plural.of(s.forces().size(), "force"),
                        Plural.of(s.forces().values().stream().mapToInt(f -> f.assets().size()).sum(), "asset class", "asset classes"));
            }
            case SWEEP -> {
                SweepSpec sweep = SweepSpec.load(file);
                SweepPlan plan = new SweepPlan(sweep);
                plan.checkEveryPoint();
                startable(plan.scenarioAt(0), worlds);
                sweep.warnings().forEach(err::println);
                yield String.format(Locale.ROOT, "sweep of %s: %s design, %s x %s = %s", sweep.baseScenario().name(), sweep.design().key(),
                        Plural.of(plan.design().size(), "point"), Plural.of(sweep.replications(), "replication"),
                        Plural.of(plan.runs().size(), "run"));
            }
            case CALIBRATION -> {
                CalibrationSpec cal = CalibrationSpec.loadUnpaired(file);
                String method = cal.abc() == null ? "CMA-ES" : String.format(Locale.ROOT, "ABC-SMC, %s in up to %s",
                        Plural.of(cal.abc().particles(), "particle"), Plural.of(cal.abc().generations(), "generation"));
                yield String.format(Locale.ROOT, "calibration of %s (%s), %s x %s; "
                        + "its targets and paths are checked against the scenario by medsim calibrate",
                        Plural.of(cal.parameters().size(), "parameter"), method,
                        Plural.of(cal.maxEvaluations(), cal.abc() == null ? "evaluation" : "simulation"), Plural.of(cal.replications(), "replication"));
            }
        };
    }

    /** Builds the scenario's world and starts the model on it, as a run does before its first step. */
    private static Scenario startable(Scenario s, WorldCache worlds) {
        ScenarioRun.start(s, worlds.get(s.geography()), 1, EventSink.NONE);
        return s;
    }
}
