package medsim.metric;

import java.time.LocalDate;
import java.util.List;

/**
 * A run's daily series, as daily.csv gives them: for each day from {@code startDate}, each
 * counter's amount over the day and each level's value at the end of the day. Immutable: a
 * copy of what the run had recorded when it was taken.
 *
 * @param startDate the first day
 * @param flows     the counters, in output order
 * @param levels    the end-of-day levels, in output order
 * @param flowDays  per day, the counters' amounts in the order of {@code flows}
 * @param levelDays per day, the levels' values in the order of {@code levels}
 */
public record DailySeries(LocalDate startDate, List<Metric> flows, List<Metric> levels, List<double[]> flowDays, List<double[]> levelDays) {

    public DailySeries {
        flows = List.copyOf(flows);
        levels = List.copyOf(levels);
        flowDays = flowDays.stream().map(double[]::clone).toList();
        levelDays = levelDays.stream().map(double[]::clone).toList();
        if (flowDays.size() != levelDays.size()) throw new IllegalArgumentException(flowDays.size() + " days of counters, " + levelDays.size() + " of levels");
    }

    /** Days recorded. */
    public int days() { return flowDays.size(); }

    /** The date of day {@code day} (0 is the first). */
    public LocalDate date(int day) { return startDate.plusDays(day); }

    /** Counter {@code metric} (an index into {@link #flows}) on day {@code day}. */
    public double flow(int day, int metric) { return flowDays.get(day)[metric]; }

    /** Level {@code level} (an index into {@link #levels}) at the end of day {@code day}. */
    public double level(int day, int level) { return levelDays.get(day)[level]; }

    /** The index of a counter in {@link #flows}, or -1 if no counter has that name. */
    public int flowIndex(String name) {
        for (int i = 0; i < flows.size(); i++) if (flows.get(i).name().equals(name)) return i;
        return -1;
    }

    /** The index of a level in {@link #levels}, or -1 if no level has that name. */
    public int levelIndex(String name) {
        for (int i = 0; i < levels.size(); i++) if (levels.get(i).name().equals(name)) return i;
        return -1;
    }
}
