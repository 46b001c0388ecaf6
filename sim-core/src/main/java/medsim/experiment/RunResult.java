package medsim.experiment;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import medsim.metric.Recorder;
import medsim.model.MedSim;
import medsim.record.RunSummary;

/** What an experiment keeps of one run: its seed, its totals, and its daily counters. */
public record RunResult(long seed, Map<String, Double> summary, Recorder recorder, LocalDate start) {

    public static RunResult of(long seed, MedSim sim) {
        return new RunResult(seed, RunSummary.of(sim), sim.recorder(), sim.scenario().startDate());
    }

    /** A counter summed by calendar month, for the months given (0 for months outside the run). */
    public Map<YearMonth, Double> monthly(String metric, List<YearMonth> months) {
        int m = recorder.metrics().indexOf(metric);
        Map<YearMonth, Double> out = new LinkedHashMap<>();
        for (YearMonth ym : months) out.put(ym, 0.0);
        if (m < 0) return out; // a derived total: no daily series
        for (int d = 0; d < recorder.daysRecorded(); d++) {
            YearMonth ym = YearMonth.from(start.plusDays(d));
            if (out.containsKey(ym)) out.put(ym, out.get(ym) + recorder.dailyFlow(d, m));
        }
        return out;
    }
}
