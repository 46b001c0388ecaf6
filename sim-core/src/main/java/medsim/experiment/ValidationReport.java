package medsim.experiment;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import medsim.format.Json;
import medsim.provenance.BuildInfo;
import medsim.record.CsvWriter;
import medsim.record.Plural;
import medsim.record.RunOutputs;
import medsim.scenario.Scenario;
import medsim.scenario.ValidationTarget;

/**
 * The validation tables, for a terminal and as validation.csv (with validation.json, where it
 * came from): the targets calibration may
 * fit, then those that only check the model, each with its observation error and where that
 * comes from.
 */
public final class ValidationReport {
    private ValidationReport() {}

    /** The columns of validation.csv (and of a calibration's fit.csv). */
    public static final List<String> COLUMNS = List.of("target", "use", "kind", "metric", "period", "observed", "simulated_mean", "ci95_low", "ci95_high",
            "ci_note", "error", "tolerance", "tolerance_origin", "within_tolerance", "pi80_low", "pi80_high", "pi95_low", "pi95_high",
            "inside_pi95", "source");

    /**
     * validation.json, beside validation.csv: the build ({@link BuildInfo#json()}), the
     * scenario's file, name, resolved-input digest, input files and period, the base seed, the
     * replications and each one's seed, the posterior sample each replication drew its parameters
     * from (its file and SHA-256; null without {@code --posterior}) and the Java version. No
     * timing, so that the same validation writes the same bytes.
     */
    public static void writeJson(Path file, Scenario scenario, long baseSeed, List<RunResult> runs, PosteriorSample posterior) {
        Map<String, String> meta = new LinkedHashMap<>(BuildInfo.current().json());
        ComparisonReport.scenario(meta, "", scenario);
        ComparisonReport.replications(meta, baseSeed, runs, posterior);
        meta.put("java", Json.string(System.getProperty("java.version")));
        RunOutputs.writeRunJson(file, meta);
    }

    public static void writeCsv(Path file, List<ValidationRow> rows) {
        CsvWriter.write(file, w -> {
            w.texts(COLUMNS).endRow();
            for (ValidationRow r : rows) {
                ValidationTarget t = r.target();
                String metric = t.per() == null ? t.metric() : t.metric() + " / " + t.per();
                w.text(t.id()).text(t.use().key()).text(t.kind().name().toLowerCase(Locale.ROOT)).text(metric).text(period(t))
                        .num(r.observed()).num(r.simulatedMean()).num(r.ciLow()).num(r.ciHigh())
                        .text(note(r)).num(r.error()).num(t.tolerance()).text(t.errorOrigin()).text(Boolean.toString(r.withinTolerance()))
                        .num(r.pi80Low()).num(r.pi80High()).num(r.pi95Low()).num(r.pi95High())
                        .text(r.hasPredictive() ? Boolean.toString(r.insidePredictive95()) : "").text(t.source())
                        .endRow();
            }
        });
    }

    /** Why a row has no interval, or empty. */
    private static String note(ValidationRow r) {
        return r.replications() < Intervals.MIN_SAMPLE ? Intervals.TOO_FEW_REPLICATIONS : "";
    }

    /** "2016-01-01..2016-06-30", or empty for the whole run. */
    private static String period(ValidationTarget t) {
        return t.hasPeriod() ? t.from() + ".." + t.to() : "";
    }

    /** The fit table, then the check table (a table only if it has rows), each with its count within tolerance. */
    public static void print(PrintWriter out, List<ValidationRow> rows) {
        for (ValidationTarget.Use use : ValidationTarget.Use.values()) {
            List<ValidationRow> these = rows.stream().filter(r -> r.target().use() == use).toList();
            if (these.isEmpty()) {
                out.println(use == ValidationTarget.Use.FIT ? "no fit targets: calibration has nothing here to fit to" : "no checks");
                continue;
            }
            out.println(use == ValidationTarget.Use.FIT ? "fit targets (calibration may use them):" : "checks (never fitted):");
            table(out, these);
        }
        if (rows.stream().anyMatch(r -> !note(r).isEmpty())) {
            out.printf(Locale.ROOT, "no confidence intervals: %s%n", Intervals.TOO_FEW_REPLICATIONS);
        }
        if (rows.stream().anyMatch(r -> r.target().kind() != ValidationTarget.Kind.MONTHLY && !r.hasPredictive())) {
            out.printf(Locale.ROOT, "no predictive intervals: %s%n", Intervals.TOO_FEW_FOR_PREDICTIVE);
        }
    }

    private static void table(PrintWriter out, List<ValidationRow> rows) {
        out.printf(Locale.ROOT, "  %-38s %-8s %12s %24s %22s %9s %16s  %s%n", "target", "kind", "observed", "simulated [95% CI]", "95% predictive",
                "error", "tolerance", "ok");
        for (ValidationRow r : rows) {
            ValidationTarget t = r.target();
            String observed, simulated, error, tol, predictive = "";
            switch (t.kind()) {
                case TOTAL, BUSIEST_DAY -> {
                    observed = String.format(Locale.ROOT, "%,.0f", r.observed());
                    simulated = String.format(Locale.ROOT, "%,.0f", r.simulatedMean())
                            + interval(r, String.format(Locale.ROOT, " [%,.0f, %,.0f]", r.ciLow(), r.ciHigh()));
                    error = String.format(Locale.ROOT, "%+.1f%%", 100 * r.error());
                    tol = percent(t.tolerance());
                    if (r.hasPredictive()) predictive = "[" + count(r.pi95Low()) + ", " + count(r.pi95High()) + "]";
                }
                case SHARE -> {
                    observed = String.format(Locale.ROOT, "%.1f%%", 100 * r.observed());
                    simulated = String.format(Locale.ROOT, "%.1f%%", 100 * r.simulatedMean())
                            + interval(r, String.format(Locale.ROOT, " [%.1f, %.1f]", 100 * r.ciLow(), 100 * r.ciHigh()));
                    error = String.format(Locale.ROOT, "%+.1f%%", 100 * r.error());
                    tol = percent(t.tolerance());
                    if (r.hasPredictive()) predictive = String.format(Locale.ROOT, "[%.1f, %.1f]", 100 * r.pi95Low(), 100 * r.pi95High());
                }
                default -> {
                    observed = "r = 1";
                    simulated = String.format(Locale.ROOT, "r = %.2f", r.simulatedMean())
                            + interval(r, String.format(Locale.ROOT, " [%.2f, %.2f]", r.ciLow(), r.ciHigh()));
                    error = String.format(Locale.ROOT, "%.0f%% MARE", 100 * r.error());
                    tol = String.format(Locale.ROOT, "r >= %.2f", t.tolerance());
                }
            }
            if (t.kind() != ValidationTarget.Kind.MONTHLY) tol += " (" + t.errorOrigin() + ")";
            String id = t.hasPeriod() ? t.id() + "*" : t.id();
            out.printf(Locale.ROOT, "  %-38s %-8s %12s %24s %22s %9s %16s  %s%n", id, t.kind().name().toLowerCase(Locale.ROOT),
                    observed, simulated, predictive, error, tol, r.withinTolerance() ? "yes" : "NO");
        }
        long ok = rows.stream().filter(ValidationRow::withinTolerance).count();
        out.printf(Locale.ROOT, "  %d of %s within tolerance%n", ok, Plural.of(rows.size(), "target"));
        List<ValidationRow> predicted = rows.stream().filter(ValidationRow::hasPredictive).toList();
        if (!predicted.isEmpty()) {
            out.printf(Locale.ROOT, "  %d of %d observed inside their 95%% predictive interval%n",
                    predicted.stream().filter(ValidationRow::insidePredictive95).count(), predicted.size());
        }
        for (ValidationRow r : rows) {
            if (r.target().hasPeriod()) out.printf(Locale.ROOT, "  * %s: %s%n", r.target().id(), period(r.target()).replace("..", " to "));
        }
    }

    /** A count for the table: whole, with separators; one decimal below 100, so that a bound near a small observed count is not rounded onto it. */
    private static String count(double v) {
        return Math.abs(v) < 100 ? String.format(Locale.ROOT, "%.1f", v) : String.format(Locale.ROOT, "%,.0f", v);
    }

    /** A tolerance: "±15%", or "±5.6%" below 10%. */
    private static String percent(double fraction) {
        return 100 * fraction < 10 ? String.format(Locale.ROOT, "±%.1f%%", 100 * fraction) : String.format(Locale.ROOT, "±%.0f%%", 100 * fraction);
    }

    private static String interval(ValidationRow r, String bracket) {
        return Double.isNaN(r.ciLow()) || Double.isNaN(r.ciHigh()) ? "" : bracket;
    }
}
