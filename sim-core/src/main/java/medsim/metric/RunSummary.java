package medsim.metric;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * The totals of a run, one per metric column of summary.csv, in the order of
 * {@link MetricCatalog#summaryMetrics}: every counter, then the people still at sea, aboard
 * assets or waiting ashore at the end, the ratios and the case statistics. People are
 * conserved: departed = arrivals + returned to Libya + dead and missing + at sea + aboard assets.
 */
public final class RunSummary {
    private RunSummary() {}

    /**
     * @param recorder the run's counters and event statistics
     * @param metrics  the summary's metrics, in column order ({@link MetricCatalog#summaryMetrics})
     * @param model    the value of a level of the model's state, now (at the end of the run)
     */
    public static Map<String, Double> of(Recorder recorder, List<Metric> metrics, ToDoubleFunction<Derivation.FromModelState> model) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (Metric m : metrics) {
            double v;
            if (m.derivation() instanceof Derivation.Quotient q) {
                v = ratio(out.get(q.numerator()), out.get(q.denominator()));
            } else if (m.derivation() instanceof Derivation.QuantileOfEvents q) {
                v = recorder.statistic(q);
            } else if (m.derivation() instanceof Derivation.FromModelState level) {
                v = model.applyAsDouble(level);
            } else {
                v = recorder.total(m.name());
            }
            out.put(m.name(), v);
        }
        return Collections.unmodifiableMap(out);
    }

    /** Both terms come earlier in the catalog's order. */
    private static double ratio(Double numerator, Double denominator) {
        return denominator > 0 ? numerator / denominator : Double.NaN;
    }
}
