package medsim.experiment;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;

import medsim.scenario.ValidationTarget;

/** Compares replications of a scenario with its validation targets. */
public final class Validation {
    private Validation() {}

    public static List<ValidationRow> evaluate(List<ValidationTarget> targets, List<RunResult> runs) {
        List<ValidationRow> rows = new ArrayList<>();
        for (ValidationTarget t : targets) rows.add(evaluate(t, runs));
        return rows;
    }

    static ValidationRow evaluate(ValidationTarget t, List<RunResult> runs) {
        return switch (t.kind()) {
            case TOTAL -> {
                SummaryStatistics s = stats(runs, r -> r.summary().get(t.metric()));
                double err = (s.getMean() - t.observed()) / t.observed();
                yield row(t, t.observed(), s, err, Math.abs(err) <= t.tolerance());
            }
            case SHARE -> {
                SummaryStatistics s = stats(runs, r -> {
                    double den = r.summary().get(t.per());
                    return den > 0 ? r.summary().get(t.metric()) / den : 0;
                });
                double err = s.getMean() - t.observed();
                yield row(t, t.observed(), s, err, Math.abs(err) <= t.tolerance());
            }
            case MONTHLY -> monthly(t, runs);
        };
    }

    private static ValidationRow monthly(ValidationTarget t, List<RunResult> runs) {
        List<YearMonth> months = new ArrayList<>(t.monthly().keySet());
        double[] observed = months.stream().mapToDouble(t.monthly()::get).toArray();
        double[] mean = new double[months.size()];
        SummaryStatistics perRun = new SummaryStatistics();
        for (RunResult r : runs) {
            Map<YearMonth, Double> m = r.monthly(t.metric(), months);
            double[] series = months.stream().mapToDouble(m::get).toArray();
            for (int i = 0; i < series.length; i++) mean[i] += series[i] / runs.size();
            perRun.addValue(correlation(series, observed));
        }
        double corr = correlation(mean, observed);
        double mare = 0;
        for (int i = 0; i < mean.length; i++) mare += Math.abs(mean[i] - observed[i]) / Math.max(1, observed[i]) / mean.length;
        double half = halfWidth(perRun);
        return new ValidationRow(t, Double.NaN, corr, perRun.getMean() - half, perRun.getMean() + half, mare, corr >= t.tolerance());
    }

    private static double correlation(double[] a, double[] b) {
        double c = new PearsonsCorrelation().correlation(a, b);
        return Double.isNaN(c) ? 0 : c;
    }

    private static ValidationRow row(ValidationTarget t, double observed, SummaryStatistics s, double err, boolean ok) {
        double half = halfWidth(s);
        return new ValidationRow(t, observed, s.getMean(), s.getMean() - half, s.getMean() + half, err, ok);
    }

    /** Half width of the 95% confidence interval of the mean (Student t); 0 with one run. */
    static double halfWidth(SummaryStatistics s) {
        long n = s.getN();
        if (n < 2) return 0;
        return new TDistribution(null, n - 1).inverseCumulativeProbability(0.975) * s.getStandardDeviation() / Math.sqrt(n);
    }

    private static SummaryStatistics stats(List<RunResult> runs, java.util.function.ToDoubleFunction<RunResult> f) {
        SummaryStatistics s = new SummaryStatistics();
        for (RunResult r : runs) s.addValue(f.applyAsDouble(r));
        return s;
    }
}
