package medsim.gui.chart;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import medsim.format.Numbers;
import medsim.yaml.InputException;

/**
 * A sweep's points.csv: one row per design point with its id, the parameter values, and for
 * each metric its mean, standard deviation and 95% confidence interval over replications
 * ({@code <metric>_mean,<metric>_sd,<metric>_ci95_low,<metric>_ci95_high}). The columns
 * between the id and the first metric are the parameters.
 */
public final class SweepPoints {
    static final String MEAN = "_mean", SD = "_sd", LOW = "_ci95_low", HIGH = "_ci95_high";

    /** A metric's columns. */
    public record Metric(String name, int mean, int sd, int low, int high) {}

    private final CsvTable table;
    private final List<String> parameters;
    private final List<Metric> metrics;

    private SweepPoints(CsvTable table, List<String> parameters, List<Metric> metrics) {
        this.table = table;
        this.parameters = List.copyOf(parameters);
        this.metrics = List.copyOf(metrics);
    }

    public static SweepPoints read(Path pointsCsv) {
        CsvTable t = CsvTable.read(pointsCsv);
        List<String> h = t.header();
        List<Metric> metrics = new ArrayList<>();
        int firstMetric = -1;
        for (int i = 1; i < h.size(); i++) {
            if (!h.get(i).endsWith(MEAN)) continue;
            String m = h.get(i).substring(0, h.get(i).length() - MEAN.length());
            int sd = h.indexOf(m + SD), low = h.indexOf(m + LOW), high = h.indexOf(m + HIGH);
            if (sd < 0 || low < 0 || high < 0) {
                throw new InputException(pointsCsv.toString(), 1, 0, h.get(i), "needs the columns " + m + SD + ", " + m + LOW + " and " + m + HIGH);
            }
            if (firstMetric < 0) firstMetric = i;
            metrics.add(new Metric(m, i, sd, low, high));
        }
        if (metrics.isEmpty()) {
            throw new InputException(pointsCsv.toString(), 1, 0, null,
                    "has no metric columns (expected <metric>_mean,<metric>_sd,<metric>_ci95_low,<metric>_ci95_high)");
        }
        if (t.size() == 0) throw InputException.of(pointsCsv.toString(), "has no design points");
        boolean anyMean = false;
        for (int row = 0; row < t.size(); row++) {
            for (Metric m : metrics) for (int c : new int[] {m.mean(), m.low(), m.high()}) t.number(row, c);
            for (Metric m : metrics) anyMean |= Double.isFinite(t.number(row, m.mean()));
        }
        if (!anyMean) throw InputException.of(pointsCsv.toString(), "has no design point with a successful run (every mean is empty), so there is nothing to chart");
        return new SweepPoints(t, h.subList(1, firstMetric), metrics);
    }

    public Path file() { return table.file(); }
    public int size() { return table.size(); }
    public String id(int point) { return table.text(point, 0); }
    public List<String> parameters() { return parameters; }
    public List<Metric> metrics() { return metrics; }
    public String parameterText(int point, String parameter) { return table.text(point, table.column(parameter)); }
    public double value(int point, int column) { return table.number(point, column); }

    /** Parameters that take more than one value over the points: the ones a chart can show. */
    public List<String> varyingParameters() {
        List<String> out = new ArrayList<>();
        for (String p : parameters) {
            Set<String> values = new LinkedHashSet<>();
            for (int i = 0; i < size(); i++) values.add(parameterText(i, p));
            if (values.size() > 1) out.add(p);
        }
        return out;
    }

    /** Whether every point gives the parameter a whole number (a count of ships, say): its axis then ticks only at whole numbers. */
    public boolean isWholeNumber(String parameter) {
        if (!isNumeric(parameter)) return false;
        for (int i = 0; i < size(); i++) {
            double v = Numbers.parse(parameterText(i, parameter));
            if (v != Math.rint(v)) return false;
        }
        return true;
    }

    public boolean isNumeric(String parameter) {
        for (int i = 0; i < size(); i++) {
            try {
                Numbers.parse(parameterText(i, parameter));
            } catch (NumberFormatException e) {
                return false;
            }
        }
        return true;
    }
}
