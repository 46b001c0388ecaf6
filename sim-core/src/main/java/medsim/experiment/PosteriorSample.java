package medsim.experiment;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import medsim.yaml.FieldOverride;
import medsim.yaml.InputException;
import medsim.yaml.InputFiles;

/**
 * A posterior sample as {@code calibrate} writes it with {@code method: abc-smc}
 * (posterior.csv: {@code particle, weight, distance}, then one column per parameter path),
 * and seeded draws from it: a run that draws its parameters from the sample carries the
 * parameters' uncertainty into its outcomes. Immutable.
 */
public final class PosteriorSample {
    private static final List<String> LEADING = List.of("particle", "weight", "distance");

    private final Path file;
    private final List<String> paths;
    private final List<double[]> values = new ArrayList<>();
    private final List<Integer> lines = new ArrayList<>();
    private final double[] cumulative;

    private PosteriorSample(Path file, List<String> paths, List<double[]> values, List<Double> weights, List<Integer> lines) {
        this.file = file;
        this.paths = List.copyOf(paths);
        this.values.addAll(values);
        this.lines.addAll(lines);
        double sum = 0;
        for (double w : weights) sum += w;
        cumulative = new double[weights.size()];
        double c = 0;
        for (int i = 0; i < weights.size(); i++) {
            c += weights.get(i) / sum;
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
        if (weights.stream().mapToDouble(Double::doubleValue).sum() <= 0) throw new InputException(name, 2, 2, "weight", "the weights add up to 0");
        return new PosteriorSample(file, header.subList(LEADING.size(), header.size()), values, weights, lines);
    }

    public Path file() { return file; }

    public List<String> paths() { return paths; }

    public int size() { return values.size(); }

    /** The particle a uniform number in [0, 1) picks, by weight. */
    public int pick(double uniform) {
        for (int i = 0; i < cumulative.length; i++) if (uniform < cumulative[i]) return i;
        return cumulative.length - 1;
    }

    /** A particle's parameters as overrides, located at its line of the file (for errors). */
    public List<FieldOverride> overrides(int particle) {
        List<FieldOverride> out = new ArrayList<>();
        double[] v = values.get(particle);
        for (int j = 0; j < v.length; j++) out.add(FieldOverride.of(paths.get(j), v[j], file.toString(), lines.get(particle), j + 1 + LEADING.size()));
        return out;
    }
}
