package medsim.record;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import medsim.actor.Asset;
import medsim.actor.AssetActivity;
import medsim.format.Json;
import medsim.metric.Metric;
import medsim.metric.Recorder;
import medsim.model.MedSim;
import medsim.model.SimClock;
import medsim.scenario.Scenario;

/** Writes a finished run's summary.csv, daily.csv, assets.csv and run.json, each atomically. */
public final class RunOutputs {
    private RunOutputs() {}

    /** The columns of summary.csv before the totals, which say which run the row is. */
    public static final List<String> SUMMARY_IDENTITY = List.of("scenario_name", "inputs_sha256", "start", "end", "days", "seed");

    /**
     * summary.csv: a header and one row. The row says which run it is, so that rows of many
     * runs can be stacked: {@code scenario_name}, {@code inputs_sha256} (the resolved-input
     * digest, {@link medsim.provenance.RunInputs#digest()}), {@code start} and {@code end}
     * (the first and last day run), {@code days} ({@code --days}, empty when not given) and
     * {@code seed}; then the totals.
     */
    public static void writeSummary(Path file, Scenario scenario, Integer days, long seed, Map<String, Double> summary) {
        CsvWriter.write(file, w -> {
            w.texts(SUMMARY_IDENTITY).texts(summary.keySet()).endRow();
            w.text(scenario.name()).text(scenario.sources().digest()).text(scenario.startDate().toString())
                    .text(scenario.endDate().toString()).text(days == null ? "" : days.toString()).integer(seed);
            for (double v : summary.values()) w.num(v);
            w.endRow();
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
        CsvWriter.write(file, w -> {
            w.row("date", "metric", "value", "unit");
            for (int d = 0; d < r.daysRecorded(); d++) {
                String date = clock.startDate().plusDays(d).toString();
                for (int i = 0; i < flows.size(); i++) row(w, date, flows.get(i), r.dailyFlow(d, i));
                for (int i = 0; i < levels.size(); i++) row(w, date, levels.get(i), r.dailyStock(d, i));
            }
        });
    }

    private static void row(CsvWriter w, String date, Metric metric, double v) throws IOException {
        w.text(date).text(metric.name()).num(v).text(metric.unit()).endRow();
    }

    public static void writeAssets(Path file, MedSim sim) {
        CsvWriter.write(file, w -> {
            w.row("asset", "force", "group", "kind", "activity", "hours");
            for (Asset a : sim.assets()) {
                for (AssetActivity act : AssetActivity.values()) {
                    w.text(a.id()).text(a.force().id()).text(a.force().group()).text(a.spec().kind().key()).text(act.key())
                            .num(a.hours(act)).endRow();
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
                w.write("  " + Json.string(e.getKey()) + ": " + e.getValue());
                w.write(++i < fields.size() ? ",\n" : "\n");
            }
            w.write("}\n");
        });
    }
}
