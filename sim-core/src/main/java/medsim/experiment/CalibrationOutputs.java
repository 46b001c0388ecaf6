package medsim.experiment;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.api.StreamDataWriter;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.schema.CoreSchema;

import medsim.format.Json;
import medsim.format.Numbers;
import medsim.provenance.BuildInfo;
import medsim.provenance.InputFile;
import medsim.record.AtomicFiles;
import medsim.record.CsvWriter;
import medsim.record.FileAccessException;
import medsim.record.Plural;
import medsim.record.RunOutputs;
import medsim.scenario.Scenario;
import medsim.scenario.ScenarioLoader;
import medsim.yaml.FieldOverride;
import medsim.yaml.FieldPath;
import medsim.yaml.InputFiles;
import medsim.yaml.YamlNode;

/**
 * What a calibration leaves in its folder: a log line per evaluation (appended as it
 * goes), and, rewritten atomically each time a better point is found, the fitted values,
 * the fit table and a scenario file that applies them. Killing a calibration loses nothing
 * found so far.
 */
public final class CalibrationOutputs {
    private final Path dir;
    private final CalibrationSpec spec;
    private final Path scenarioFile;
    private final String command;
    private final CsvWriter log;
    private final String logName;

    public CalibrationOutputs(Path dir, CalibrationSpec spec, Path scenarioFile, String command) {
        this.dir = dir;
        this.spec = spec;
        this.scenarioFile = scenarioFile;
        this.command = command;
        this.logName = spec.abc() == null ? "calibration.csv" : "abc-smc.csv";
        AtomicFiles.createFolder(dir);
        try {
            log = new CsvWriter(Files.newBufferedWriter(dir.resolve(logName), StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE));
            if (spec.abc() == null) log.text("evaluation").text("loss");
            else log.text("generation").text("tolerance").text("particle").text("weight").text("distance");
            for (CalibrationSpec.Parameter p : spec.parameters()) log.text(p.path());
            log.endRow();
            log.flush();
        } catch (IOException e) {
            throw FileAccessException.writing(dir.resolve(logName), e);
        }
    }

    /**
     * An ABC-SMC generation: its particles appended to abc-smc.csv; then, rewritten atomically,
     * posterior.csv (this generation: the sample so far), posterior-summary.csv (each
     * parameter's posterior mean, median, 95% interval and contraction) and calibrated.yaml
     * at the posterior median. Returns the summary's rows.
     */
    public List<PosteriorRow> recordGeneration(AbcSmc.Generation g, java.util.function.Function<double[], double[]> toValues) {
        try {
            for (int i = 0; i < g.particles().size(); i++) {
                AbcSmc.Particle p = g.particles().get(i);
                log.integer(g.index()).num(g.tolerance()).integer(i + 1).num(p.weight()).num(p.distance()).nums(toValues.apply(p.unit())).endRow();
            }
            log.flush();
        } catch (IOException ex) {
            throw FileAccessException.writing(dir.resolve(logName), ex);
        }
        CsvWriter.write(dir.resolve("posterior.csv"), w -> {
            w.text("particle").text("weight").text("distance");
            for (CalibrationSpec.Parameter p : spec.parameters()) w.text(p.path());
            w.endRow();
            for (int i = 0; i < g.particles().size(); i++) {
                AbcSmc.Particle p = g.particles().get(i);
                w.integer(i + 1).num(p.weight()).num(p.distance()).nums(toValues.apply(p.unit())).endRow();
            }
        });
        List<PosteriorRow> rows = new ArrayList<>();
        double[] medians = new double[spec.parameters().size()];
        for (int k = 0; k < spec.parameters().size(); k++) {
            CalibrationSpec.Parameter p = spec.parameters().get(k);
            medians[k] = g.quantile(k, 0.5);
            double contraction = AbcSmc.contraction(g, k);
            boolean judged = g.index() >= 1 && g.particles().size() >= PosteriorRow.MIN_PARTICLES_TO_JUDGE;
            rows.add(new PosteriorRow(p.path(), p.value(g.mean(k)), p.value(medians[k]), p.value(g.quantile(k, 0.025)), p.value(g.quantile(k, 0.975)),
                    contraction, judged, judged && contraction >= PosteriorRow.IDENTIFIED_CONTRACTION));
        }
        CsvWriter.write(dir.resolve("posterior-summary.csv"), w -> {
            w.row("parameter", "prior_min", "prior_max", "scale", "posterior_mean", "posterior_median", "q2.5", "q97.5", "contraction", "identified");
            for (int k = 0; k < rows.size(); k++) {
                PosteriorRow r = rows.get(k);
                CalibrationSpec.Parameter p = spec.parameters().get(k);
                w.text(r.path()).num(p.range().min()).num(p.range().max()).text(p.range().logScale() ? "log" : "linear")
                        .num(r.mean()).num(r.median()).num(r.low()).num(r.high()).num(r.contraction())
                        .text(r.judged() ? Boolean.toString(r.identified()) : "").endRow();
            }
        });
        double[] medianValues = toValues.apply(medians);
        AtomicFiles.write(dir.resolve("calibrated.yaml"), w -> {
            w.write("# Calibrated by: " + command + "\n");
            w.write("# ABC-SMC, generation " + g.index() + " of up to " + spec.abc().generations() + " (tolerance " + Numbers.format(g.tolerance())
                    + ", " + Plural.of(g.particles().size(), "particle") + "): each parameter at its posterior median.\n");
            w.write("# The sample is posterior.csv beside this file; each parameter's contraction is in posterior-summary.csv.\n");
            w.write("extends: " + dir.toAbsolutePath().normalize().relativize(scenarioFile.toAbsolutePath().normalize()).toString().replace('\\', '/') + "\n");
            emit(w, tree(medianValues), 0);
        });
        return rows;
    }

    /**
     * A parameter's posterior: mean, median and 95% interval in its own units, its
     * contraction (1 - posterior variance / prior variance, on the unit scale of its range;
     * below 0 when the sample is wider than the prior, which only a small, noisy sample is),
     * and whether the fit targets identify it: a contraction of at least
     * {@link #IDENTIFIED_CONTRACTION}, a rule stated before any run. It is judged only past the
     * prior (generation 1 on) and with at least {@link #MIN_PARTICLES_TO_JUDGE} particles: a
     * handful of particles has a variance too noisy to say.
     */
    public record PosteriorRow(String path, double mean, double median, double low, double high, double contraction, boolean judged, boolean identified) {
        /** Identified: the posterior's variance at most half the prior's. */
        public static final double IDENTIFIED_CONTRACTION = 0.5;
        /** The fewest particles whose spread is judged. */
        public static final int MIN_PARTICLES_TO_JUDGE = 20;
    }

    public void record(Calibration.Evaluation e, Calibration.Evaluation best) {
        try {
            log.integer(e.index()).num(e.loss()).nums(e.values()).endRow();
            log.flush();
        } catch (IOException ex) {
            throw FileAccessException.writing(dir.resolve(logName), ex);
        }
        if (best == e) writeBest(e);
    }

    private void writeBest(Calibration.Evaluation best) {
        CsvWriter.write(dir.resolve("fitted.csv"), w -> {
            w.row("parameter", "value", "min", "max", "start", "scale");
            for (int i = 0; i < spec.parameters().size(); i++) {
                CalibrationSpec.Parameter p = spec.parameters().get(i);
                w.text(p.path()).num(best.values()[i]).num(p.range().min()).num(p.range().max()).num(p.start())
                        .text(p.range().logScale() ? "log" : "linear").endRow();
            }
        });
        ValidationReport.writeCsv(dir.resolve("fit.csv"), best.rows());
        AtomicFiles.write(dir.resolve("calibrated.yaml"), w -> writeScenario(w, best));
    }

    private void writeScenario(Writer w, Calibration.Evaluation best) throws IOException {
        Path base = dir.toAbsolutePath().normalize().relativize(scenarioFile.toAbsolutePath().normalize());
        w.write("# Calibrated by: " + command + "\n");
        w.write("# Best of " + Plural.of(best.index(), "evaluation") + " so far, loss " + Numbers.format(Math.round(best.loss() * 1e4) / 1e4)
                + ", " + Plural.of(spec.replications(), "replication") + " per candidate from seed " + spec.seed() + ".\n");
        w.write("# The fit table is fit.csv beside this file.\n");
        w.write("extends: " + base.toString().replace('\\', '/') + "\n");
        emit(w, tree(best.values()), 0);
    }

    /**
     * The fitted values as a tree of keys. A list entry's field ({@code informationLinks[0].delayMinutes})
     * is written as the whole list, the scenario's own with every fitted entry field set: a child
     * scenario replaces a list whole.
     */
    private Map<String, Object> tree(double[] values) {
        List<FieldOverride> inLists = new ArrayList<>();
        for (int i = 0; i < spec.parameters().size(); i++) {
            CalibrationSpec.Parameter p = spec.parameters().get(i);
            if (FieldPath.parse(p.path()).hasIndex()) inLists.add(FieldOverride.of(p.path(), values[i], spec.file().toString(), p.line(), p.column()));
        }
        YamlNode fitted = inLists.isEmpty() ? null : ScenarioLoader.mergedTree(scenarioFile, inLists);
        Map<String, Object> tree = new LinkedHashMap<>();
        for (int i = 0; i < spec.parameters().size(); i++) {
            List<FieldPath.Step> steps = FieldPath.parse(spec.parameters().get(i).path()).steps();
            List<String> keys = new ArrayList<>();
            for (FieldPath.Step step : steps) {
                if (!(step instanceof FieldPath.Key k)) break;
                keys.add(k.name());
            }
            put(tree, keys, 0, keys.size() == steps.size() ? values[i] : at(fitted, keys));
        }
        return tree;
    }

    private static Node at(YamlNode root, List<String> keys) {
        YamlNode n = root;
        for (String k : keys) n = n.asMap().get(k);
        return n.raw();
    }

    @SuppressWarnings("unchecked")
    private static void put(Map<String, Object> tree, List<String> keys, int i, Object value) {
        if (i == keys.size() - 1) {
            tree.put(keys.get(i), value);
            return;
        }
        Map<String, Object> child = (Map<String, Object>) tree.computeIfAbsent(keys.get(i), k -> new LinkedHashMap<String, Object>());
        put(child, keys, i + 1, value);
    }

    /** A list as YAML lines in block style, each indented by {@code depth} levels. */
    private static String block(Node list, int depth) {
        StringWriter out = new StringWriter();
        new Dump(DumpSettings.builder().setDefaultFlowStyle(FlowStyle.BLOCK).setSchema(new CoreSchema()).setIndent(2).setIndicatorIndent(0).setSplitLines(false).build())
                .dumpNode(list, new StreamDataWriter() {
                    @Override
                    public void write(String str) { out.write(str); }

                    @Override
                    public void write(String str, int off, int len) { out.write(str, off, len); }
                });
        StringBuilder sb = new StringBuilder();
        for (String line : out.toString().split("\n")) sb.append("  ".repeat(depth)).append(line).append('\n');
        return sb.toString();
    }

    @SuppressWarnings("unchecked")
    private static void emit(Writer w, Map<String, Object> tree, int depth) throws IOException {
        for (Map.Entry<String, Object> e : tree.entrySet()) {
            w.write("  ".repeat(depth) + e.getKey() + ":");
            if (e.getValue() instanceof Map<?, ?> m) {
                w.write('\n');
                emit(w, (Map<String, Object>) m, depth + 1);
            } else if (e.getValue() instanceof Node list) {
                w.write('\n' + block(list, depth + 1));
            } else {
                w.write(" " + Numbers.format((Double) e.getValue()) + "\n");
            }
        }
    }

    public void close() {
        try {
            log.close();
        } catch (IOException e) {
            throw FileAccessException.writing(dir.resolve(logName), e);
        }
    }

    public List<String> files() {
        return FILES;
    }

    /**
     * calibration.json, rewritten atomically as the calibration goes (after each ABC-SMC
     * generation, and at the end of either method): what produced the folder. The build
     * ({@link BuildInfo#json()}), the command, its output folder, the scenario (file, name, resolved-input digest,
     * input files, period), the calibration file and its SHA-256, the method, the seed,
     * {@code max_evaluations} (the budget, after {@code --max-evaluations}), {@code simulations}
     * so far in whole generations (evaluations for CMA-ES; each {@code replications} runs),
     * {@code generations} (whole ABC-SMC generations, or null), {@code abandoned_simulations}
     * (those of an ABC-SMC generation the budget cut short, discarded), {@code resumed} (whether
     * this process resumed from journals), {@code complete} (false while it runs or if it was
     * interrupted), the threads, the Java version, and {@code wall_seconds}, this process's
     * wall time so far (a resumed calibration's earlier processes are not counted).
     */
    public void writeJson(Scenario scenario, int simulations, Integer generations, int abandonedSimulations, boolean resumed, boolean complete,
                          int threads, double wallSeconds) {
        Map<String, String> meta = new LinkedHashMap<>(BuildInfo.current().json());
        meta.put("command", Json.string(command));
        meta.put("out", Json.string(dir.toString()));
        ComparisonReport.scenario(meta, "", scenario);
        meta.put("calibration", Json.string(spec.file().toString()));
        meta.put("calibration_sha256", Json.string(calibrationSha256(spec)));
        meta.put("method", Json.string(spec.abc() == null ? "cmaes" : "abc-smc"));
        meta.put("seed", Long.toString(spec.seed()));
        meta.put("replications", Integer.toString(spec.replications()));
        meta.put("max_evaluations", Integer.toString(spec.maxEvaluations()));
        meta.put("simulations", Integer.toString(simulations));
        meta.put("generations", generations == null ? "null" : generations.toString());
        meta.put("abandoned_simulations", Integer.toString(abandonedSimulations));
        meta.put("resumed", Boolean.toString(resumed));
        meta.put("complete", Boolean.toString(complete));
        meta.put("threads", Integer.toString(threads));
        meta.put("java", Json.string(System.getProperty("java.version")));
        meta.put("wall_seconds", Numbers.format(Math.round(wallSeconds * 1000) / 1000.0));
        RunOutputs.writeRunJson(dir.resolve("calibration.json"), meta);
    }

    /** The SHA-256 of the calibration file's text, as calibration.json and the ABC-SMC journal record it. */
    public static String calibrationSha256(CalibrationSpec spec) {
        return InputFile.sha256(InputFiles.readText(spec.file(), InputFiles.MAX_YAML_BYTES).getBytes(StandardCharsets.UTF_8));
    }

    /** Whether a file name is one a calibration writes: one of {@link #FILES}, or an ABC-SMC shard's journal. */
    public static boolean isOwn(String fileName) {
        return FILES.contains(fileName) || AbcJournal.isJournal(fileName);
    }

    /** The files a calibration writes into its folder (and the shards' journals, {@link AbcJournal}). */
    public static final List<String> FILES = List.of("calibration.csv", "fitted.csv", "fit.csv", "calibrated.yaml",
            "abc-smc.csv", "posterior.csv", "posterior-summary.csv", "calibration.json");
}
