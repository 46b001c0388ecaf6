package medsim.experiment;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import medsim.format.Json;
import medsim.format.Numbers;
import medsim.metric.Metric;
import medsim.metric.MetricCatalog;
import medsim.provenance.BuildInfo;
import medsim.record.CsvWriter;
import medsim.record.Plural;
import medsim.record.RunOutputs;
import medsim.scenario.Scenario;

/**
 * What a scenario's replications say one more run would give: per summary metric, the mean of
 * the replications with its 95% confidence interval ({@link Intervals#mean}) and the 80% and 95%
 * predictive intervals of the runs ({@link Intervals#predictive}). With each replication's
 * parameters drawn from a posterior sample, the predictive intervals carry the parameters'
 * uncertainty as well as the runs' noise: a forecast. Rows follow the scenario's summary metrics
 * in the catalogue's order.
 *
 * @param runs replication i at index i, with the seed {@code Seeds.derive(baseSeed, i)}
 */
public record Prediction(Scenario scenario, long baseSeed, List<RunResult> runs, List<Row> rows) {

    /**
     * One metric.
     *
     * @param mean         the replications' mean with its 95% confidence interval
     * @param predictive80 {low, high}: the central 80% of the runs (NaN below {@link Intervals#MIN_PREDICTIVE})
     * @param predictive95 likewise, 95%
     */
    public record Row(String metric, String unit, Intervals.Estimate mean, double[] predictive80, double[] predictive95) {}

    public Prediction {
        runs = List.copyOf(runs);
        rows = List.copyOf(rows);
    }

    /** The columns of predictive.csv. */
    public static final List<String> COLUMNS = List.of("metric", "unit", "mean", "ci95_low", "ci95_high", "pi80_low", "pi80_high", "pi95_low", "pi95_high");

    /** The prediction of replications already run. */
    public static Prediction of(Scenario scenario, List<RunResult> runs, long baseSeed) {
        List<Row> rows = new ArrayList<>();
        for (Metric m : scenario.metrics().summaryMetrics()) {
            double[] v = runs.stream().mapToDouble(r -> r.summary().get(m.name())).toArray();
            rows.add(new Row(m.name(), m.unit(), Intervals.mean(v, MetricCatalog.range(m.name())), Intervals.predictive(v, 0.80), Intervals.predictive(v, 0.95)));
        }
        return new Prediction(scenario, baseSeed, runs, rows);
    }

    /** predictive.csv: one row per metric; empty numbers are NaN (no interval: too few replications, or a run gave no value). */
    public static void writeCsv(Path file, Prediction p) {
        CsvWriter.write(file, w -> {
            w.texts(COLUMNS).endRow();
            for (Row r : p.rows()) {
                w.text(r.metric()).text(r.unit()).num(r.mean().mean()).num(r.mean().low()).num(r.mean().high())
                        .num(r.predictive80()[0]).num(r.predictive80()[1]).num(r.predictive95()[0]).num(r.predictive95()[1]).endRow();
            }
        });
    }

    /**
     * predictive.json: the build, the scenario's file, name, resolved-input digest and input
     * files, its period, {@code days} ({@code --days} or null), the base seed, the replications
     * and their seeds, the posterior sample drawn from ({@code posterior}, {@code posterior_sha256}:
     * its file and SHA-256, or null), and the wall time.
     */
    public static void writeJson(Path file, Prediction p, Integer days, PosteriorSample posterior, double wallSeconds) {
        Map<String, String> meta = new LinkedHashMap<>(BuildInfo.current().json());
        ComparisonReport.scenario(meta, "", p.scenario());
        meta.put("days", days == null ? "null" : days.toString());
        ComparisonReport.replications(meta, p.baseSeed(), p.runs(), posterior);
        meta.put("java", Json.string(System.getProperty("java.version")));
        meta.put("wall_seconds", Numbers.format(Math.round(wallSeconds * 1000) / 1000.0));
        RunOutputs.writeRunJson(file, meta);
    }

    /** The table for a terminal: the metrics in order, with the mean [95% CI] and the 80% and 95% predictive intervals. */
    public static void print(PrintWriter out, Prediction p) {
        Scenario s = p.scenario();
        out.printf(Locale.ROOT, "%s (%s): %s, base seed %d, %s to %s%n", s.name(), s.file(), Plural.of(p.runs().size(), "replication"), p.baseSeed(),
                s.startDate(), s.endDate());
        int width = Math.max(6, p.rows().stream().mapToInt(r -> r.metric().length()).max().orElse(0));
        String format = "%-" + width + "s %34s %28s %28s%n";
        out.printf(Locale.ROOT, format, "metric", "mean [95% CI]", "80% predictive", "95% predictive");
        for (Row r : p.rows()) {
            Intervals.Estimate m = r.mean();
            String mean = ComparisonReport.plain(m.mean()) + (m.hasInterval() ? " [" + ComparisonReport.plain(m.low()) + ", " + ComparisonReport.plain(m.high()) + "]" : "");
            out.printf(Locale.ROOT, format, r.metric(), mean, range(r.predictive80()), range(r.predictive95()));
        }
        if (p.runs().size() < Intervals.MIN_PREDICTIVE) out.printf(Locale.ROOT, "no predictive intervals: %s%n", Intervals.TOO_FEW_FOR_PREDICTIVE);
    }

    private static String range(double[] pi) {
        return Double.isNaN(pi[0]) ? "-" : "[" + ComparisonReport.plain(pi[0]) + ", " + ComparisonReport.plain(pi[1]) + "]";
    }
}
