package medsim.experiment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;

import medsim.metric.Metric;
import medsim.metric.MetricRange;
import medsim.model.WorldCache;
import medsim.scenario.Scenario;

/**
 * Two scenarios compared by paired replications with common random numbers: replication i
 * of A and of B run with the same seed, {@code Seeds.derive(baseSeed, i)} as for
 * {@code validate}, so the two meet the same seeded draws and their difference is measured
 * pair by pair ({@link Intervals#pairedDifference}). Where the parameters are drawn from a
 * posterior sample, replication i of A and of B draw the same parameter set too, so the
 * predictive interval of the pairs' differences carries the parameters' uncertainty as well as
 * the runs' noise. Rows follow A's summary metrics in the
 * catalogue's order, then the metrics only B has.
 *
 * @param runsA the replications of A, replication i at index i
 * @param runsB the replications of B, with the same seeds in the same order
 * @param rows  one per metric of either scenario
 */
public record Comparison(Scenario a, Scenario b, long baseSeed, List<RunResult> runsA, List<RunResult> runsB, List<Row> rows) {

    /** Which scenarios a metric belongs to: a what-if with other forces or places has other breakdowns. */
    public enum Presence {
        BOTH, ONLY_A, ONLY_B;

        /** How compare.csv and the table name it: empty for a shared metric. */
        public String note() {
            return switch (this) {
                case BOTH -> "";
                case ONLY_A -> "only in A";
                case ONLY_B -> "only in B";
            };
        }
    }

    /**
     * One metric compared.
     *
     * @param unit       the metric's unit from its {@link Metric} declaration
     * @param meanA      A's mean over the replications (NaN if only B has the metric, or a run gave none)
     * @param meanB      B's mean, likewise
     * @param difference the mean of B - A over the pairs with its 95% interval (all NaN unless both have it)
     * @param predictive80 where one more pair's B - A would fall: the central 80% predictive
     *                   interval of the pairs' differences ({@link Intervals#predictive}), {low,
     *                   high}; NaN below {@link Intervals#MIN_PREDICTIVE} pairs or unless both have it
     * @param predictive95 likewise, 95%
     */
    public record Row(String metric, String unit, Presence presence, double meanA, double meanB, Intervals.Estimate difference,
            double[] predictive80, double[] predictive95) {

        /** The difference relative to A's mean: {@code (B - A) / |A|}; NaN when A's mean is 0 or not a number. */
        public double relativeChange() {
            return meanA == 0 || Double.isNaN(meanA) ? Double.NaN : difference.mean() / Math.abs(meanA);
        }

        /** Whether the difference has an interval and it lies wholly above or below zero. */
        public boolean excludesZero() {
            return difference.hasInterval() && (difference.low() > 0 || difference.high() < 0);
        }

        /** Why the row has no interval, or empty: the metric is one side's only, too few pairs, or a run gave no value. */
        public String ciNote() {
            if (presence != Presence.BOTH) return presence.note();
            if (difference.n() < Intervals.MIN_SAMPLE) return Intervals.TOO_FEW_REPLICATIONS;
            if (!difference.hasInterval()) return "a replication gave no value";
            return "";
        }
    }

    public Comparison {
        runsA = List.copyOf(runsA);
        runsB = List.copyOf(runsB);
        rows = List.copyOf(rows);
    }

    /** How many pairs of replications there are. */
    public int replications() {
        return runsA.size();
    }

    /** The rows whose interval excludes zero. */
    public long differing() {
        return rows.stream().filter(Row::excludesZero).count();
    }

    /**
     * Runs {@code count} paired replications of {@code a} and {@code b} on {@code threads}
     * threads (A's first, then B's; the results do not depend on the thread count) and
     * compares them. {@code onDone} is told how many of the 2 x count runs have ended.
     *
     * @throws RunsFailedException if any replication failed, naming the scenario's file; B is
     *         not run when A failed, since there would be no comparison
     */
    public static Comparison run(Scenario a, Scenario b, long baseSeed, int count, int threads, IntConsumer onDone) {
        return run(a, i -> a, b, i -> b, baseSeed, count, threads, onDone);
    }

    /**
     * As {@link #run(Scenario, Scenario, long, int, int, IntConsumer)}, with replication i of A
     * running {@code aOf.apply(i)} and of B {@code bOf.apply(i)}: A and B with replication i's
     * parameter set drawn from a posterior sample ({@link PosteriorSample#scenarios}). {@code a}
     * and {@code b} name the scenarios, their metrics and their maps (a draw sets parameters,
     * not the map).
     */
    public static Comparison run(Scenario a, IntFunction<Scenario> aOf, Scenario b, IntFunction<Scenario> bOf, long baseSeed, int count, int threads,
            IntConsumer onDone) {
        WorldCache worlds = new WorldCache();
        List<RunResult> runsA = replications(a, aOf, worlds, baseSeed, count, threads, onDone);
        List<RunResult> runsB = replications(b, bOf, worlds, baseSeed, count, threads, done -> onDone.accept(count + done));
        return of(a, runsA, b, runsB, baseSeed);
    }

    private static List<RunResult> replications(Scenario s, IntFunction<Scenario> scenarioOf, WorldCache worlds, long baseSeed, int count, int threads,
            IntConsumer onDone) {
        try {
            return Replications.run(scenarioOf, worlds.get(s.geography()), baseSeed, count, threads, onDone);
        } catch (RunsFailedException e) {
            throw e.in(s.file().toString());
        }
    }

    /**
     * Compares replications already run: replication i of each must have the same seed.
     *
     * @throws IllegalArgumentException if the runs are not paired by seed
     */
    public static Comparison of(Scenario a, List<RunResult> runsA, Scenario b, List<RunResult> runsB, long baseSeed) {
        if (runsA.size() != runsB.size()) throw new IllegalArgumentException("unpaired: " + runsA.size() + " and " + runsB.size() + " replications");
        for (int i = 0; i < runsA.size(); i++) {
            if (runsA.get(i).seed() != runsB.get(i).seed()) {
                throw new IllegalArgumentException("replication " + i + " has seed " + runsA.get(i).seed() + " in A and " + runsB.get(i).seed() + " in B");
            }
        }
        Map<String, Metric> metricsA = byName(a);
        Map<String, Metric> metricsB = byName(b);
        List<Row> rows = new ArrayList<>();
        for (Metric m : metricsA.values()) {
            double[] va = values(runsA, m.name());
            if (metricsB.containsKey(m.name())) {
                double[] vb = values(runsB, m.name());
                double[] d = Intervals.differences(va, vb);
                rows.add(new Row(m.name(), m.unit(), Presence.BOTH, mean(va), mean(vb), Intervals.pairedDifference(va, vb),
                        Intervals.predictive(d, 0.80), Intervals.predictive(d, 0.95)));
            } else {
                rows.add(new Row(m.name(), m.unit(), Presence.ONLY_A, mean(va), Double.NaN, none(), noPrediction(), noPrediction()));
            }
        }
        for (Metric m : metricsB.values()) {
            if (!metricsA.containsKey(m.name())) {
                rows.add(new Row(m.name(), m.unit(), Presence.ONLY_B, Double.NaN, mean(values(runsB, m.name())), none(), noPrediction(), noPrediction()));
            }
        }
        return new Comparison(a, b, baseSeed, runsA, runsB, rows);
    }

    private static Map<String, Metric> byName(Scenario s) {
        Map<String, Metric> out = new LinkedHashMap<>();
        for (Metric m : s.metrics().summaryMetrics()) out.put(m.name(), m);
        return out;
    }

    private static double[] values(List<RunResult> runs, String metric) {
        return runs.stream().mapToDouble(r -> r.summary().get(metric)).toArray();
    }

    private static double mean(double[] v) {
        return Intervals.mean(v, MetricRange.UNBOUNDED).mean();
    }

    private static double[] noPrediction() {
        return new double[] {Double.NaN, Double.NaN};
    }

    private static Intervals.Estimate none() {
        return new Intervals.Estimate(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
    }
}
