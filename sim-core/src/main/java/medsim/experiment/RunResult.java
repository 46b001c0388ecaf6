package medsim.experiment;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.DoubleStream;
import java.util.stream.IntStream;

import medsim.metric.DailySeries;
import medsim.model.RunOutcome;

/** What an experiment keeps of one run: its seed, its totals, and its daily series. */
public record RunResult(long seed, Map<String, Double> summary, DailySeries daily) {

    public static RunResult of(long seed, RunOutcome outcome) {
        return new RunResult(seed, outcome.summary(), outcome.daily());
    }

    /**
     * A counter summed over the days from {@code from} to {@code to}, both included (days
     * outside the run count 0).
     *
     * @throws IllegalArgumentException if the metric has no daily series (a total of the run only)
     */
    public double between(String metric, LocalDate from, LocalDate to) {
        return days(metric, from, to).sum();
    }

    /**
     * A counter's largest day between {@code from} and {@code to} (both included; both null for
     * the whole run).
     *
     * @throws IllegalArgumentException if the metric has no daily series
     */
    public double busiestDay(String metric, LocalDate from, LocalDate to) {
        return days(metric, from, to).max().orElse(0);
    }

    /** A counter's values on the run's days from {@code from} to {@code to}, both included (both null: every day). */
    private DoubleStream days(String metric, LocalDate from, LocalDate to) {
        int m = daily.flowIndex(metric);
        if (m < 0) throw new IllegalArgumentException(metric + " is not counted by day");
        return IntStream.range(0, daily.days())
                .filter(d -> from == null || !daily.date(d).isBefore(from) && !daily.date(d).isAfter(to))
                .mapToDouble(d -> daily.flow(d, m));
    }

    /** A counter summed by calendar month, for the months given (0 for months outside the run). */
    public Map<YearMonth, Double> monthly(String metric, List<YearMonth> months) {
        int m = daily.flowIndex(metric);
        Map<YearMonth, Double> out = new LinkedHashMap<>();
        for (YearMonth ym : months) out.put(ym, 0.0);
        if (m < 0) return out; // a derived total: no daily series
        for (int d = 0; d < daily.days(); d++) {
            YearMonth ym = YearMonth.from(daily.date(d));
            if (out.containsKey(ym)) out.put(ym, out.get(ym) + daily.flow(d, m));
        }
        return out;
    }
}
