package medsim.experiment;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import medsim.format.Json;
import medsim.format.Numbers;
import medsim.provenance.BuildInfo;
import medsim.record.CsvWriter;
import medsim.record.Plural;
import medsim.record.RunOutputs;
import medsim.scenario.Scenario;

/** A {@link Comparison} as compare.csv, compare.json and a table for a terminal. */
public final class ComparisonReport {
    private ComparisonReport() {}

    public static final List<String> COLUMNS = List.of("metric", "unit", "mean_a", "mean_b", "difference", "ci95_low", "ci95_high",
            "relative_change", "excludes_zero", "ci_note", "pi80_low", "pi80_high", "pi95_low", "pi95_high");

    /**
     * compare.csv: one row per metric, in the comparison's order. {@code difference} is the
     * mean of B - A over the pairs, {@code ci95_low}/{@code ci95_high} its 95% interval,
     * {@code relative_change} the difference over A's mean (a fraction), {@code excludes_zero}
     * {@code true}/{@code false} (empty without an interval), {@code ci_note} why there is no
     * interval; {@code pi80_*}/{@code pi95_*} the 80% and 95% predictive intervals of one
     * pair's B - A (from {@value Intervals#MIN_PREDICTIVE} pairs; with a posterior sample they
     * carry the parameters' uncertainty too). Empty numbers are NaN: no value.
     */
    public static void writeCsv(Path file, Comparison c) {
        CsvWriter.write(file, w -> {
            w.texts(COLUMNS).endRow();
            for (Comparison.Row r : c.rows()) {
                Intervals.Estimate d = r.difference();
                w.text(r.metric()).text(r.unit()).num(r.meanA()).num(r.meanB()).num(d.mean()).num(d.low()).num(d.high())
                        .num(r.relativeChange()).text(d.hasInterval() ? Boolean.toString(r.excludesZero()) : "").text(r.ciNote())
                        .num(r.predictive80()[0]).num(r.predictive80()[1]).num(r.predictive95()[0]).num(r.predictive95()[1]).endRow();
            }
        });
    }

    /**
     * compare.json: the build ({@link BuildInfo#json()}), each scenario's file, name,
     * resolved-input digest and input files ({@code a_...}, {@code b_...}), its first and
     * last day run, {@code days} ({@code --days} or null), the base seed, the replications and
     * each replication's seed (the same for A and B), the posterior sample the parameters were
     * drawn from ({@code posterior}, {@code posterior_sha256}: its file and SHA-256, or null), and the wall time.
     */
    public static void writeJson(Path file, Comparison c, Integer days, PosteriorSample posterior, double wallSeconds) {
        Map<String, String> meta = new LinkedHashMap<>(BuildInfo.current().json());
        scenario(meta, "a_", c.a());
        scenario(meta, "b_", c.b());
        meta.put("days", days == null ? "null" : days.toString());
        replications(meta, c.baseSeed(), c.runsA(), posterior);
        meta.put("java", Json.string(System.getProperty("java.version")));
        meta.put("wall_seconds", Numbers.format(Math.round(wallSeconds * 1000) / 1000.0));
        RunOutputs.writeRunJson(file, meta);
    }

    /**
     * How replications were run, as compare.json, predictive.json and validation.json record it:
     * {@code base_seed}, {@code replications}, each one's seed ({@code seeds}, in order) and the
     * posterior sample their parameters were drawn from ({@link PosteriorSample#provenance}).
     */
    static void replications(Map<String, String> meta, long baseSeed, List<RunResult> runs, PosteriorSample posterior) {
        meta.put("base_seed", Long.toString(baseSeed));
        meta.put("replications", Integer.toString(runs.size()));
        meta.put("seeds", runs.stream().map(r -> Long.toString(r.seed())).collect(Collectors.joining(", ", "[", "]")));
        PosteriorSample.provenance(meta, posterior);
    }

    /** A scenario's file, name, resolved-input digest, input files and period, under names that start with {@code prefix}. */
    static void scenario(Map<String, String> meta, String prefix, Scenario s) {
        meta.put(prefix + "scenario", Json.string(s.file().toString()));
        meta.put(prefix + "scenario_name", Json.string(s.name()));
        meta.put(prefix + "inputs_sha256", Json.string(s.sources().digest()));
        meta.put(prefix + "inputs", s.sources().toJson());
        meta.put(prefix + "start", Json.string(s.startDate().toString()));
        meta.put(prefix + "end", Json.string(s.endDate().toString()));
    }

    /**
     * The table: the metrics whose interval excludes zero first, marked {@code *}, then the
     * others, each group in the comparison's order; then the metrics only one scenario has.
     */
    public static void print(PrintWriter out, Comparison c) {
        out.printf(Locale.ROOT, "A: %s (%s)%n", c.a().name(), c.a().file());
        out.printf(Locale.ROOT, "B: %s (%s)%n", c.b().name(), c.b().file());
        out.printf(Locale.ROOT, "%s (common random numbers), base seed %d, %s to %s%n",
                Plural.of(c.replications(), "paired replication"), c.baseSeed(), c.a().startDate(), c.a().endDate());
        List<Comparison.Row> shared = c.rows().stream().filter(r -> r.presence() == Comparison.Presence.BOTH).toList();
        List<Comparison.Row> ordered = new ArrayList<>(shared.stream().filter(Comparison.Row::excludesZero).toList());
        ordered.addAll(shared.stream().filter(r -> !r.excludesZero()).toList());
        int width = Math.max(6, ordered.stream().mapToInt(r -> r.metric().length()).max().orElse(0));
        boolean predictive = c.replications() >= Intervals.MIN_PREDICTIVE;
        String format = "%s %-" + width + "s %14s %14s %36s %9s" + (predictive ? " %30s" : "%s") + "%n";
        out.printf(Locale.ROOT, format, " ", "metric", "mean A", "mean B", "B - A [95% CI]", "change", predictive ? "one pair's B - A, 95% predictive" : "");
        for (Comparison.Row r : ordered) {
            Intervals.Estimate d = r.difference();
            String diff = signed(d.mean()) + (d.hasInterval() ? " [" + signed(d.low()) + ", " + signed(d.high()) + "]" : "");
            String change = Double.isNaN(r.relativeChange()) ? "-" : String.format(Locale.ROOT, "%+.1f%%", 100 * r.relativeChange());
            double[] pi = r.predictive95();
            String range = !predictive ? "" : Double.isNaN(pi[0]) ? "-" : "[" + signed(pi[0]) + ", " + signed(pi[1]) + "]";
            out.printf(Locale.ROOT, format, r.excludesZero() ? "*" : " ", r.metric(), plain(r.meanA()), plain(r.meanB()), diff, change, range);
        }
        for (Comparison.Presence p : List.of(Comparison.Presence.ONLY_A, Comparison.Presence.ONLY_B)) {
            List<String> names = c.rows().stream().filter(r -> r.presence() == p).map(Comparison.Row::metric).toList();
            if (!names.isEmpty()) out.printf(Locale.ROOT, "%s: %s%n", p.note(), String.join(", ", names));
        }
        if (c.replications() < Intervals.MIN_SAMPLE) {
            out.printf(Locale.ROOT, "no confidence intervals: %s, so none of the %d shared metrics can be said to differ%n",
                    Intervals.TOO_FEW_REPLICATIONS, shared.size());
        } else {
            out.printf(Locale.ROOT, "%d of %d shared metrics differ: their 95%% interval of B - A excludes zero (*)%n", c.differing(), shared.size());
        }
        if (!shared.isEmpty() && shared.stream().allMatch(r -> r.difference().mean() == 0 && r.difference().sd() == 0)) {
            out.printf(Locale.ROOT, "B gave every pair exactly A's results: what B changes did not act within %s to %s (it may start later, or touch nothing the runs met)%n",
                    c.a().startDate(), c.a().endDate());
        }
    }

    /**
     * A value for the table: whole numbers and numbers from 1000 up with thousands separators
     * (to one decimal), others to 4 significant digits; "-" for none.
     */
    static String plain(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) return Double.isNaN(v) ? "-" : Numbers.format(v);
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return String.format(Locale.ROOT, "%,.0f", v);
        if (Math.abs(v) >= 1000) return String.format(Locale.ROOT, "%,.1f", v);
        return new BigDecimal(v).round(new MathContext(4)).stripTrailingZeros().toPlainString();
    }

    private static String signed(double v) {
        String s = plain(v);
        return v > 0 ? "+" + s : s;
    }
}
