package medsim.scenario;

import java.time.YearMonth;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

import medsim.yaml.YamlNode;

/**
 * A figure of the real record that runs of the scenario should reproduce, with its
 * tolerance. Three kinds:
 * <ul>
 *   <li>{@code TOTAL}: a run total ({@code metric}) against {@code observed}; passes if the
 *       relative error of the mean is within {@code tolerance}.</li>
 *   <li>{@code SHARE}: {@code metric / per} against an observed share (0 to 1); passes if the
 *       mean share is within {@code tolerance} (absolute, 0.10 = ten percentage points).</li>
 *   <li>{@code MONTHLY}: the metric summed by calendar month against {@code monthly} (kept in
 *       calendar order); passes if the correlation of the mean monthly series with the record
 *       is at least {@code tolerance}.</li>
 * </ul>
 * {@code source} names the facts the observed value comes from; {@code metricAt}, where the
 * scenario names the metric (null for a target made in code), for errors about it.
 */
public record ValidationTarget(String id, Kind kind, String metric, String per, double observed,
                               Map<YearMonth, Double> monthly, double tolerance, String source, YamlNode.Position metricAt) {

    public enum Kind { TOTAL, SHARE, MONTHLY }

    /** A target made in code, not read from a file. */
    public ValidationTarget(String id, Kind kind, String metric, String per, double observed,
                            Map<YearMonth, Double> monthly, double tolerance, String source) {
        this(id, kind, metric, per, observed, monthly, tolerance, source, null);
    }

    public ValidationTarget {
        // In calendar order: Map.copyOf's order changes from one JVM to the next, and the order
        // of the months decides the last bits of a correlation summed over them.
        monthly = Collections.unmodifiableMap(monthly == null ? new TreeMap<>() : new TreeMap<>(monthly));
    }
}
