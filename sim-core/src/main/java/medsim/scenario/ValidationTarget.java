package medsim.scenario;

import java.time.YearMonth;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

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
 * {@code source} names the facts the observed value comes from.
 */
public record ValidationTarget(String id, Kind kind, String metric, String per, double observed,
                               Map<YearMonth, Double> monthly, double tolerance, String source) {

    public enum Kind { TOTAL, SHARE, MONTHLY }

    public ValidationTarget {
        // In calendar order: Map.copyOf's order changes from one JVM to the next, and the order
        // of the months decides the last bits of a correlation summed over them.
        monthly = Collections.unmodifiableMap(monthly == null ? new TreeMap<>() : new TreeMap<>(monthly));
    }
}
