package medsim.experiment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.commons.math3.stat.StatUtils;

import medsim.metric.MetricCatalog;
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
    public static final List<String> SUMMARIES = List.of("points.csv", "sobol.csv", "morris.csv");

    /**
     * Writes runs.csv, and when every run succeeded points.csv and the sensitivity file;
     * returns whether it wrote them. With a failed run it removes any left from before, so
     * the folder never holds a points.csv that is not the whole sweep's.
     */
    public static boolean write(Path dir, SweepPlan plan, Map<Integer, RunRecord> records) {
        List<String> metrics = plan.spec().metrics();
        DesignMatrix d = plan.design();
        CsvWriter.write(dir.resolve("runs.csv"), w -> {
            w.texts(List.of("run_id", "point", "replication", "seed")).texts(d.paths()).texts(metrics).text("status").text("error").endRow();
            for (SweepRun r : plan.runs()) {
                RunRecord rec = records.get(r.id());
                w.integer(r.id()).integer(r.point()).integer(r.replication()).integer(r.seed());
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
                    Intervals.Estimate e = Intervals.mean(sample(plan, records, p, i), MetricCatalog.range(metrics.get(i)));
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
            CsvWriter.write(dir.resolve("morris.csv"), w -> {
                w.row("parameter", "metric", "mu_star", "mu", "sigma", "mu_star_conf", "elementary_effects");
                List<ParameterRange> ranges = plan.spec().parameters().stream().map(SweepParameter::range).toList();
                for (int i = 0; i < metrics.size(); i++) {
                    MorrisEffects.Effect[] ef = MorrisEffects.estimate(means[i], d, ranges, plan.spec().bootstrap(), plan.spec().seed());
                    for (int j = 0; j < ef.length; j++) {
                        w.text(d.paths().get(j)).text(metrics.get(i)).num(ef[j].muStar()).num(ef[j].mu()).num(ef[j].sigma())
                                .num(ef[j].muStarConf()).integer(ef[j].effects()).endRow();
                    }
                }
            });
        }
        return true;
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
