package medsim.record;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import medsim.actor.Asset;
import medsim.actor.AssetActivity;
import medsim.model.MedSim;
import medsim.model.SimClock;
import medsim.scenario.Scenario;

/** Writes a finished run's summary.csv, daily.csv, assets.csv and run.json, each atomically. */
public final class RunOutputs {
    private RunOutputs() {}

    /**
     * summary.csv: a header and one row. The row says which run it is, so that rows of many
     * runs can be stacked: {@code scenario_name}, {@code inputs_sha256} (the resolved-input
     * digest, {@link medsim.provenance.RunInputs#digest()}), {@code start} and {@code end}
     * (the first and last day run), {@code days} ({@code --days}, empty when not given) and
     * {@code seed}; then the totals.
     */
    public static void writeSummary(Path file, Scenario scenario, Integer days, long seed, Map<String, Double> summary) {
        AtomicFiles.write(file, w -> {
            w.write("scenario_name,inputs_sha256,start,end,days,seed");
            for (String k : summary.keySet()) w.write("," + k);
            w.write('\n');
            w.write(String.join(",", Csv.text(scenario.name()), scenario.sources().digest(), scenario.startDate().toString(),
                    scenario.endDate().toString(), days == null ? "" : days.toString(), Long.toString(seed)));
            for (double v : summary.values()) w.write("," + Csv.num(v));
            w.write('\n');
        });
    }

    /**
     * Tidy daily series, {@code date,metric,value,unit}: counters as the day's amount, levels
     * as the end-of-day level, each with its declared unit.
     */
    public static void writeDaily(Path file, MedSim sim) {
        Recorder r = sim.recorder();
        SimClock clock = sim.clock();
        List<Metric> flows = r.flows();
        List<Metric> levels = r.levels();
        AtomicFiles.write(file, w -> {
            w.write("date,metric,value,unit\n");
            for (int d = 0; d < r.daysRecorded(); d++) {
                String date = clock.startDate().plusDays(d).toString();
                for (int i = 0; i < flows.size(); i++) row(w, date, flows.get(i), r.dailyFlow(d, i));
                for (int i = 0; i < levels.size(); i++) row(w, date, levels.get(i), r.dailyStock(d, i));
            }
        });
    }

    private static void row(Writer w, String date, Metric metric, double v) throws IOException {
        w.write(date);
        w.write(',');
        w.write(metric.name());
        w.write(',');
        w.write(Csv.num(v));
        w.write(',');
        w.write(metric.unit());
        w.write('\n');
    }

    public static void writeAssets(Path file, MedSim sim) {
        AtomicFiles.write(file, w -> {
            w.write("asset,force,group,kind,activity,hours\n");
            for (Asset a : sim.assets()) {
                for (AssetActivity act : AssetActivity.values()) {
                    w.write(String.join(",", Csv.text(a.id()), Csv.text(a.force().id()), Csv.text(a.force().group()),
                            a.spec().kind().key(), act.key(), Csv.num(a.hours(act))));
                    w.write('\n');
                }
            }
        });
    }

    /** Run metadata. Wall time and speed are the only fields that differ between identical runs. */
    public static void writeRunJson(Path file, Map<String, String> fields) {
        AtomicFiles.write(file, w -> {
            w.write("{\n");
            int i = 0;
            for (Map.Entry<String, String> e : fields.entrySet()) {
                w.write("  " + Csv.json(e.getKey()) + ": " + e.getValue());
                w.write(++i < fields.size() ? ",\n" : "\n");
            }
            w.write("}\n");
        });
    }
}
