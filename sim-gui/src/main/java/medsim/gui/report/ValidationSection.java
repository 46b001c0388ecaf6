package medsim.gui.report;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import medsim.gui.chart.ChartCommand;
import medsim.gui.chart.CsvTable;
import medsim.gui.chart.Picture;
import medsim.gui.chart.ValidationChart;

/**
 * The tables of a validation.csv (or of a calibration's fit.csv, which has its columns): the
 * fit targets and the checks, each target's observed value, simulated mean with its 95%
 * confidence interval, 80% and 95% predictive intervals, error, tolerance with where it comes
 * from (the observation-error table: a confidence grade, a band the sources give, a stated
 * error), whether it is within tolerance and whether the observed value is inside its 95%
 * predictive interval; then the coverage: how many observed values are inside.
 */
final class ValidationSection {
    private ValidationSection() {}

    /** Adds the fit and check tables of {@code csv} with their coverage; {@code idPrefix} names the tables ({@code validation-fit}...). */
    static void tables(HtmlPage page, Path csv, String idPrefix) {
        CsvTable t = CsvTable.read(csv);
        t.requireNumbers(List.of("observed", "simulated_mean", "ci95_low", "ci95_high", "error", "tolerance", "pi80_low", "pi80_high", "pi95_low", "pi95_high"),
                true, "a validation");
        int useColumn = t.column("use"), withinColumn = t.column("within_tolerance");
        for (int i = 0; i < t.size(); i++) {
            String u = t.text(i, useColumn), w = t.text(i, withinColumn);
            if (!u.equals("fit") && !u.equals("check")) throw t.error(i, "use", "must be fit or check (got '" + u + "')");
            if (!w.equals("true") && !w.equals("false")) throw t.error(i, "within_tolerance", "must be true or false (got '" + w + "')");
        }
        observationError(page, t, idPrefix);
        ValidationChart chart = ValidationChart.read(csv);
        if (!chart.isEmpty()) page.figure(new ChartCommand.Drawing(idPrefix + "-targets", Picture.of(chart.chart(), ChartCommand.WIDTH_PX, chart.heightPx())));
        int use = t.column("use");
        int covered = 0, predicted = 0;
        for (String u : List.of("fit", "check")) {
            page.h3(u.equals("fit") ? "Fit targets (calibration may use them)" : "Checks (never fitted)");
            Table table = new Table(idPrefix + "-" + u, List.of("target", "kind", "metric", "observed", "simulated mean [95% CI]",
                    "80% predictive interval", "95% predictive interval", "error", "tolerance", "within tolerance", "inside 95% PI", "source"));
            int within = 0, inside = 0, withInterval = 0;
            for (int i = 0; i < t.size(); i++) {
                if (!t.text(i, use).equals(u)) continue;
                Row r = new Row(t, i);
                if (r.within) within++;
                if (!r.inside.isEmpty()) {
                    withInterval++;
                    if (r.inside.equals("yes")) inside++;
                }
                table.rowOfClass(r.within ? "" : "no", r.cells());
            }
            if (table.size() == 0) {
                page.p(u.equals("fit") ? "No fit targets." : "No checks.");
                continue;
            }
            page.table(table);
            String coverage = withInterval == 0 ? "no predictive intervals (fewer than 10 replications, or monthly series only)"
                    : String.format(Locale.ROOT, "%d of %d observed values inside their 95%% predictive interval (coverage %.0f%%)", inside, withInterval, 100.0 * inside / withInterval);
            page.p(String.format(Locale.ROOT, "%d of %d within tolerance; %s.", within, table.size(), coverage));
            covered += inside;
            predicted += withInterval;
        }
        if (predicted > 0) {
            page.p(String.format(Locale.ROOT, "Coverage over all targets: %d of %d observed values inside their 95%% predictive interval (%.0f%%).",
                    covered, predicted, 100.0 * covered / predicted));
        }
    }

    /**
     * The observation-error table as these targets used it: each origin of a tolerance (a
     * confidence grade of the facts, a band the sources give, a target's stated error, a
     * monthly series' correlation) with the tolerances it gave and the targets it gave them to.
     */
    private static void observationError(HtmlPage page, CsvTable t, String idPrefix) {
        int origin = t.column("tolerance_origin"), tolerance = t.column("tolerance"), kind = t.column("kind"), target = t.column("target");
        java.util.Map<String, java.util.TreeSet<String>> tolerances = new java.util.TreeMap<>();
        java.util.Map<String, List<String>> targets = new java.util.TreeMap<>();
        for (int i = 0; i < t.size(); i++) {
            String o = t.text(i, origin);
            double tol = t.number(i, tolerance);
            String shown = t.text(i, kind).equals("monthly") ? String.format(Locale.ROOT, "r ≥ %.2f", tol) : "±" + HtmlPage.percent(tol, false);
            tolerances.computeIfAbsent(o, k -> new java.util.TreeSet<>()).add(shown);
            targets.computeIfAbsent(o, k -> new java.util.ArrayList<>()).add(t.text(i, target));
        }
        Table table = new Table(idPrefix + "-observation-error", List.of("origin of the tolerance", "tolerance", "targets"));
        for (String o : tolerances.keySet()) table.row(o, String.join(", ", tolerances.get(o)), String.join(", ", targets.get(o)));
        page.h3("Observation error");
        page.p("Each target's tolerance is its observation error: by the confidence grade of the facts it is made of (the scenario's observationError table), "
                + "from a band its sources give, or stated by the target; a share's is relative to the share.");
        page.table(table);
    }

    /** One target's row, formatted by its kind: counts, shares in percent, a monthly series' correlation. */
    private static final class Row {
        final CsvTable t;
        final int i;
        final String kind;
        final boolean within;
        final String inside;

        Row(CsvTable t, int i) {
            this.t = t;
            this.i = i;
            this.kind = text("kind");
            this.within = text("within_tolerance").equals("true");
            String in = text("inside_pi95");
            this.inside = in.equals("true") ? "yes" : in.equals("false") ? "no" : "";
        }

        String text(String column) { return t.text(i, t.column(column)); }
        double num(String column) { return t.number(i, t.column(column)); }

        String value(double v) {
            if (Double.isNaN(v)) return "";
            return switch (kind) {
                case "share" -> String.format(Locale.ROOT, "%.1f%%", 100 * v);
                case "monthly" -> String.format(Locale.ROOT, "%.2f", v);
                default -> HtmlPage.number(v);
            };
        }

        String interval(String low, String high) {
            double lo = num(low), hi = num(high);
            if (Double.isNaN(lo) || Double.isNaN(hi)) return "";
            return "[" + value(lo) + ", " + value(hi) + "]";
        }

        String[] cells() {
            boolean monthly = kind.equals("monthly");
            String observed = monthly ? "r = 1 (the record's months)" : value(num("observed"));
            String mean = (monthly ? "r = " : "") + value(num("simulated_mean"));
            String ci = interval("ci95_low", "ci95_high");
            String simulated = mean + (ci.isEmpty() ? "" : " " + ci);
            String error = monthly ? String.format(Locale.ROOT, "%.0f%% MARE", 100 * num("error")) : HtmlPage.percent(num("error"), true);
            String tolerance = monthly ? String.format(Locale.ROOT, "r ≥ %.2f", num("tolerance"))
                    : "±" + HtmlPage.percent(num("tolerance"), false) + " (" + text("tolerance_origin") + ")";
            String period = text("period").replace("..", " to ");
            return new String[] {text("target") + (period.isEmpty() ? "" : " (" + period + ")"), kind, text("metric"), observed, simulated,
                    interval("pi80_low", "pi80_high"), interval("pi95_low", "pi95_high"), error, tolerance, within ? "yes" : "NO", inside, text("source")};
        }
    }
}
