package medsim.experiment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.commons.math3.stat.StatUtils;

import medsim.record.AtomicFiles;
import medsim.record.Csv;
import medsim.record.MetricCatalog;

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
        AtomicFiles.write(dir.resolve("runs.csv"), w -> {
            w.write("run_id,point,replication,seed");
            for (String p : d.paths()) w.write("," + Csv.text(p));
            for (String m : metrics) w.write("," + Csv.text(m));
            w.write(",status,error\n");
            for (SweepRun r : plan.runs()) {
                RunRecord rec = records.get(r.id());
                w.write(r.id() + "," + r.point() + "," + r.replication() + "," + r.seed());
                for (double v : d.rows().get(r.point())) w.write("," + Csv.num(v));
                for (int i = 0; i < metrics.size(); i++) w.write("," + Csv.num(rec.metrics()[i]));
                w.write("," + (rec.ok() ? "ok" : "failed") + "," + Csv.text(rec.error()) + "\n");
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
        AtomicFiles.write(dir.resolve("points.csv"), w -> {
            w.write("point");
            for (String p : d.paths()) w.write("," + Csv.text(p));
            for (String m : metrics) w.write("," + m + "_mean," + m + "_sd," + m + "_ci95_low," + m + "_ci95_high");
            w.write(",runs_ok,ci_note\n");
            for (int p = 0; p < d.size(); p++) {
                w.write(Integer.toString(p));
                for (double v : d.rows().get(p)) w.write("," + Csv.num(v));
                int ok = 0;
                for (int i = 0; i < metrics.size(); i++) {
                    Intervals.Estimate e = Intervals.mean(sample(plan, records, p, i), MetricCatalog.range(metrics.get(i)));
                    ok = e.n();
                    w.write("," + Csv.num(e.mean()) + "," + Csv.num(e.sd()) + "," + Csv.num(e.low()) + "," + Csv.num(e.high()));
                }
                w.write("," + ok + "," + (ok < Intervals.MIN_SAMPLE ? Intervals.TOO_FEW_REPLICATIONS : "") + "\n");
            }
        });
        if (d.kind() == DesignKind.SALTELLI) {
            AtomicFiles.write(dir.resolve("sobol.csv"), w -> {
                w.write("parameter,metric,first_order,first_order_ci95_low,first_order_ci95_high,total_order,total_order_ci95_low,total_order_ci95_high\n");
                for (int i = 0; i < metrics.size(); i++) {
                    SobolIndices.Index[] idx = SobolIndices.estimate(means[i], d.baseSamples(), d.paths().size(), plan.spec().bootstrap(), plan.spec().seed());
                    for (int j = 0; j < idx.length; j++) {
                        SobolIndices.Index x = idx[j];
                        w.write(String.join(",", Csv.text(d.paths().get(j)), Csv.text(metrics.get(i)), Csv.num(x.first()), Csv.num(x.firstLow()),
                                Csv.num(x.firstHigh()), Csv.num(x.total()), Csv.num(x.totalLow()), Csv.num(x.totalHigh())) + "\n");
                    }
                }
            });
        }
        if (d.kind() == DesignKind.MORRIS) {
            AtomicFiles.write(dir.resolve("morris.csv"), w -> {
                w.write("parameter,metric,mu_star,mu,sigma,mu_star_conf,elementary_effects\n");
                List<ParameterRange> ranges = plan.spec().parameters().stream().map(SweepParameter::range).toList();
                for (int i = 0; i < metrics.size(); i++) {
                    MorrisEffects.Effect[] ef = MorrisEffects.estimate(means[i], d, ranges, plan.spec().bootstrap(), plan.spec().seed());
                    for (int j = 0; j < ef.length; j++) {
                        w.write(String.join(",", Csv.text(d.paths().get(j)), Csv.text(metrics.get(i)), Csv.num(ef[j].muStar()),
                                Csv.num(ef[j].mu()), Csv.num(ef[j].sigma()), Csv.num(ef[j].muStarConf()), Integer.toString(ef[j].effects())) + "\n");
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
