package medsim.scenario;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import medsim.yaml.YamlNode;

/**
 * A figure of the real record that runs of the scenario should reproduce, whether
 * calibration may fit it ({@link Use#FIT}) or it only checks the model ({@link Use#CHECK}),
 * and its tolerance. Three kinds:
 * <ul>
 *   <li>{@code TOTAL}: a run total ({@code metric}) against {@code observed}; passes if the
 *       relative error of the mean is within {@code tolerance}.</li>
 *   <li>{@code SHARE}: {@code metric / per} against an observed share (0 to 1); passes if the
 *       mean share's error relative to the observed share is within {@code tolerance} (0.15 on
 *       a 7.6% share allows 6.5% to 8.7%, not 0% to 17.6%).</li>
 *   <li>{@code BUSIEST_DAY}: a counter's largest day (within the period, if the target has one)
 *       against {@code observed}; judged as a total (the 6,600 people rescued in one day of
 *       August 2016, say).</li>
 *   <li>{@code MONTHLY}: the metric summed by calendar month against {@code monthly} (kept in
 *       calendar order); passes if the correlation of the mean monthly series with the record
 *       is at least {@code tolerance}.</li>
 * </ul>
 * For totals and shares the tolerance is the observation error, the relative half-width of
 * a 95% band round the observed figure, and {@code errorOrigin} says where it comes from: the
 * band the sources give, the lowest confidence grade of the facts in the figure (the
 * scenario's {@code observationError} table), or a value stated for a figure no fact gives.
 * {@code from} and {@code to} (inclusive; both null for the whole run) limit a total or share
 * to days of the run, for figures of part of a year. {@code source} names the facts the
 * observed value comes from; {@code metricAt}, where the scenario names the metric (null for
 * a target made in code), for errors about it.
 */
public record ValidationTarget(String id, Use use, Kind kind, String metric, String per, double observed,
                               Map<YearMonth, Double> monthly, double tolerance, String errorOrigin, LocalDate from, LocalDate to,
                               String source, YamlNode.Position metricAt) {

    public enum Kind { TOTAL, SHARE, BUSIEST_DAY, MONTHLY }

    /** Whether calibration may fit a target or it only checks the model. */
    public enum Use {
        FIT, CHECK;

        public String key() { return name().toLowerCase(Locale.ROOT); }
    }

    /** A whole-run target made in code, not read from a file. */
    public ValidationTarget(String id, Use use, Kind kind, String metric, String per, double observed,
                            Map<YearMonth, Double> monthly, double tolerance, String source) {
        this(id, use, kind, metric, per, observed, monthly, tolerance, "stated", null, null, source, null);
    }

    public ValidationTarget {
        // In calendar order: Map.copyOf's order changes from one JVM to the next, and the order
        // of the months decides the last bits of a correlation summed over them.
        monthly = Collections.unmodifiableMap(monthly == null ? new TreeMap<>() : new TreeMap<>(monthly));
        if ((from == null) != (to == null)) throw new IllegalArgumentException("a period needs both from and to");
    }

    /** Whether it covers only part of the run (a figure of some months of the year). */
    public boolean hasPeriod() { return from != null; }
}
