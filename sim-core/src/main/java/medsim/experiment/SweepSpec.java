package medsim.experiment;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import medsim.provenance.InputFile;
import medsim.record.MetricCatalog;
import medsim.scenario.Scenario;
import medsim.scenario.ScenarioLoader;
import medsim.yaml.Bounds;
import medsim.yaml.InputException;
import medsim.yaml.YamlMap;
import medsim.yaml.YamlNode;

/**
 * A sweep file, read and checked: the base scenario, the parameters to vary, the design,
 * replications, metrics and sweep seed. Errors name the file, line, column and field.
 */
public record SweepSpec(Path file, String digest, Path scenarioFile, Scenario baseScenario, List<SweepParameter> parameters,
                        DesignKind design, int points, int levels, int bootstrap, Path designFile,
                        int replications, List<String> metrics, long seed, Integer days) {

    public static SweepSpec load(Path file) {
        YamlNode root = YamlNode.parse(file);
        YamlMap m = root.asMap();
        YamlNode scenarioNode = m.get("scenario");
        Path scenarioFile = sibling(file, scenarioNode.asString());
        if (!Files.isRegularFile(scenarioFile)) throw scenarioNode.error("names a scenario that does not exist: " + scenarioFile);
        Scenario base = ScenarioLoader.load(scenarioFile);

        YamlMap d = m.get("design").asMap();
        YamlNode typeNode = d.get("type");
        DesignKind design = DesignKind.parse(typeNode.asString());
        if (design == null) throw typeNode.error("is not a design (expected one of: " + DesignKind.known() + ")");
        int points = d.integer("points", 0, 0, 1_000_000);
        int levels = d.integer("levels", 4, 2, 100);
        int bootstrap = d.integer("bootstrap", 500, 0, 100_000);
        Path designFile = d.has("file") ? sibling(file, d.string("file")) : null;
        d.opt("file");
        if ((design == DesignKind.LATIN_HYPERCUBE || design == DesignKind.SOBOL || design == DesignKind.SALTELLI || design == DesignKind.MORRIS)
                && points < 1) {
            throw d.node().error("needs points (" + (design == DesignKind.SALTELLI ? "base samples N: N(k+2) runs per replication"
                    : design == DesignKind.MORRIS ? "trajectories r: r(k+1) runs per replication" : "design points") + ")");
        }
        if (design == DesignKind.CSV && designFile == null) throw d.node().error("needs file: the CSV design matrix");
        if (design == DesignKind.MORRIS && levels % 2 != 0) throw d.get("levels").error("must be even for Morris (got " + levels + ")");
        d.finish();

        List<SweepParameter> params = new ArrayList<>();
        if (m.has("parameters")) {
            for (Map.Entry<String, YamlNode> e : m.get("parameters").asMap().entries()) params.add(parameter(e.getKey(), e.getValue(), design));
        } else {
            m.opt("parameters");
            if (design != DesignKind.CSV) throw root.error("needs parameters");
        }
        int reps = m.integer("replications", 1, 1, 100_000);
        long seed = m.integer("seed", 1, 0, Integer.MAX_VALUE);
        Integer days = null;
        if (m.has("days")) days = m.integer("days", 1, base.days());
        else m.opt("days");
        List<String> known = MetricCatalog.summary(base);
        List<String> metrics = new ArrayList<>();
        for (YamlNode n : m.get("metrics").asList()) {
            String name = n.asString();
            if (!known.contains(name)) throw n.error("is not a metric of the scenario (see summary.csv's columns; e.g. arrivals_people.ITA, dead_missing)");
            if (metrics.contains(name)) throw n.error("is listed twice");
            metrics.add(name);
        }
        if (metrics.isEmpty()) throw m.get("metrics").error("must name at least one metric");
        m.finish();
        return new SweepSpec(file, digest(file), scenarioFile, base, params, design, points, levels, bootstrap, designFile, reps, metrics, seed, days);
    }

    private static SweepParameter parameter(String path, YamlNode n, DesignKind design) {
        YamlMap p = n.asMap();
        var mark = n.raw().getStartMark();
        int line = mark.map(k -> k.getLine() + 1).orElse(0);
        int column = mark.map(k -> k.getColumn() + 1).orElse(0);
        if (p.has("levels")) {
            List<Double> levels = new ArrayList<>();
            for (YamlNode v : p.get("levels").asList()) levels.add(v.asDouble());
            if (levels.isEmpty()) throw p.get("levels").error("must list at least one level");
            if (design != DesignKind.FULL_FACTORIAL) throw p.get("levels").error("go with a full-factorial design; give min and max for " + design.key());
            p.finish();
            return new SweepParameter(path, levels, null, line, column);
        }
        p.opt("levels");
        ParameterRange range = ParameterRange.read(p);
        YamlNode stepsNode = p.opt("steps").orElse(null);
        int steps = p.integer("steps", 0, 0, 10_000);
        p.finish();
        List<Double> levels = null;
        if (design == DesignKind.FULL_FACTORIAL) {
            if (steps < 2) throw (stepsNode != null ? stepsNode : n).error("needs levels, or min, max and steps (at least 2) for a full-factorial design");
            levels = new ArrayList<>();
            for (int i = 0; i < steps; i++) levels.add(range.value(i / (steps - 1.0)));
        }
        return new SweepParameter(path, levels, range, line, column);
    }

    static Path sibling(Path file, String relative) {
        Path p = Path.of(relative);
        if (p.isAbsolute()) return p;
        Path dir = file.toAbsolutePath().getParent();
        return (dir == null ? p : dir.resolve(p)).normalize();
    }

    /** SHA-256 of the sweep file alone; {@link SweepInfo} records it with the scenario's files and the build. */
    private static String digest(Path file) {
        return InputFile.read("sweep", file).sha256();
    }
}
