package medsim.record;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import medsim.model.MedSim;

/**
 * The totals of a finished run, one per metric column of summary.csv, in the order of
 * {@link MetricCatalog#summaryMetrics}: every counter, then the people still at sea, aboard
 * assets or waiting ashore at the end, and the ratios. People are conserved: departed =
 * arrivals + returned to Libya + dead and missing + at sea + aboard assets.
 */
public final class RunSummary {
    private RunSummary() {}

    public static Map<String, Double> of(MedSim sim) {
        Recorder r = sim.recorder();
        Map<String, Double> atEnd = Map.of(
                "people_at_sea_end", (double) sim.peopleAtSea(),
                "people_aboard_assets_end", (double) sim.peopleAboardAssets(),
                "people_waiting_ashore_end", Math.floor(sim.network().waitingPeople()),
                "people_in_detention_end", (double) sim.network().peopleInDetention());
        Map<String, Double> out = new LinkedHashMap<>();
        for (Metric m : MetricCatalog.summaryMetrics(sim.scenario())) {
            double v;
            if (m.derivation() instanceof Derivation.Quotient q) {
                v = ratio(out.get(q.numerator()), out.get(q.denominator()));
            } else if (m.derivation() instanceof Derivation.QuantileOfEvents q) {
                v = r.statistic(q);
            } else if (m.derivation() instanceof Derivation.FromModelState) {
                Double level = atEnd.get(m.name());
                if (level == null) throw new IllegalStateException("no end-of-run value for " + m.name());
                v = level;
            } else {
                v = r.total(m.name());
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
