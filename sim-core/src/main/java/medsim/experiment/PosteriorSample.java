package medsim.experiment;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.math3.random.MersenneTwister;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

import medsim.format.Json;
import medsim.provenance.InputFile;
import medsim.scenario.Scenario;
import medsim.scenario.ScenarioLoader;
import medsim.yaml.FieldOverride;
import medsim.yaml.InputException;
import medsim.yaml.InputFiles;
import medsim.yaml.YamlNode;
import medsim.yaml.YamlOverlay;

/**
 * A posterior sample as {@code calibrate} writes it with {@code method: abc-smc}
 * (posterior.csv: {@code particle, weight, distance}, then one column per parameter path),
 * and seeded draws from it: a run that draws its parameters from the sample carries the
 * parameters' uncertainty into its outcomes. Immutable.
 */
public final class PosteriorSample {
    private static final List<String> LEADING = List.of("particle", "weight", "distance");

    private final Path file;
    private final String sha256;
    private final List<String> paths;
    private final List<double[]> values = new ArrayList<>();
    private final List<Integer> lines = new ArrayList<>();
    private final double[] cumulative;

    private PosteriorSample(Path file, String sha256, List<String> paths, List<double[]> values, List<Double> weights, List<Integer> lines) {
        this.file = file;
        this.sha256 = sha256;
        this.paths = List.copyOf(paths);
        this.values.addAll(values);
        this.lines.addAll(lines);
        // Weights over the largest first, so that weights near the largest double do not add up to infinity.
        double largest = 0;
        for (double w : weights) largest = Math.max(largest, w);
        double sum = 0;
        for (double w : weights) sum += w / largest;
        cumulative = new double[weights.size()];
        double c = 0;
        for (int i = 0; i < weights.size(); i++) {
            c += weights.get(i) / largest / sum;
            cumulative[i] = c;
        }
    }

    /**
     * Reads a posterior.csv.
     *
     * @throws InputException at the file's line and column: a header that does not start with
     *         particle, weight, distance or has no parameter, a cell that is not a finite number, a
     *         negative weight, weights that add up to 0, no particles
     */
    public static PosteriorSample read(Path file) {
        String name = file.toString();
        String text = InputFiles.readText(file, InputFiles.MAX_CSV_BYTES);
        List<String> header;
        List<double[]> values = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        try (CSVParser parser = SweepDesign.DESIGN_FORMAT.parse(new StringReader(text))) {
            header = parser.getHeaderNames();
            if (header.size() <= LEADING.size() || !header.subList(0, LEADING.size()).equals(LEADING)) {
                throw new InputException(name, 1, 1, null, "is not a posterior sample: its header must be particle,weight,distance and then the parameters' paths"
                        + " (calibrate's posterior.csv)");
            }
            for (int j = LEADING.size(); j < header.size(); j++) {
                String path = header.get(j);
                if (header.indexOf(path) < j) throw new InputException(name, 1, j + 1, path, "is column " + (header.indexOf(path) + 1) + " and column " + (j + 1) + "; each parameter once");
            }
            for (CSVRecord r : parser) {
                int line = (int) r.getParser().getCurrentLineNumber();
                if (r.size() != header.size()) throw new InputException(name, line, 1, null, "has " + r.size() + " values; the header has " + header.size());
                double w = SweepDesign.cell(name, line, 2, "weight", r.get(1));
                if (w < 0) throw new InputException(name, line, 2, "weight", "must be at least 0 (got " + r.get(1) + ")");
                double[] v = new double[header.size() - LEADING.size()];
                for (int j = 0; j < v.length; j++) v[j] = SweepDesign.cell(name, line, j + 1 + LEADING.size(), header.get(j + LEADING.size()), r.get(j + LEADING.size()));
                weights.add(w);
                values.add(v);
                lines.add(line);
            }
        } catch (IOException | IllegalArgumentException e) {
            throw SweepDesign.csvSyntax(name, text, e.getMessage());
        } catch (UncheckedIOException e) {
            throw SweepDesign.csvSyntax(name, text, e.getCause().getMessage());
        }
        if (values.isEmpty()) throw new InputException(name, 2, 1, null, "has no particles");
        if (weights.stream().mapToDouble(Double::doubleValue).sum() <= 0) {
            throw new InputException(name, 2, 2, "weight", "is 0 for every particle: no parameter set can be drawn");
        }
        return new PosteriorSample(file, InputFile.sha256(text.getBytes(StandardCharsets.UTF_8)), header.subList(LEADING.size(), header.size()), values, weights, lines);
    }

    /**
     * Reads a posterior.csv ({@link #read}) and checks it against each scenario the runs will
     * draw from it for ({@link #checkAgainst}), before any run.
     *
     * @throws InputException as those do
     */
    public static PosteriorSample readFor(Path file, Path... scenarioFiles) {
        PosteriorSample sample = read(file);
        for (Path s : scenarioFiles) sample.checkAgainst(s);
        return sample;
    }

    /**
     * Checks each parameter against a scenario before any run, as a sweep's are
     * ({@link FieldProbe}): a path that names no field of it is an error at its header cell, and
     * the smallest and largest value in the sample are tried at their lines.
     *
     * @throws InputException at the header cell or the value's line and column
     */
    public void checkAgainst(Path scenarioFile) {
        for (int j = 0; j < paths.size(); j++) {
            int lo = 0, hi = 0;
            for (int i = 1; i < values.size(); i++) {
                if (values.get(i)[j] < values.get(lo)[j]) lo = i;
                if (values.get(i)[j] > values.get(hi)[j]) hi = i;
            }
            int column = j + 1 + LEADING.size();
            double v = values.get(lo)[j];
            FieldProbe.Trial low = new FieldProbe.Trial(v, lines.get(lo), column, "");
            // Every particle with one value: a second, other value tells an error of the column
            // (one every value gets, reported at the header) from one of the value (at its line).
            double other = v + 1 != v ? v + 1 : 2 * v;
            FieldProbe.Trial high = values.get(hi)[j] != v ? new FieldProbe.Trial(values.get(hi)[j], lines.get(hi), column, "")
                    : new FieldProbe.Trial(other, lines.get(lo), column, "");
            List<FieldProbe.Trial> trials = List.of(low, high);
            FieldProbe.check(scenarioFile, paths.get(j), file.toString(), 1, column, trials);
        }
    }

    /**
     * For a comparison of B with A on the same draws: each parameter the sample sets must be
     * one A and B leave alike, or drawing it for both would undo what B changes. A field is
     * alike when both trees hold the same single value there, or the same node of the same
     * file (a fact reference, say, that B inherits from A).
     *
     * @throws InputException at the parameter's header cell, naming where B sets it
     */
    public void checkPaired(Path scenarioA, Path scenarioB) {
        YamlNode a = ScenarioLoader.mergedTree(scenarioA, List.of());
        YamlNode b = ScenarioLoader.mergedTree(scenarioB, List.of());
        for (int j = 0; j < paths.size(); j++) {
            Optional<YamlNode> inA = YamlOverlay.find(a, paths.get(j));
            Optional<YamlNode> inB = YamlOverlay.find(b, paths.get(j));
            if (alike(inA, inB)) continue;
            String where = inB.map(n -> " (" + n.position().file() + ":" + n.position().line() + ":" + n.position().column() + ")").orElse(" (where A has it)");
            throw new InputException(file.toString(), 1, j + 1 + LEADING.size(), paths.get(j),
                    "is set differently by B" + where + " and by A; drawing it from the sample for both would undo that difference:"
                            + " compare on the same draws only what-ifs that leave the sample's parameters alone");
        }
    }

    private static boolean alike(Optional<YamlNode> a, Optional<YamlNode> b) {
        if (a.isEmpty() || b.isEmpty()) return a.isEmpty() && b.isEmpty();
        Node x = a.get().raw(), y = b.get().raw();
        if (x instanceof ScalarNode sx && y instanceof ScalarNode sy) return sx.getValue().equals(sy.getValue());
        return a.get().position().equals(b.get().position());
    }

    public Path file() { return file; }

    /** The SHA-256 of the file as read (64 hex digits), for the provenance of what drew from it. */
    public String sha256() { return sha256; }

    /**
     * Where the parameters of a result's runs came from, as its JSON file records it:
     * {@code posterior}, the sample's file as given, and {@code posterior_sha256}; both null when
     * the runs took the scenario's own values ({@code sample} null).
     */
    public static void provenance(Map<String, String> meta, PosteriorSample sample) {
        meta.put("posterior", sample == null ? "null" : Json.string(sample.file().toString()));
        meta.put("posterior_sha256", sample == null ? "null" : Json.string(sample.sha256()));
    }

    public List<String> paths() { return paths; }

    public int size() { return values.size(); }

    /** The line of the file a particle (0-based, in the file's order) is on. */
    public int line(int particle) { return lines.get(particle); }

    /** The particle a uniform number in [0, 1) picks, by weight. */
    public int pick(double uniform) {
        for (int i = 0; i < cumulative.length; i++) if (uniform < cumulative[i]) return i;
        return cumulative.length - 1;
    }

    /**
     * The particle each of {@code count} replications draws, by weight: replication i's with a
     * uniform seeded from the base seed and i (not the run's own seed, so the weather and the
     * parameters are drawn apart). Two commands given the same base seed draw the same particles,
     * so {@code compare} runs A and B on the same draws and {@code validate} meets them too.
     */
    public int[] draws(long baseSeed, int count) {
        int[] out = new int[count];
        for (int i = 0; i < count; i++) out[i] = pick(new MersenneTwister(Seeds.derive(baseSeed, i, 1)).nextDouble());
        return out;
    }

    /**
     * Each replication's scenario: {@code scenarioFile} with the parameters of the particle it
     * draws ({@link #draws}) set, each drawn particle loaded once. Errors as the loader's, at
     * the particle's line and the parameter's column of the sample.
     */
    public List<Scenario> scenarios(Path scenarioFile, long baseSeed, int count) {
        Map<Integer, Scenario> byParticle = new HashMap<>(); // looked up only: its order decides nothing
        List<Scenario> out = new ArrayList<>();
        for (int particle : draws(baseSeed, count)) out.add(byParticle.computeIfAbsent(particle, k -> ScenarioLoader.load(scenarioFile, overrides(k))));
        return out;
    }

    /** A particle's parameters as overrides, located at its line of the file (for errors). */
    public List<FieldOverride> overrides(int particle) {
        List<FieldOverride> out = new ArrayList<>();
        double[] v = values.get(particle);
        for (int j = 0; j < v.length; j++) out.add(FieldOverride.of(paths.get(j), v[j], file.toString(), lines.get(particle), j + 1 + LEADING.size()));
        return out;
    }
}
