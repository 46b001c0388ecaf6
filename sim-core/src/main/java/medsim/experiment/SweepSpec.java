package medsim.experiment;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import medsim.format.Numbers;
import medsim.metric.MetricCatalog;
import medsim.metric.MetricRange;
import medsim.provenance.InputFile;
import medsim.scenario.Scenario;
import medsim.scenario.ScenarioLoader;
import medsim.scenario.ValidationTarget;
import medsim.yaml.Bounds;
import medsim.yaml.InputException;
import medsim.yaml.InputFiles;
import medsim.yaml.YamlMap;
import medsim.yaml.YamlNode;

/**
 * A sweep file, read and checked: the base scenario, the parameters to vary, the design,
 * replications, metrics, sweep seed and how the points share seeds, and the posterior sample
 * the replications may draw their other parameters from ({@code posterior: FILE}, else null).
 * Errors name the file, line, column and field.
 */
public record SweepSpec(Path file, String digest, Path scenarioFile, Scenario baseScenario, List<SweepParameter> parameters,
                        DesignKind design, int points, int levels, int bootstrap, Path designFile,
                        int replications, List<String> metrics, long seed, SeedScheme seeds, Integer days, Screening screening,
                        PosteriorSample posterior) {

    /** A metric named {@code validation.<id>} is the per-run statistic of the scenario's validation target {@code id} ({@link Validation#statistic}). */
    public static final String TARGET_METRIC = "validation.";

    public static SweepSpec load(Path file) {
        YamlNode root = YamlNode.parse(file);
        YamlMap m = root.asMap();
        YamlNode scenarioNode = m.get("scenario");
        Path scenarioFile = scenarioNode.asPath();
        String unusableScenario = InputFiles.unusable(scenarioFile, InputFiles.MAX_YAML_BYTES);
        if (unusableScenario != null) throw scenarioNode.error("names a scenario that " + unusableScenario + ": " + scenarioFile);
        Scenario base = ScenarioLoader.load(scenarioFile);

        YamlMap d = m.get("design").asMap();
        YamlNode typeNode = d.get("type");
        DesignKind design = DesignKind.parse(typeNode.asString());
        if (design == null) throw typeNode.error("is not a design (expected one of: " + DesignKind.known() + ")");
        int points = d.integer("points", 0, 0, 1_000_000);
        int levels = d.integer("levels", 4, 2, 100);
        int bootstrap = d.integer("bootstrap", 1000, 0, 100_000);
        Path designFile = d.has("file") ? d.get("file").asPath() : null;
        d.opt("file");
        if ((design == DesignKind.LATIN_HYPERCUBE || design == DesignKind.SOBOL || design == DesignKind.SALTELLI || design == DesignKind.MORRIS)
                && points < 1) {
            throw d.node().error("needs points (" + (design == DesignKind.SALTELLI ? "base samples N: N(k+2) runs per replication"
                    : design == DesignKind.MORRIS ? "trajectories r: r(k+1) runs per replication" : "design points") + ")");
        }
        if (design == DesignKind.CSV && designFile == null) throw d.node().error("needs file: the CSV design matrix");
        if (design == DesignKind.CSV) {
            String unusable = InputFiles.unusable(designFile, InputFiles.MAX_CSV_BYTES);
            if (unusable != null) throw d.get("file").error("names a design file that " + unusable + ": " + designFile);
        }
        if (design == DesignKind.MORRIS && levels % 2 != 0) throw d.get("levels").error("must be even for Morris (got " + levels + ")");
        d.finish();

        List<SweepParameter> params = new ArrayList<>();
        List<Runnable> checks = new ArrayList<>();
        Screening screening = null;
        if (m.has("factors")) {
            YamlNode factorsNode = m.get("factors");
            if (m.has("parameters")) throw m.get("parameters").error("cannot go with factors: a sweep varies its parameters or a registry's factors, not both");
            m.opt("parameters");
            if (design != DesignKind.MORRIS) throw typeNode.error("must be morris with factors from a registry (got " + design.key() + ")");
            if (points < Screening.MIN_TRAJECTORIES) {
                throw d.get("points").error("must be at least " + Screening.MIN_TRAJECTORIES + " with factors from a registry: fewer trajectories give no bootstrap interval on mu*");
            }
            screening = Screening.read(factorsNode, scenarioFile);
            var mark = factorsNode.raw().getStartMark();
            int line = mark.map(k -> k.getLine() + 1).orElse(0), column = mark.map(k -> k.getColumn() + 1).orElse(0);
            for (FactorGroup g : screening.factors()) params.add(new SweepParameter(g.name(), null, new ParameterRange(0, 1, false, false), line, column));
        } else if (m.has("parameters")) {
            m.opt("factors");
            for (Map.Entry<String, YamlNode> e : m.get("parameters").asMap().entries()) {
                params.add(parameter(e.getKey(), e.getValue(), design, scenarioFile, file.toString(), checks));
            }
        } else {
            m.opt("parameters");
            m.opt("factors");
            if (design != DesignKind.CSV) throw root.error("needs parameters (or factors: {registry: FILE})");
        }
        YamlNode repsNode = m.opt("replications").orElse(null);
        int reps = m.integer("replications", 1, 1, 100_000);
        long designPoints = designPoints(design, points, params);
        long runs = saturatedProduct(designPoints, reps);
        if (runs > MAX_RUNS) {
            String limit = "; a sweep may have at most " + MAX_RUNS + " runs (split it into several sweeps)";
            if (repsNode == null) throw d.node().error("makes " + count(designPoints) + " design points" + limit);
            throw repsNode.error("(" + reps + ") times the design's " + count(designPoints) + " points is " + count(runs) + " runs" + limit);
        }
        long seed = m.integer("seed", 1, 0, Integer.MAX_VALUE);
        SeedScheme seeds = SeedScheme.COMMON;
        if (m.has("seeds")) {
            YamlNode seedsNode = m.get("seeds");
            seeds = SeedScheme.parse(seedsNode.asString());
            if (seeds == null) throw seedsNode.error("must be common or independent (got " + seedsNode.asString() + ")");
        } else {
            m.opt("seeds");
        }
        Integer days = null;
        if (m.has("days")) days = m.integer("days", 1, base.days());
        else m.opt("days");
        List<String> known = base.metrics().summary();
        List<String> metrics = new ArrayList<>();
        for (YamlNode n : m.get("metrics").asList()) {
            String name = n.asString();
            if (name.startsWith(TARGET_METRIC)) {
                String id = name.substring(TARGET_METRIC.length());
                if (base.validation().stream().noneMatch(t -> t.id().equals(id))) {
                    throw n.error("is \"" + name + "\", but the scenario has no validation target " + id + " (its targets: "
                            + String.join(", ", base.validation().stream().map(ValidationTarget::id).toList()) + ")");
                }
            } else if (!known.contains(name)) throw n.error("is \"" + name + "\", not a metric of the scenario (see summary.csv's columns; e.g. arrivals_people.ITA, dead_missing)");
            if (metrics.contains(name)) throw n.error("is listed twice");
            metrics.add(name);
        }
        if (metrics.isEmpty()) throw m.get("metrics").error("must name at least one metric");
        PosteriorSample posterior = null;
        if (m.has("posterior")) {
            YamlNode posteriorNode = m.get("posterior");
            Path posteriorFile = posteriorNode.asPath();
            String unusable = InputFiles.unusable(posteriorFile, InputFiles.MAX_CSV_BYTES);
            if (unusable != null) throw posteriorNode.error("names a posterior sample that " + unusable + ": " + posteriorFile);
            if (screening != null) throw posteriorNode.error("cannot go with factors: a screening moves the registry's entries from the scenario's own values");
            posterior = PosteriorSample.read(posteriorFile);
        } else {
            m.opt("posterior");
        }
        m.finish();
        for (Runnable check : checks) check.run();
        if (posterior != null) posterior.checkAgainst(scenarioFile);
        return new SweepSpec(file, digest(file), scenarioFile, base, params, design, points, levels, bootstrap, designFile, reps, metrics, seed, seeds, days, screening,
                posterior);
    }

    /** A metric's value in a run: a column of its summary, or a validation target's statistic ({@link #TARGET_METRIC}). */
    public double metricValue(String metric, RunResult run) {
        if (!metric.startsWith(TARGET_METRIC)) return run.summary().get(metric);
        return Validation.statistic(target(metric), run);
    }

    /** The range a metric's values lie in, for its intervals. */
    public MetricRange metricRange(String metric) {
        return metric.startsWith(TARGET_METRIC) ? Validation.range(target(metric)) : MetricCatalog.range(metric);
    }

    private ValidationTarget target(String metric) {
        String id = metric.substring(TARGET_METRIC.length());
        return baseScenario.validation().stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
    }

    /**
     * Runs (design points times replications) a sweep may have: a million full-year runs are
     * some 40 core-days. More is a slip of the keyboard, whose plan would not fit in memory.
     */
    public static final long MAX_RUNS = 1_000_000;

    /** The design points a design makes, known before it is built; a CSV design counts its rows as it is read (1 here). */
    private static long designPoints(DesignKind design, int points, List<SweepParameter> params) {
        int k = params.size();
        return switch (design) {
            case FULL_FACTORIAL -> params.stream().mapToLong(p -> p.levels().size()).reduce(1, SweepSpec::saturatedProduct);
            case LATIN_HYPERCUBE, SOBOL -> points;
            case SALTELLI -> saturatedProduct(points, k + 2L);
            case MORRIS -> saturatedProduct(points, k + 1L);
            case CSV -> 1;
        };
    }

    private static String count(long n) {
        return n == Long.MAX_VALUE ? "more than 2^63" : Long.toString(n);
    }

    private static long saturatedProduct(long a, long b) {
        long high = Math.multiplyHigh(a, b);
        return high != 0 || a * b < 0 ? Long.MAX_VALUE : a * b;
    }

    /**
     * Advice that does not stop the sweep, one line each: a Saltelli or Sobol design whose
     * sample is not a power of two. Sobol' points are balanced only at powers of two, so the
     * design covers the cube less evenly and Saltelli's estimators converge more slowly (SALib
     * warns alike).
     */
    public List<String> warnings() {
        List<String> out = new ArrayList<>(screening == null ? List.of() : screening.warnings());
        out.addAll(designWarnings());
        return out;
    }

    private List<String> designWarnings() {
        if ((design != DesignKind.SALTELLI && design != DesignKind.SOBOL) || Integer.bitCount(points) == 1) return List.of();
        int below = Integer.highestOneBit(points);
        return List.of(file + ": warning: design.points " + points + (design == DesignKind.SALTELLI ? " (the base sample N)" : "")
                + " is not a power of two: Sobol' points are balanced only at powers of two (use " + below + " or " + 2 * below + ")");
    }

    /**
     * One swept field. Its values are checked against the base scenario before any run (see
     * {@link FieldProbe}): each factorial level at its place in the file, a range at min and max
     * (and at a fractional value unless it is whole numbers only). A factorial level that
     * repeats, given or from rounding a whole-number range's steps, is refused: it would run
     * the same point twice under two numbers.
     */
    private static SweepParameter parameter(String path, YamlNode n, DesignKind design, Path scenarioFile, String file, List<Runnable> checks) {
        YamlMap p = n.asMap();
        var mark = n.raw().getStartMark();
        int line = mark.map(k -> k.getLine() + 1).orElse(0);
        int column = mark.map(k -> k.getColumn() + 1).orElse(0);
        List<FieldProbe.Trial> trials = new ArrayList<>();
        if (p.has("levels")) {
            List<Double> levels = new ArrayList<>();
            for (YamlNode v : p.get("levels").asList()) {
                double level = v.asDouble();
                if (levels.contains(level)) throw v.error("repeats the level " + Numbers.format(level) + "; each level must differ");
                levels.add(level);
                trials.add(trial(level, v));
            }
            if (levels.isEmpty()) throw p.get("levels").error("must list at least one level");
            if (design != DesignKind.FULL_FACTORIAL) throw p.get("levels").error("go with a full-factorial design; give min and max for " + design.key());
            p.finish();
            checks.add(() -> FieldProbe.check(scenarioFile, path, file, line, column, trials));
            return new SweepParameter(path, levels, null, line, column);
        }
        p.opt("levels");
        ParameterRange range = ParameterRange.read(p);
        YamlNode stepsNode = p.opt("steps").orElse(null);
        int steps = p.integer("steps", 0, 0, 10_000);
        trials.add(trial(range.min(), p.get("min")));
        trials.add(trial(range.max(), p.get("max")));
        p.finish();
        List<Double> levels = null;
        if (design == DesignKind.FULL_FACTORIAL) {
            if (steps < 2) throw (stepsNode != null ? stepsNode : n).error("needs levels, or min, max and steps (at least 2) for a full-factorial design");
            levels = new ArrayList<>();
            for (int i = 0; i < steps; i++) {
                double level = range.gridValue(i, steps);
                if (levels.contains(level)) {
                    throw stepsNode.error("gives the level " + Numbers.format(level) + " twice: a whole-number range rounds its steps, and "
                            + Numbers.format(range.min()) + " to " + Numbers.format(range.max()) + " has fewer distinct values; use fewer steps, or levels");
                }
                levels.add(level);
            }
        }
        double fraction = levels != null ? levels.stream().filter(v -> v != Math.rint(v)).findFirst().orElse(Double.NaN)
                : range.integer() ? Double.NaN : fractionalValue(range);
        if (!Double.isNaN(fraction)) {
            trials.add(new FieldProbe.Trial(fraction, line, column, "; without integer: true, a range gives fractional values"));
        }
        checks.add(() -> FieldProbe.check(scenarioFile, path, file, line, column, trials));
        return new SweepParameter(path, levels, range, line, column);
    }

    /** A value inside the range that is not a whole number, as the design will draw. */
    static double fractionalValue(ParameterRange range) {
        double mid = range.value(0.5);
        return mid != Math.rint(mid) ? mid : mid + Math.min(0.5, (range.max() - range.min()) / 4);
    }

    static FieldProbe.Trial trial(double value, YamlNode at) {
        var mark = at.raw().getStartMark();
        return new FieldProbe.Trial(value, mark.map(k -> k.getLine() + 1).orElse(0), mark.map(k -> k.getColumn() + 1).orElse(0), "");
    }

    /** SHA-256 of the sweep file alone; {@link SweepInfo} records it with the scenario's files and the build. */
    private static String digest(Path file) {
        return InputFile.read("sweep", file).sha256();
    }
}
