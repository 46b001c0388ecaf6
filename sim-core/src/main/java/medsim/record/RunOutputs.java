package medsim.record;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import medsim.actor.AssetActivity;
import medsim.format.Json;
import medsim.metric.DailySeries;
import medsim.metric.Metric;
import medsim.model.AssetHours;
import medsim.scenario.Scenario;
import medsim.search.SearchOutcome;

/**
 * Writes a finished run's summary.csv, daily.csv, assets.csv, sightings.csv, search.csv and run.json, each atomically,
 * from what the run produced ({@link medsim.model.RunOutcome}), never from the live model.
 */
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
    public static void writeDaily(Path file, DailySeries daily) {
        CsvWriter.write(file, w -> {
            w.row("date", "metric", "value", "unit");
            for (int d = 0; d < daily.days(); d++) {
                String date = daily.date(d).toString();
                for (int i = 0; i < daily.flows().size(); i++) row(w, date, daily.flows().get(i), daily.flow(d, i));
                for (int i = 0; i < daily.levels().size(); i++) row(w, date, daily.levels().get(i), daily.level(d, i));
            }
        });
    }

    private static void row(CsvWriter w, String date, Metric metric, double v) throws IOException {
        w.text(date).text(metric.name()).num(v).text(metric.unit()).endRow();
    }

    /** Tidy hours of each asset by activity, {@code asset,force,group,kind,activity,hours}. */
    public static void writeAssets(Path file, List<AssetHours> assets) {
        CsvWriter.write(file, w -> {
            w.row("asset", "force", "group", "kind", "activity", "hours");
            for (AssetHours a : assets) {
                for (Map.Entry<AssetActivity, Double> h : a.hours().entrySet()) {
                    w.text(a.asset()).text(a.force()).text(a.group()).text(a.kind()).text(h.getKey().key()).num(h.getValue()).endRow();
                }
            }
        });
    }

    /**
     * Sightings by sensor and target, {@code force,sensor,target,sightings}: every SIGHTING
     * event of the run once, credited to one sensor of the platform that made it (drawn in
     * proportion to each sensor's exposure in that tick); the column adds up to {@code sightings}.
     */
    public static void writeSightings(Path file, SearchOutcome search) {
        CsvWriter.write(file, w -> {
            w.row("force", "sensor", "target", "sightings");
            for (SearchOutcome.SightingCount s : search.sightings()) w.text(s.force()).text(s.sensor()).text(s.target()).integer(s.sightings()).endRow();
        });
    }

    /**
     * Aircraft search patterns by day, patrol area, force and boat target,
     * {@code date,area,force,target,track_nm,area_nm2,coverage,pod_curve,pod_expected,boats_present,boats_detected,detected_share}
     * ({@link SearchOutcome.AreaDaySearch}); {@code detected_share} is empty with no boat present.
     */
    public static void writeSearch(Path file, SearchOutcome search) {
        CsvWriter.write(file, w -> {
            w.row("date", "area", "force", "target", "track_nm", "area_nm2", "coverage", "pod_curve", "pod_expected",
                    "boats_present", "boats_detected", "detected_share");
            for (SearchOutcome.AreaDaySearch r : search.areaDays()) {
                w.text(r.date().toString()).text(r.area()).text(r.force()).text(r.target()).num(r.trackNm()).num(r.areaNm2())
                        .num(r.coverage()).text(r.podCurve()).num(r.podExpected()).integer(r.boatsPresent()).integer(r.boatsDetected())
                        .num(r.detectedShare()).endRow();
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
