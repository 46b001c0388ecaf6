package medsim.experiment;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;
import org.apache.commons.math3.random.MersenneTwister;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.SobolSequenceGenerator;

import medsim.format.Numbers;
import medsim.record.Csv;
import medsim.record.Plural;
import medsim.yaml.InputException;
import medsim.yaml.InputFiles;

/**
 * Builds the design points of a sweep. Quasi-random sequences come from commons-math3's
 * Sobol generator; the Latin hypercube and the Morris trajectories, which it lacks, draw
 * from a generator seeded with the sweep seed, so a design is the same every time.
 */
public final class SweepDesign {
    /** A CSV design as people write it: medsim's dialect, plus blank lines, {@code #} comments and spaces around values. */
    static final CSVFormat DESIGN_FORMAT = Csv.WITH_HEADER.builder().setIgnoreEmptyLines(true).setIgnoreSurroundingSpaces(true)
            .setCommentMarker('#').setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_ALL).get();

    private SweepDesign() {}

    public static DesignMatrix build(SweepSpec spec) {
        List<SweepParameter> ps = spec.parameters();
        List<String> paths = ps.stream().map(SweepParameter::path).toList();
        List<ParameterRange> ranges = ps.stream().map(SweepParameter::range).toList();
        int k = ps.size();
        RandomGenerator rng = new MersenneTwister(spec.seed());
        return switch (spec.design()) {
            case FULL_FACTORIAL -> new DesignMatrix(paths, factorial(ps), spec.design(), 0, null, null);
            case LATIN_HYPERCUBE -> new DesignMatrix(paths, scale(ranges, latinHypercube(spec.points(), k, rng)), spec.design(), 0, null, null);
            case SOBOL -> new DesignMatrix(paths, scale(ranges, sobol(spec.points(), k)), spec.design(), 0, null, null);
            case SALTELLI -> new DesignMatrix(paths, scale(ranges, saltelli(spec.points(), k)), spec.design(), spec.points(), null, null);
            case MORRIS -> morris(paths, ranges, spec.points(), spec.levels(), rng);
            case CSV -> csv(spec);
        };
    }

    private static List<double[]> factorial(List<SweepParameter> ps) {
        List<double[]> rows = new ArrayList<>();
        rows.add(new double[0]);
        for (SweepParameter p : ps) {
            List<double[]> next = new ArrayList<>();
            for (double[] r : rows) {
                for (double level : p.levels()) {
                    double[] e = Arrays.copyOf(r, r.length + 1);
                    e[r.length] = level;
                    next.add(e);
                }
            }
            rows = next;
        }
        return rows;
    }

    /** One point in each of n equal strata of every dimension, strata paired at random. */
    static List<double[]> latinHypercube(int n, int k, RandomGenerator rng) {
        double[][] u = new double[n][k];
        for (int j = 0; j < k; j++) {
            int[] perm = new int[n];
            for (int i = 0; i < n; i++) perm[i] = i;
            for (int i = n - 1; i > 0; i--) { // Fisher-Yates
                int s = rng.nextInt(i + 1);
                int t = perm[i];
                perm[i] = perm[s];
                perm[s] = t;
            }
            for (int i = 0; i < n; i++) u[i][j] = (perm[i] + rng.nextDouble()) / n;
        }
        return Arrays.asList(u);
    }

    /** Sobol points, skipping the first (the origin), as is usual. */
    static List<double[]> sobol(int n, int k) {
        SobolSequenceGenerator g = new SobolSequenceGenerator(k);
        g.skipTo(1);
        List<double[]> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) rows.add(g.nextVector());
        return rows;
    }

    /** Saltelli's scheme: A and B from a 2k-dimensional Sobol sequence, then AB_i = A with column i from B. */
    static List<double[]> saltelli(int n, int k) {
        List<double[]> base = sobol(n, 2 * k);
        List<double[]> rows = new ArrayList<>();
        for (double[] r : base) rows.add(Arrays.copyOfRange(r, 0, k));
        for (double[] r : base) rows.add(Arrays.copyOfRange(r, k, 2 * k));
        for (int i = 0; i < k; i++) {
            for (double[] r : base) {
                double[] ab = Arrays.copyOfRange(r, 0, k);
                ab[i] = r[k + i];
                rows.add(ab);
            }
        }
        return rows;
    }

    /**
     * Morris trajectories on a grid of {@code levels} levels per factor: a random base point
     * whose every factor can move up by levels / 2 grid steps (delta = p / (2(p - 1)) of the
     * range), then one factor at a time, in a random order, moves up.
     */
    static DesignMatrix morris(List<String> paths, List<ParameterRange> ranges, int trajectories, int levels, RandomGenerator rng) {
        int k = ranges.size();
        int jump = levels / 2;
        List<double[]> rows = new ArrayList<>();
        List<int[]> orders = new ArrayList<>();
        for (int t = 0; t < trajectories; t++) {
            int[] x = new int[k];
            for (int j = 0; j < k; j++) x[j] = rng.nextInt(jump);
            int[] order = new int[k];
            for (int j = 0; j < k; j++) order[j] = j;
            for (int j = k - 1; j > 0; j--) {
                int s = rng.nextInt(j + 1);
                int tmp = order[j];
                order[j] = order[s];
                order[s] = tmp;
            }
            rows.add(grid(ranges, x, levels));
            for (int j : order) {
                x[j] += jump;
                rows.add(grid(ranges, x, levels));
            }
            orders.add(order);
        }
        return new DesignMatrix(paths, rows, DesignKind.MORRIS, trajectories, orders, null);
    }

    private static double[] grid(List<ParameterRange> ranges, int[] level, int levels) {
        double[] v = new double[level.length];
        for (int j = 0; j < v.length; j++) v[j] = ranges.get(j).gridValue(level[j], levels);
        return v;
    }

    /** Points of the unit cube as parameter values: equal chances for every whole number of an integer range. */
    static List<double[]> scale(List<ParameterRange> ranges, List<double[]> unit) {
        List<double[]> rows = new ArrayList<>();
        for (double[] u : unit) {
            double[] v = new double[u.length];
            for (int j = 0; j < u.length; j++) v[j] = ranges.get(j).value(u[j]);
            rows.add(v);
        }
        return rows;
    }

    /**
     * A design matrix from a CSV file: a header of parameter paths, one row per point. Each
     * column is checked against the scenario before any run (see {@link FieldProbe}).
     */
    private static DesignMatrix csv(SweepSpec spec) {
        String name = spec.designFile().toString();
        List<String> paths;
        List<double[]> rows = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        String text = InputFiles.readText(spec.designFile(), InputFiles.MAX_CSV_BYTES);
        try (CSVParser parser = DESIGN_FORMAT.parse(new StringReader(text))) {
            paths = parser.getHeaderNames();
            if (paths.isEmpty()) throw new InputException(name, 1, 1, null, "has no header of parameter paths");
            for (int j = 0; j < paths.size(); j++) {
                if (!paths.get(j).matches("[A-Za-z0-9_.\\[\\]-]+")) throw new InputException(name, 1, j + 1, null, "column " + (j + 1) + " is not a parameter path: \"" + paths.get(j) + "\"");
                int first = paths.indexOf(paths.get(j));
                if (first < j) throw new InputException(name, 1, j + 1, paths.get(j), "is column " + (first + 1) + " and column " + (j + 1) + "; each parameter must have one column");
            }
            for (CSVRecord r : parser) {
                int line = (int) r.getParser().getCurrentLineNumber();
                lines.add(line);
                if (r.size() != paths.size()) throw new InputException(name, line, 1, null, "has " + Plural.of(r.size(), "value") + "; the header has " + paths.size());
                double[] v = new double[paths.size()];
                for (int j = 0; j < v.length; j++) {
                    v[j] = cell(name, line, j + 1, paths.get(j), r.get(j));
                }
                rows.add(v);
                if ((long) rows.size() * spec.replications() > SweepSpec.MAX_RUNS) {
                    throw new InputException(name, line, 1, null, "is design point " + rows.size() + ", which with " + spec.replications()
                            + " replications makes more than the " + SweepSpec.MAX_RUNS + " runs a sweep may have (split it into several sweeps)");
                }
            }
        } catch (IOException | IllegalArgumentException e) { // the header's error
            throw csvSyntax(name, text, e.getMessage());
        } catch (UncheckedIOException e) { // the parser's error in a record, e.g. a quote never closed
            throw csvSyntax(name, text, e.getCause().getMessage());
        }
        if (rows.isEmpty()) throw new InputException(name, 2, 1, null, "has no design points");
        for (int j = 0; j < paths.size(); j++) checkColumn(spec.scenarioFile(), name, paths.get(j), j, rows, lines);
        return new DesignMatrix(paths, rows, DesignKind.CSV, 0, null, lines);
    }

    /**
     * A design cell's value: a finite number in one of the spellings medsim writes
     * ({@link Numbers#parse}: {@code 12}, {@code -0.5}, {@code 1e-7}); not Java's other
     * spellings ({@code 1.0d}, {@code 0x1p-1}), not an empty cell or NaN (no value), not an infinity.
     */
    static double cell(String file, int line, int column, String path, String text) {
        double v;
        try {
            v = Numbers.parse(text);
        } catch (NumberFormatException e) {
            v = Double.NaN;
        }
        if (!Double.isFinite(v)) throw new InputException(file, line, column, path, "must be a number (got \"" + text + "\")");
        return v;
    }

    /**
     * The CSV parser's complaint at its line: commons-csv says, for instance, "Invalid character
     * between encapsulated token and delimiter at line: 3, position: 28" (position counts
     * characters from the start of the file).
     */
    static InputException csvSyntax(String name, String csv, String message) {
        String text = String.valueOf(message);
        Matcher unclosed = Pattern.compile("\\(startline (\\d+)\\) EOF reached before encapsulated token finished").matcher(text);
        if (unclosed.matches()) {
            // commons-csv names the line where the quoted value starts; the column is its first quote there.
            int line = Integer.parseInt(unclosed.group(1));
            String[] lines = csv.split("\n", -1);
            int column = line <= lines.length ? lines[line - 1].indexOf('"') + 1 : 0;
            return new InputException(name, line, Math.max(column, 1), null,
                    "is not a readable CSV design: a quoted value starts here and is never closed (the file ends inside it)");
        }
        Matcher at = Pattern.compile("(.*) at line: (\\d+), position: \\d+").matcher(text);
        if (!at.matches()) return InputException.of(name, "is not a readable CSV design: " + text);
        String problem = at.group(1).isEmpty() ? at.group(1) : Character.toLowerCase(at.group(1).charAt(0)) + at.group(1).substring(1);
        return new InputException(name, Integer.parseInt(at.group(2)), 0, null, "is not a readable CSV design: " + problem);
    }

    /** Tries a column's smallest and largest value, and its first fractional one, at their cells. */
    private static void checkColumn(Path scenarioFile, String file, String path, int j, List<double[]> rows, List<Integer> lines) {
        int lo = 0, hi = 0, fractional = -1;
        for (int i = 0; i < rows.size(); i++) {
            double v = rows.get(i)[j];
            if (v < rows.get(lo)[j]) lo = i;
            if (v > rows.get(hi)[j]) hi = i;
            if (fractional < 0 && v != Math.rint(v)) fractional = i;
        }
        List<FieldProbe.Trial> trials = new ArrayList<>();
        for (int i : new int[] {lo, hi, fractional}) {
            if (i >= 0 && trials.stream().noneMatch(t -> t.value() == rows.get(i)[j])) trials.add(new FieldProbe.Trial(rows.get(i)[j], lines.get(i), j + 1, ""));
        }
        FieldProbe.check(scenarioFile, path, file, 1, j + 1, trials);
    }
}
