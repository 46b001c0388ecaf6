package medsim.gui.chart;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import medsim.actor.AssetActivity;
import medsim.metric.DailySeries;
import medsim.model.AssetHours;
import medsim.model.MedSim;
import medsim.model.RunOutcome;

/**
 * The daily series of a run and its assets' hours by force: what the charts show, read
 * either from a running model (live charts) or from a finished run's daily.csv and
 * assets.csv ({@code medsim chart}). Counters are the day's amount and levels the
 * end-of-day level, as in daily.csv. Immutable once built.
 */
public final class RunSeries {
    private final String title;
    private final LocalDate start;
    private final int days;
    private final Map<String, double[]> daily;
    private final Map<String, double[]> hoursByForce;

    private RunSeries(String title, LocalDate start, int days, Map<String, double[]> daily, Map<String, double[]> hoursByForce) {
        this.title = title;
        this.start = start;
        this.days = days;
        this.daily = Collections.unmodifiableMap(daily);
        this.hoursByForce = Collections.unmodifiableMap(hoursByForce);
    }

    /** No days yet: what the live charts show before a run starts. */
    public static RunSeries empty(String title, LocalDate start) {
        return new RunSeries(title, start, 0, new LinkedHashMap<>(), new LinkedHashMap<>());
    }

    /** The days a run has recorded so far ({@link MedSim#outcome()}), and its assets' hours, summed by force. */
    public static RunSeries of(RunOutcome outcome, String title) {
        DailySeries series = outcome.daily();
        int days = series.days();
        Map<String, double[]> daily = new LinkedHashMap<>();
        for (int i = 0; i < series.flows().size(); i++) {
            double[] v = new double[days];
            for (int d = 0; d < days; d++) v[d] = series.flow(d, i);
            daily.put(series.flows().get(i).name(), v);
        }
        for (int i = 0; i < series.levels().size(); i++) {
            double[] v = new double[days];
            for (int d = 0; d < days; d++) v[d] = series.level(d, i);
            daily.put(series.levels().get(i).name(), v);
        }
        Map<String, double[]> hours = new LinkedHashMap<>();
        for (AssetHours a : outcome.assets()) {
            double[] h = hours.computeIfAbsent(a.force(), k -> new double[AssetActivity.values().length]);
            for (Map.Entry<AssetActivity, Double> act : a.hours().entrySet()) h[act.getKey().ordinal()] += act.getValue();
        }
        return new RunSeries(title, series.startDate(), days, daily, hours);
    }

    /** A finished run's daily.csv and assets.csv. */
    public static RunSeries read(Path runDir, String title) {
        CsvTable dailyCsv = CsvTable.read(runDir.resolve("daily.csv"));
        int dateCol = dailyCsv.column("date"), metricCol = dailyCsv.column("metric"), valueCol = dailyCsv.column("value");
        List<LocalDate> dates = new ArrayList<>();
        Map<String, List<double[]>> byMetric = new LinkedHashMap<>();
        for (int row = 0; row < dailyCsv.size(); row++) {
            LocalDate date;
            try {
                date = LocalDate.parse(dailyCsv.text(row, dateCol));
            } catch (DateTimeParseException e) {
                throw dailyCsv.error(row, "date", "must be a date YYYY-MM-DD (got '" + dailyCsv.text(row, dateCol) + "')");
            }
            if (dates.isEmpty() || !dates.get(dates.size() - 1).equals(date)) {
                if (!dates.isEmpty() && !date.equals(dates.get(dates.size() - 1).plusDays(1))) {
                    throw dailyCsv.error(row, "date", "must follow the previous day " + dates.get(dates.size() - 1) + " (got " + date + ")");
                }
                dates.add(date);
            }
            byMetric.computeIfAbsent(dailyCsv.text(row, metricCol), k -> new ArrayList<>())
                    .add(new double[] {dates.size() - 1, dailyCsv.number(row, valueCol)});
        }
        if (dates.isEmpty()) throw medsim.yaml.InputException.of(dailyCsv.file().toString(), "has no days");
        Map<String, double[]> daily = new LinkedHashMap<>();
        for (Map.Entry<String, List<double[]>> e : byMetric.entrySet()) {
            double[] v = new double[dates.size()];
            for (double[] dayValue : e.getValue()) v[(int) dayValue[0]] = dayValue[1];
            daily.put(e.getKey(), v);
        }
        CsvTable assets = CsvTable.read(runDir.resolve("assets.csv"));
        int forceCol = assets.column("force"), activityCol = assets.column("activity"), hoursCol = assets.column("hours");
        Map<String, double[]> hours = new LinkedHashMap<>();
        for (int row = 0; row < assets.size(); row++) {
            AssetActivity act = activity(assets.text(row, activityCol));
            if (act == null) throw assets.error(row, "activity", "is not an activity (got '" + assets.text(row, activityCol) + "')");
            hours.computeIfAbsent(assets.text(row, forceCol), k -> new double[AssetActivity.values().length])[act.ordinal()]
                    += assets.number(row, hoursCol);
        }
        return new RunSeries(title, dates.get(0), dates.size(), daily, hours);
    }

    private static AssetActivity activity(String key) {
        for (AssetActivity a : AssetActivity.values()) if (a.key().equals(key)) return a;
        return null;
    }

    public String title() { return title; }
    public LocalDate start() { return start; }
    public int days() { return days; }

    /** A metric's values by day; zeros if the run does not record it. */
    public double[] values(String metric) {
        double[] v = daily.get(metric);
        return v != null ? v : new double[days];
    }

    /** A counter summed from the first day: the running total at the end of each day. */
    public double[] cumulative(String metric) {
        double[] v = values(metric).clone();
        for (int d = 1; d < v.length; d++) v[d] += v[d - 1];
        return v;
    }

    public double total(String metric) {
        double t = 0;
        for (double x : values(metric)) t += x;
        return t;
    }

    /** The metrics whose names start with a prefix, in the run's order (e.g. rescues by actor group). */
    public List<String> metricsStartingWith(String prefix) {
        return daily.keySet().stream().filter(m -> m.startsWith(prefix)).toList();
    }

    /** Forces in the run's order, with hours by {@link AssetActivity} ordinal. */
    public Map<String, double[]> hoursByForce() { return hoursByForce; }
}
