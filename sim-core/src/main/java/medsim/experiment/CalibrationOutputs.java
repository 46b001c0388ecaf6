package medsim.experiment;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import medsim.format.Numbers;
import medsim.record.AtomicFiles;
import medsim.record.CsvWriter;
import medsim.record.FileAccessException;
import medsim.record.Plural;

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

    public CalibrationOutputs(Path dir, CalibrationSpec spec, Path scenarioFile, String command) {
        this.dir = dir;
        this.spec = spec;
        this.scenarioFile = scenarioFile;
        this.command = command;
        AtomicFiles.createFolder(dir);
        try {
            log = new CsvWriter(Files.newBufferedWriter(dir.resolve("calibration.csv"), StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE));
            log.text("evaluation").text("loss");
            for (CalibrationSpec.Parameter p : spec.parameters()) log.text(p.path());
            log.endRow();
            log.flush();
        } catch (IOException e) {
            throw FileAccessException.writing(dir.resolve("calibration.csv"), e);
        }
    }

    public void record(Calibration.Evaluation e, Calibration.Evaluation best) {
        try {
            log.integer(e.index()).num(e.loss()).nums(e.values()).endRow();
            log.flush();
        } catch (IOException ex) {
            throw FileAccessException.writing(dir.resolve("calibration.csv"), ex);
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
        Map<String, Object> tree = new LinkedHashMap<>();
        for (int i = 0; i < spec.parameters().size(); i++) put(tree, spec.parameters().get(i).path().split("\\."), 0, best.values()[i]);
        emit(w, tree, 0);
    }

    @SuppressWarnings("unchecked")
    private static void put(Map<String, Object> tree, String[] keys, int i, double value) {
        if (i == keys.length - 1) {
            tree.put(keys[i], value);
            return;
        }
        Map<String, Object> child = (Map<String, Object>) tree.computeIfAbsent(keys[i], k -> new LinkedHashMap<String, Object>());
        put(child, keys, i + 1, value);
    }

    @SuppressWarnings("unchecked")
    private static void emit(Writer w, Map<String, Object> tree, int depth) throws IOException {
        for (Map.Entry<String, Object> e : tree.entrySet()) {
            w.write("  ".repeat(depth) + e.getKey() + ":");
            if (e.getValue() instanceof Map<?, ?> m) {
                w.write('\n');
                emit(w, (Map<String, Object>) m, depth + 1);
            } else {
                w.write(" " + Numbers.format((Double) e.getValue()) + "\n");
            }
        }
    }

    public void close() {
        try {
            log.close();
        } catch (IOException e) {
            throw FileAccessException.writing(dir.resolve("calibration.csv"), e);
        }
    }

    public List<String> files() {
        return FILES;
    }

    /** The files a calibration writes into its folder. */
    public static final List<String> FILES = List.of("calibration.csv", "fitted.csv", "fit.csv", "calibrated.yaml");
}
