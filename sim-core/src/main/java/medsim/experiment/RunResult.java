package medsim.experiment;

import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import medsim.metric.DailySeries;
import medsim.model.RunOutcome;

/** What an experiment keeps of one run: its seed, its totals, and its daily series. */
public record RunResult(long seed, Map<String, Double> summary, DailySeries daily) {

    public static RunResult of(long seed, RunOutcome outcome) {
        return new RunResult(seed, outcome.summary(), outcome.daily());
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
