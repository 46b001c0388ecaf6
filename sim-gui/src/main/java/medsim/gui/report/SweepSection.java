package medsim.gui.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import medsim.gui.chart.ChartCommand;
import medsim.gui.chart.CsvTable;
import medsim.gui.chart.IndexBars;
import medsim.gui.chart.Picture;
import medsim.gui.chart.ResponseChart;
import medsim.gui.chart.SweepPoints;
import medsim.record.Plural;
import medsim.yaml.InputException;

/**
 * The report of a sweep: where it came from (sweep.json) and the seeds its runs used
 * (runs.csv), the design points with each metric's mean and 95% interval (points.csv, the
 * parameter sample), a parameter-response chart per metric, and Sobol indices (sobol.csv) or
 * Morris elementary effects (morris.csv) as bars with their 95% intervals.
 */
final class SweepSection {
    private SweepSection() {}

    static void write(HtmlPage page, Path dir) {
        Path json = dir.resolve("sweep.json");
        if (!Files.isRegularFile(json)) throw InputException.of(json.toString(), "is missing (a sweep's folder has sweep.json, runs.csv and points.csv)");
        Provenance s = Provenance.read(json).require(List.of("sweep"), List.of("runs"));
        String sweepFile = s.text("sweep");
        page.h1("Sweep: " + Path.of(sweepFile).getFileName());
        Table inputs = s.inputs("inputs", "inputs");
        String scenario = inputs.rows().stream().filter(r -> r[0].equals("scenario")).map(r -> r[1]).findFirst().orElse("");
        page.lead(String.format(Locale.ROOT, "medsim sweep %s over the scenario %s: %s. Report of the folder %s.", sweepFile, scenario,
                Plural.of(Long.parseLong(s.text("runs")), "run"), dir));

        CsvTable runs = Files.isRegularFile(dir.resolve("runs.csv")) ? CsvTable.read(dir.resolve("runs.csv")) : null;
        page.h2("Provenance");
        List<String[]> facts = new ArrayList<>();
        facts.add(new String[] {"sweep file", sweepFile + " (SHA-256 " + s.text("sweep_sha256") + ")"});
        facts.add(new String[] {"scenario", scenario});
        facts.add(new String[] {"resolved inputs SHA-256", s.text("inputs_sha256")});
        facts.add(new String[] {"design", design(dir)});
        facts.add(new String[] {"seeds", seeds(s.text("seeds"), runs)});
        facts.add(new String[] {"shard", s.text("shard")});
        facts.addAll(s.build());
        page.facts(facts);
        page.folded("Input files (" + inputs.size() + ", with their SHA-256)", inputs);

        if (runs != null) failedRuns(page, runs);
        Path pointsCsv = dir.resolve("points.csv");
        if (!Files.isRegularFile(pointsCsv)) {
            page.note("No points.csv: the sweep is unfinished or some of its runs failed, so there are no design points to show.");
        } else {
            SweepPoints points = SweepPoints.read(pointsCsv);
            page.h2("Response to the parameters");
            page.p("Each metric's mean over replications at every design point, against each numeric parameter that varies.");
            for (SweepPoints.Metric m : points.metrics()) {
                List<org.jfree.chart.JFreeChart> charts = ResponseChart.of(points, m);
                for (int i = 0; i < charts.size(); i++) {
                    String id = "response-" + m.name() + (i == 0 ? "" : "-" + (i + 1));
                    page.figure(new ChartCommand.Drawing(id, Picture.of(charts.get(i), ChartCommand.WIDTH_PX, ResponseChart.HEIGHT_PX)));
                }
            }
            page.h2("Design points (the parameter sample)");
            page.table(pointsTable(points));
        }
        if (Files.isRegularFile(dir.resolve("sobol.csv"))) sobol(page, CsvTable.read(dir.resolve("sobol.csv")));
        if (Files.isRegularFile(dir.resolve("morris.csv"))) morris(page, CsvTable.read(dir.resolve("morris.csv")));
    }

    private static String design(Path dir) {
        if (Files.isRegularFile(dir.resolve("sobol.csv"))) return "Saltelli (Sobol indices in sobol.csv)";
        if (Files.isRegularFile(dir.resolve("morris.csv"))) return "Morris (elementary effects in morris.csv)";
        return "as the sweep file says (no sensitivity analysis file in the folder)";
    }

    /** "common: every design point's replication r runs with the same seed: 484915656, 2106558114". */
    private static String seeds(String mode, CsvTable runs) {
        Set<String> seen = new LinkedHashSet<>();
        if (runs != null) {
            int seed = runs.column("seed");
            for (int i = 0; i < runs.size(); i++) seen.add(runs.text(i, seed));
        }
        String list = seen.isEmpty() ? "" : ": " + Provenance.firstOf(List.copyOf(seen));
        if (mode.equals("common")) return "common random numbers: replication r of every design point runs with the same seed" + list;
        return mode + list;
    }

    private static void failedRuns(HtmlPage page, CsvTable runs) {
        int status = runs.column("status"), error = runs.column("error"), id = runs.column("run_id");
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) if (!runs.text(i, status).equals("ok")) failures.add("run " + runs.text(i, id) + ": " + runs.text(i, error));
        page.p(String.format(Locale.ROOT, "%s in runs.csv, %d failed.", Plural.of(runs.size(), "run"), failures.size()));
        for (String f : failures.subList(0, Math.min(3, failures.size()))) page.note(f);
    }

    private static Table pointsTable(SweepPoints points) {
        List<String> header = new ArrayList<>(List.of("point"));
        header.addAll(points.parameters());
        for (SweepPoints.Metric m : points.metrics()) {
            header.add(m.name() + " (mean)");
            header.add("95% interval");
        }
        Table t = new Table("points", header);
        for (int i = 0; i < points.size(); i++) {
            List<String> row = new ArrayList<>(List.of(points.id(i)));
            for (String p : points.parameters()) row.add(HtmlPage.number(points.parameterText(i, p)));
            for (SweepPoints.Metric m : points.metrics()) {
                row.add(HtmlPage.number(points.value(i, m.mean())));
                double lo = points.value(i, m.low()), hi = points.value(i, m.high());
                row.add(Double.isNaN(lo) ? "" : "[" + HtmlPage.number(lo) + ", " + HtmlPage.number(hi) + "]");
            }
            t.row(row.toArray(String[]::new));
        }
        return t;
    }

    private static void sobol(HtmlPage page, CsvTable t) {
        page.h2("Sobol indices");
        page.p("First-order index: the share of a metric's variance due to the parameter alone; total-order: with all its interactions. "
                + "Whiskers: 95% bootstrap intervals.");
        int parameter = t.column("parameter"), metric = t.column("metric");
        int s1 = t.column("first_order"), s1lo = t.column("first_order_ci95_low"), s1hi = t.column("first_order_ci95_high");
        int st = t.column("total_order"), stlo = t.column("total_order_ci95_low"), sthi = t.column("total_order_ci95_high");
        for (Map.Entry<String, List<Integer>> e : byMetric(t, metric).entrySet()) {
            List<Integer> rows = e.getValue();
            List<String> names = rows.stream().map(r -> t.text(r, parameter)).toList();
            List<IndexBars.Series> series = List.of(
                    new IndexBars.Series("first order", column(t, rows, s1), column(t, rows, s1lo), column(t, rows, s1hi)),
                    new IndexBars.Series("total order", column(t, rows, st), column(t, rows, stlo), column(t, rows, sthi)));
            chart(page, "sobol-" + e.getKey(), "Sobol indices of " + e.getKey(), "sobol.csv: mean and 95% bootstrap interval", "index", names, series);
        }
        Table table = new Table("sobol", List.of("parameter", "metric", "first order", "95% interval", "total order", "95% interval"));
        for (int i = 0; i < t.size(); i++) {
            table.row(t.text(i, parameter), t.text(i, metric), HtmlPage.number(t.text(i, s1)), interval(t, i, s1lo, s1hi),
                    HtmlPage.number(t.text(i, st)), interval(t, i, stlo, sthi));
        }
        page.table(table);
    }

    private static void morris(HtmlPage page, CsvTable t) {
        page.h2("Morris elementary effects");
        page.p("mu*: the mean absolute elementary effect (how much the metric moves with the parameter), with its 95% bootstrap interval; "
                + "sigma: their standard deviation (non-linearity and interactions).");
        int parameter = t.column("parameter"), metric = t.column("metric");
        int muStar = t.column("mu_star"), conf = t.column("mu_star_conf"), mu = t.column("mu"), sigma = t.column("sigma"), n = t.column("elementary_effects");
        for (Map.Entry<String, List<Integer>> e : byMetric(t, metric).entrySet()) {
            List<Integer> rows = e.getValue();
            List<String> names = rows.stream().map(r -> t.text(r, parameter)).toList();
            double[] value = column(t, rows, muStar), c = column(t, rows, conf), lo = new double[value.length], hi = new double[value.length];
            for (int i = 0; i < value.length; i++) {
                lo[i] = value[i] - c[i];
                hi[i] = value[i] + c[i];
            }
            double[] none = new double[value.length];
            java.util.Arrays.fill(none, Double.NaN);
            List<IndexBars.Series> series = List.of(new IndexBars.Series("mu*", value, lo, hi), new IndexBars.Series("sigma", column(t, rows, sigma), none, none));
            chart(page, "morris-" + e.getKey(), "Morris elementary effects on " + e.getKey(), "morris.csv: mu* with its 95% bootstrap interval, and sigma",
                    "elementary effect on " + e.getKey(), names, series);
        }
        Table table = new Table("morris", List.of("parameter", "metric", "mu*", "95% interval of mu*", "mu", "sigma", "elementary effects"));
        for (int i = 0; i < t.size(); i++) {
            double m = t.number(i, muStar), c = t.number(i, conf);
            table.row(t.text(i, parameter), t.text(i, metric), HtmlPage.number(m), "[" + HtmlPage.number(m - c) + ", " + HtmlPage.number(m + c) + "]",
                    HtmlPage.number(t.text(i, mu)), HtmlPage.number(t.text(i, sigma)), t.text(i, n));
        }
        page.table(table);
    }

    private static void chart(HtmlPage page, String id, String title, String subtitle, String axis, List<String> names, List<IndexBars.Series> series) {
        int height = IndexBars.heightPx(names.size(), series.size());
        Picture p = Picture.of(IndexBars.chart(title, subtitle, axis, names, series), ChartCommand.WIDTH_PX, height);
        page.figure(new ChartCommand.Drawing(id, p));
    }

    /** Row numbers by metric, metrics in the file's order. */
    private static Map<String, List<Integer>> byMetric(CsvTable t, int metric) {
        Map<String, List<Integer>> out = new LinkedHashMap<>();
        for (int i = 0; i < t.size(); i++) out.computeIfAbsent(t.text(i, metric), k -> new ArrayList<>()).add(i);
        return out;
    }

    private static double[] column(CsvTable t, List<Integer> rows, int column) {
        double[] out = new double[rows.size()];
        for (int i = 0; i < out.length; i++) out[i] = t.number(rows.get(i), column);
        return out;
    }

    private static String interval(CsvTable t, int row, int low, int high) {
        if (t.text(row, low).isEmpty()) return "";
        return "[" + HtmlPage.number(t.text(row, low)) + ", " + HtmlPage.number(t.text(row, high)) + "]";
    }
}
