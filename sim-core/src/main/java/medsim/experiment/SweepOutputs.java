package medsim.experiment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.commons.math3.stat.StatUtils;

import medsim.format.Numbers;
import medsim.record.CsvWriter;

/**
 * The files a finished sweep writes, from its journal, in run order: runs.csv (one row per
 * run), points.csv (mean, standard deviation and 95% confidence interval per design point,
 * see {@link Intervals}), and sobol.csv or morris.csv for those designs; the last three only
 * if no run failed. The same journal gives the same bytes, however the runs were split
 * between threads, shards or attempts.
 */
public final class SweepOutputs {
    private SweepOutputs() {}

    /** The files of a sweep's results, written only when every run succeeded. */
    public static final List<String> SUMMARIES = List.of("points.csv", "sobol.csv", "morris.csv", "screening.csv");

    /**
     * Writes runs.csv, and when every run succeeded points.csv and the sensitivity file;
     * returns whether it wrote them. With a failed run it removes any left from before, so
     * the folder never holds a points.csv that is not the whole sweep's.
     */
    public static boolean write(Path dir, SweepPlan plan, Map<Integer, RunRecord> records) {
        List<String> metrics = plan.spec().metrics();
        DesignMatrix d = plan.design();
        PosteriorSample posterior = plan.spec().posterior();
        CsvWriter.write(dir.resolve("runs.csv"), w -> {
            w.texts(List.of("run_id", "point", "replication", "seed"));
            if (posterior != null) w.text("posterior_line"); // the line of the sample whose parameter set the run drew
            w.texts(d.paths()).texts(metrics).text("status").text("error").endRow();
            for (SweepRun r : plan.runs()) {
                RunRecord rec = records.get(r.id());
                w.integer(r.id()).integer(r.point()).integer(r.replication()).integer(r.seed());
                if (posterior != null) w.integer(posterior.line(plan.particleOf(r.replication())));
                w.nums(d.rows().get(r.point())).nums(rec.metrics()).text(rec.ok() ? "ok" : "failed").text(rec.error()).endRow();
            }
        });
        if (records.values().stream().anyMatch(r -> !r.ok())) {
            // Statistics over the runs that happened to succeed would look like the sweep's: write none.
            try {
                for (String f : SUMMARIES) Files.deleteIfExists(dir.resolve(f));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot remove the old results in " + dir + ": " + e.getMessage(), e);
            }
            return false;
        }
        double[][] means = pointMeans(plan, records);
        CsvWriter.write(dir.resolve("points.csv"), w -> {
            w.text("point").texts(d.paths());
            for (String m : metrics) w.text(m + "_mean").text(m + "_sd").text(m + "_ci95_low").text(m + "_ci95_high");
            w.text("runs_ok").text("ci_note").endRow();
            for (int p = 0; p < d.size(); p++) {
                w.integer(p).nums(d.rows().get(p));
                int ok = 0;
                for (int i = 0; i < metrics.size(); i++) {
                    Intervals.Estimate e = Intervals.mean(sample(plan, records, p, i), plan.spec().metricRange(metrics.get(i)));
                    ok = e.n();
                    w.num(e.mean()).num(e.sd()).num(e.low()).num(e.high());
                }
                w.integer(ok).text(ok < Intervals.MIN_SAMPLE ? Intervals.TOO_FEW_REPLICATIONS : "").endRow();
            }
        });
        if (d.kind() == DesignKind.SALTELLI) {
            CsvWriter.write(dir.resolve("sobol.csv"), w -> {
                w.row("parameter", "metric", "first_order", "first_order_ci95_low", "first_order_ci95_high",
                        "total_order", "total_order_ci95_low", "total_order_ci95_high");
                for (int i = 0; i < metrics.size(); i++) {
                    SobolIndices.Index[] idx = SobolIndices.estimate(means[i], d.baseSamples(), d.paths().size(), plan.spec().bootstrap(), plan.spec().seed());
                    for (int j = 0; j < idx.length; j++) {
                        SobolIndices.Index x = idx[j];
                        w.text(d.paths().get(j)).text(metrics.get(i)).num(x.first()).num(x.firstLow()).num(x.firstHigh())
                                .num(x.total()).num(x.totalLow()).num(x.totalHigh()).endRow();
                    }
                }
            });
        }
        if (d.kind() == DesignKind.MORRIS) {
            List<ParameterRange> ranges = plan.spec().parameters().stream().map(SweepParameter::range).toList();
            List<MorrisEffects.Effect[]> effects = new ArrayList<>();
            for (int i = 0; i < metrics.size(); i++) effects.add(MorrisEffects.estimate(means[i], d, ranges, plan.spec().bootstrap(), plan.spec().seed()));
            CsvWriter.write(dir.resolve("morris.csv"), w -> {
                w.row("parameter", "metric", "mu_star", "mu", "sigma", "mu_star_conf", "elementary_effects");
                for (int i = 0; i < metrics.size(); i++) {
                    MorrisEffects.Effect[] ef = effects.get(i);
                    for (int j = 0; j < ef.length; j++) {
                        w.text(d.paths().get(j)).text(metrics.get(i)).num(ef[j].muStar()).num(ef[j].mu()).num(ef[j].sigma())
                                .num(ef[j].muStarConf()).integer(ef[j].effects()).endRow();
                    }
                }
            });
            if (plan.spec().screening() != null) writeScreening(dir.resolve("screening.csv"), plan.spec(), effects);
        }
        return true;
    }

    /**
     * screening.csv: every registry entry in the registry's order, with the fields it covers
     * in the scenario, per metric the upper end of its mu*'s interval over the largest mu*
     * ({@link Screening#upperShares}; empty for an entry that is no factor), its decision
     * ({@code calibrate} or {@code fix} by {@link Screening}'s rule; {@code cite}, {@code fix},
     * {@code absent} or {@code not screened} for the others) and a note saying why.
     */
    private static void writeScreening(Path file, SweepSpec spec, List<MorrisEffects.Effect[]> effects) {
        Screening s = spec.screening();
        double[][] shares = Screening.upperShares(effects, s.factors().size());
        Map<String, Integer> column = new java.util.LinkedHashMap<>();
        for (int j = 0; j < s.factors().size(); j++) column.put(s.factors().get(j).name(), j);
        CsvWriter.write(file, w -> {
            w.text("entry").text("fields").text("factor");
            for (String m : spec.metrics()) w.text(m + "_mu_star_upper_share");
            w.text("decision").text("note").endRow();
            for (Screening.Row r : s.entries()) {
                w.text(r.entry()).integer(r.fields()).text(r.factor());
                if (r.decision().equals("screen")) {
                    double[] sh = shares[column.get(r.factor())];
                    boolean calibrate = Screening.calibrate(sh);
                    String rule = calibrate ? "" : "mu* upper bound below " + Numbers.format(Screening.FIX_BELOW) + " of the largest mu* for every metric";
                    w.nums(sh).text(calibrate ? "calibrate" : "fix").text(r.note().isEmpty() ? rule : rule.isEmpty() ? r.note() : r.note() + "; " + rule);
                } else {
                    for (int m = 0; m < spec.metrics().size(); m++) w.text("");
                    w.text(r.decision()).text(r.note());
                }
                w.endRow();
            }
        });
    }

    /** Mean over the successful replications of each point, per metric (NaN where all failed). */
    private static double[][] pointMeans(SweepPlan plan, Map<Integer, RunRecord> records) {
        int metrics = plan.spec().metrics().size();
        double[][] out = new double[metrics][plan.design().size()];
        for (int i = 0; i < metrics; i++) {
            for (int p = 0; p < plan.design().size(); p++) out[i][p] = StatUtils.mean(sample(plan, records, p, i));
        }
        return out;
    }

    /** A metric's values over the successful replications of a point, in replication order. */
    private static double[] sample(SweepPlan plan, Map<Integer, RunRecord> records, int point, int metric) {
        int reps = plan.spec().replications();
        List<Double> out = new ArrayList<>();
        for (int r = 0; r < reps; r++) {
            RunRecord rec = records.get(point * reps + r);
            if (rec != null && rec.ok()) out.add(rec.metrics()[metric]);
        }
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
