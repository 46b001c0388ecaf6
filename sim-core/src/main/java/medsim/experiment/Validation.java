package medsim.experiment;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;

import medsim.metric.MetricCatalog;
import medsim.metric.MetricRange;
import medsim.scenario.DeparturesSpec;
import medsim.scenario.Scenario;
import medsim.scenario.ValidationTarget;
import medsim.yaml.InputException;
import medsim.yaml.YamlNode;

/**
 * Compares replications of a scenario with its validation targets. A total's and a share's
 * error is relative to the observed figure, and within tolerance when it is within the
 * target's observation error. The intervals are those of {@link Intervals}: a total's is a t interval never below zero, a share's stays within
 * [0, 1], and a monthly series' is the Fisher-z interval of its runs' correlations.
 */
public final class Validation {
    private Validation() {}

    /**
     * Refuses, in one line at the target's metric, a validation target on what a departure
     * schedule sets ({@link DeparturesSpec#determinedBySchedule}: arrivals totals and their
     * monthly shape, the people who departed, landed or were disembarked) when the scenario's
     * departures are in schedule mode: its plan comes from the record, so comparing with the
     * record, or fitting to it, would compare the record with itself. {@code validate},
     * {@code calibrate} and {@code check} all ask this before any run.
     *
     * @throws InputException at the first such target, in the scenario's order
     */
    public static void refuseScheduledTargets(Scenario scenario) {
        if (scenario.departures().mode() != DeparturesSpec.Mode.SCHEDULE) return;
        for (ValidationTarget t : scenario.validation()) {
            if (!DeparturesSpec.determinedBySchedule(t.metric())) continue;
            YamlNode.Position at = t.metricAt(); // null only for a target made in code
            String problem = "compares " + t.metric() + " with the record, but departures.mode is schedule, whose plan sets it;"
                    + " a target on it needs departures.mode: behaviour";
            if (at == null) throw InputException.of(String.valueOf(scenario.file()), "validation." + t.id() + " " + problem);
            throw new InputException(at.file(), at.line(), at.column(), "validation." + t.id(), problem);
        }
    }

    /**
     * Refuses, in one line at the target's metric, a target whose period does not lie within
     * the scenario's (a child that shortens the year inherits its parent's targets: loading it
     * is fine, comparing a period it never runs is not). {@code validate} and {@code calibrate}
     * ask this before any run.
     *
     * @throws InputException at the first such target, in the scenario's order
     */
    public static void refuseTargetsOutsideTheRun(Scenario scenario) {
        for (ValidationTarget t : scenario.validation()) {
            if (!t.hasPeriod() || (!t.from().isBefore(scenario.startDate()) && !t.to().isAfter(scenario.endDate()))) continue;
            String problem = "covers " + t.from() + " to " + t.to() + ", which is not within the scenario's period ("
                    + scenario.startDate() + " to " + scenario.endDate() + ")";
            YamlNode.Position at = t.metricAt();
            if (at == null) throw InputException.of(String.valueOf(scenario.file()), "validation." + t.id() + ".period " + problem);
            throw new InputException(at.file(), at.line(), at.column(), "validation." + t.id() + ".period", problem);
        }
    }

    public static List<ValidationRow> evaluate(List<ValidationTarget> targets, List<RunResult> runs) {
        List<ValidationRow> rows = new ArrayList<>();
        for (ValidationTarget t : targets) rows.add(evaluate(t, runs));
        return rows;
    }

    static ValidationRow evaluate(ValidationTarget t, List<RunResult> runs) {
        if (t.kind() == ValidationTarget.Kind.MONTHLY) return monthly(t, runs);
        double[] v = values(runs, r -> statistic(t, r));
        Intervals.Estimate e = Intervals.mean(v, range(t));
        double err = (e.mean() - t.observed()) / t.observed();
        return row(t, e, err, v);
    }

    /**
     * What one run gives for a target, the number {@code validate} averages over replications:
     * a total over the target's period (or the run), the busiest day's count within the
     * period, a share of two such totals (0 when the denominator is 0), or, for a monthly
     * series, the Pearson correlation of the run's months with the record's (0 when undefined).
     * A sweep's {@code validation.<id>} metric is this number.
     */
    public static double statistic(ValidationTarget t, RunResult r) {
        return switch (t.kind()) {
            case TOTAL -> total(t, r, t.metric());
            case BUSIEST_DAY -> r.busiestDay(t.metric(), t.from(), t.to());
            case SHARE -> {
                double den = total(t, r, t.per());
                yield den > 0 ? total(t, r, t.metric()) / den : 0;
            }
            case MONTHLY -> {
                List<YearMonth> months = new ArrayList<>(t.monthly().keySet());
                Map<YearMonth, Double> m = r.monthly(t.metric(), months);
                yield correlation(months.stream().mapToDouble(m::get).toArray(), months.stream().mapToDouble(t.monthly()::get).toArray());
            }
        };
    }

    /** The range a target's per-run statistic lies in ({@link #statistic}): a count's, a share's, or a correlation's. */
    public static MetricRange range(ValidationTarget t) {
        return switch (t.kind()) {
            case TOTAL, BUSIEST_DAY -> MetricCatalog.range(t.metric());
            case SHARE -> MetricRange.SHARE;
            case MONTHLY -> MetricRange.CORRELATION;
        };
    }

    /** A run's total of a metric, over the target's period if it has one (the loader made sure the metric is counted by day). */
    private static double total(ValidationTarget t, RunResult r, String metric) {
        return t.hasPeriod() ? r.between(metric, t.from(), t.to()) : r.summary().get(metric);
    }

    private static ValidationRow monthly(ValidationTarget t, List<RunResult> runs) {
        List<YearMonth> months = new ArrayList<>(t.monthly().keySet());
        double[] observed = months.stream().mapToDouble(t.monthly()::get).toArray();
        double[] mean = new double[months.size()];
        double[] perRun = new double[runs.size()];
        for (int k = 0; k < runs.size(); k++) {
            Map<YearMonth, Double> m = runs.get(k).monthly(t.metric(), months);
            double[] series = months.stream().mapToDouble(m::get).toArray();
            for (int i = 0; i < series.length; i++) mean[i] += series[i] / runs.size();
            perRun[k] = correlation(series, observed); // statistic(t, run), with the series at hand
        }
        double corr = correlation(mean, observed);
        double mare = 0;
        for (int i = 0; i < mean.length; i++) mare += Math.abs(mean[i] - observed[i]) / Math.max(1, observed[i]) / mean.length;
        Intervals.Estimate e = Intervals.mean(perRun, MetricRange.CORRELATION);
        return new ValidationRow(t, Double.NaN, corr, e.low(), e.high(), mare, corr >= t.tolerance(), runs.size());
    }

    private static double correlation(double[] a, double[] b) {
        double c = new PearsonsCorrelation().correlation(a, b);
        return Double.isNaN(c) ? 0 : c;
    }

    private static ValidationRow row(ValidationTarget t, Intervals.Estimate e, double err, double[] perRun) {
        double[] pi80 = Intervals.predictive(perRun, 0.80), pi95 = Intervals.predictive(perRun, 0.95);
        return new ValidationRow(t, t.observed(), e.mean(), e.low(), e.high(), err, Math.abs(err) <= t.tolerance(), e.n(), pi80[0], pi80[1], pi95[0], pi95[1]);
    }

    private static double[] values(List<RunResult> runs, ToDoubleFunction<RunResult> f) {
        return runs.stream().mapToDouble(f).toArray();
    }
}
