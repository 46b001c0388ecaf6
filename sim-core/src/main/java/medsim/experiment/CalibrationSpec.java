package medsim.experiment;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import medsim.record.Plural;
import medsim.scenario.ValidationTarget;
import medsim.yaml.Bounds;
import medsim.yaml.InputException;
import medsim.yaml.YamlMap;
import medsim.yaml.YamlNode;

/**
 * A calibration file: the scenario parameters to fit (field paths with bounds), the
 * validation targets to fit them to (with weights), and the effort: replications per
 * candidate, evaluations, population, seed.
 */
public record CalibrationSpec(Path file, List<Parameter> parameters, Map<String, Double> targetWeights,
                              int replications, int maxEvaluations, int populationSize, double initialStep, long seed, Abc abc) {

    /**
     * ABC-SMC's settings ({@link AbcSmc}), for {@code method: abc-smc}: particles per
     * generation, generations, and the quantile of a generation's distances that sets the next
     * one's tolerance. {@code maxEvaluations} is then the budget of simulations (each of
     * {@code replications} runs), and {@code populationSize} and {@code initialStep} are unused.
     */
    public record Abc(int particles, int generations, double quantile) {}

    /** A CMA-ES calibration (no ABC settings). */
    public CalibrationSpec(Path file, List<Parameter> parameters, Map<String, Double> targetWeights,
                           int replications, int maxEvaluations, int populationSize, double initialStep, long seed) {
        this(file, parameters, targetWeights, replications, maxEvaluations, populationSize, initialStep, seed, null);
    }

    /** The same calibration with another budget of evaluations. */
    public CalibrationSpec withMaxEvaluations(int n) {
        return new CalibrationSpec(file, parameters, targetWeights, replications, n, populationSize, initialStep, seed, abc);
    }

    /** One fitted parameter: a scenario field path, its range, and where the search starts. {@code line}/{@code column} locate it in the file. */
    public record Parameter(String path, ParameterRange range, double start, int line, int column) {

        public double value(double unit) {
            return range.value(unit);
        }

        public double unit(double value) {
            return range.unit(value);
        }
    }

    /**
     * Reads a calibration file for {@code scenarioFile}, whose validation targets are
     * {@code available}. Only targets with {@code use: fit} may be fitted (all of them, weight 1,
     * without a {@code targets} field), and there must be at least as many with a weight above 0
     * as parameters. Each parameter is checked against the scenario before any evaluation
     * (see {@link FieldProbe}): at its min, max and start, and at a fractional value unless it is
     * whole numbers only; a path that names no field or a bound outside the field's range is an
     * error at its place in the calibration file.
     */
    public static CalibrationSpec load(Path file, Path scenarioFile, List<ValidationTarget> available) {
        return read(file, Optional.of(scenarioFile), Optional.of(available));
    }

    /**
     * Reads a calibration file on its own, as {@code medsim check} does: every field but the
     * target names, which only the scenario it is used with can check (as {@code calibrate} does).
     * Without a {@code targets} field the weights are empty: they would be the scenario's targets.
     */
    public static CalibrationSpec loadUnpaired(Path file) {
        return read(file, Optional.empty(), Optional.empty());
    }

    private static CalibrationSpec read(Path file, Optional<Path> scenarioFile, Optional<List<ValidationTarget>> scenarioTargets) {
        YamlMap m = YamlNode.parse(file).asMap();
        List<Parameter> params = new ArrayList<>();
        for (Map.Entry<String, YamlNode> e : m.get("parameters").asMap().entries()) {
            YamlMap p = e.getValue().asMap();
            ParameterRange range = ParameterRange.read(p);
            YamlNode startNode = p.opt("start").orElse(null);
            double start = p.number("start", range.middle(), Bounds.any());
            if (start < range.min() || start > range.max()) throw startNode.error("must lie between min and max");
            p.finish();
            var mark = e.getValue().raw().getStartMark();
            int line = mark.map(k -> k.getLine() + 1).orElse(0);
            int column = mark.map(k -> k.getColumn() + 1).orElse(0);
            if (scenarioFile.isPresent()) {
                List<FieldProbe.Trial> trials = new ArrayList<>(List.of(SweepSpec.trial(range.min(), p.get("min")), SweepSpec.trial(range.max(), p.get("max"))));
                if (startNode != null) trials.add(SweepSpec.trial(start, startNode));
                if (!range.integer()) trials.add(new FieldProbe.Trial(SweepSpec.fractionalValue(range), line, column, "; without integer: true, the search tries fractional values"));
                FieldProbe.check(scenarioFile.get(), e.getKey(), file.toString(), line, column, trials);
            }
            params.add(new Parameter(e.getKey(), range, start, line, column));
        }
        if (params.isEmpty()) throw m.get("parameters").error("must name at least one parameter");
        Map<String, Double> weights = new LinkedHashMap<>();
        if (m.has("targets")) {
            for (Map.Entry<String, YamlNode> e : m.get("targets").asMap().entries()) {
                List<ValidationTarget> available = scenarioTargets.orElse(null);
                if (available != null && available.stream().noneMatch(t -> t.id().equals(e.getKey()))) {
                    throw e.getValue().error("is not a validation target of the scenario (known: "
                            + String.join(", ", available.stream().map(ValidationTarget::id).toList()) + ")");
                }
                if (available != null && available.stream().anyMatch(t -> t.id().equals(e.getKey()) && t.use() == ValidationTarget.Use.CHECK)) {
                    throw e.getValue().error("is a check (use: check in the scenario): calibration fits only targets with use: fit");
                }
                weights.put(e.getKey(), Bounds.nonNegative().check(e.getValue()));
            }
        } else {
            m.opt("targets");
            for (ValidationTarget t : scenarioTargets.orElse(List.of())) if (t.use() == ValidationTarget.Use.FIT) weights.put(t.id(), 1.0);
        }
        if (weights.isEmpty() && (scenarioTargets.isPresent() || m.has("targets"))) {
            throw InputException.of(file.toString(), "has no targets to fit (the scenario has no validation target with use: fit)");
        }
        long fitted = weights.values().stream().filter(w -> w > 0).count();
        if (fitted == 0 && !weights.isEmpty()) {
            throw (m.has("targets") ? m.get("targets") : m.get("parameters")).error("gives every target a weight of 0: there is nothing to fit to");
        }
        boolean pointFit = !m.has("method") || m.get("method").asString().equals("cmaes");
        if (scenarioTargets.isPresent() && pointFit && params.size() > fitted) {
            throw m.get("parameters").error("fits " + Plural.of(params.size(), "parameter") + " to " + Plural.of((int) fitted, "target")
                    + " with a weight above 0: a point fit needs at least as many targets as parameters (a monthly series counts as one);"
                    + " fix the others at their documented values");
        }
        int reps = m.integer("replications", 4, 1, 1000);
        int evals = m.integer("maxEvaluations", 200, 1, 1_000_000);
        int lambda = m.integer("populationSize", 4 + (int) (3 * Math.log(params.size())), 2, 1000);
        double step = m.number("initialStep", 0.25, new Bounds(0, false, 1, true));
        long seed = m.integer("seed", 1, 0, Integer.MAX_VALUE);
        YamlNode methodNode = m.opt("method").orElse(null);
        String method = methodNode == null ? "cmaes" : methodNode.asString();
        Abc abc = null;
        if (method.equals("abc-smc")) {
            abc = new Abc(m.integer("particles", 100, 2, 100_000), m.integer("generations", 6, 1, 1000),
                    m.number("quantile", 0.5, new Bounds(0, false, 1, false)));
            if (evals < abc.particles()) {
                throw (m.has("maxEvaluations") ? m.get("maxEvaluations") : m.get("particles"))
                        .error("allows fewer simulations (" + evals + ") than particles (" + abc.particles() + "): a generation needs that many");
            }
            for (String cmaesOnly : List.of("populationSize", "initialStep")) {
                if (m.has(cmaesOnly)) throw m.get(cmaesOnly).error("is for method: cmaes");
            }
        } else if (!method.equals("cmaes")) {
            throw methodNode.error("must be cmaes (a point fit) or abc-smc (a posterior sample), got '" + method + "'");
        } else {
            for (String abcOnly : List.of("particles", "generations", "quantile")) {
                if (m.has(abcOnly)) throw m.get(abcOnly).error("is for method: abc-smc");
            }
        }
        m.finish();
        return new CalibrationSpec(file, params, weights, reps, evals, lambda, step, seed, abc);
    }
}
