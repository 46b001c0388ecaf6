package medsim.record;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a run measures: cumulative counters (named metrics, registered up front in a fixed
 * order so every run of a scenario has the same columns), a daily series of them, and the
 * stream of events. The model calls it; it formats nothing itself.
 */
public final class Recorder {
    private final Map<String, Integer> index = new LinkedHashMap<>();
    private final List<String> names = new ArrayList<>();
    private double[] totals = new double[0];
    private double[] atLastDay = new double[0];
    private final List<String> stockNames = new ArrayList<>();
    private final List<double[]> dailyFlows = new ArrayList<>();
    private final List<double[]> dailyStocks = new ArrayList<>();
    private final EventSink sink;

    public Recorder(EventSink sink) {
        this.sink = sink;
    }

    /** Declares a counter (idempotent); call for every metric before the run starts. */
    public void register(String metric) {
        if (index.containsKey(metric)) return;
        index.put(metric, names.size());
        names.add(metric);
        totals = java.util.Arrays.copyOf(totals, names.size());
        atLastDay = java.util.Arrays.copyOf(atLastDay, names.size());
    }

    /** Declares an end-of-day level (people at sea, sea state...), recorded by {@link #endDay}. */
    public void registerStock(String metric) {
        stockNames.add(metric);
    }

    public void add(String metric, double amount) {
        Integer i = index.get(metric);
        if (i == null) throw new IllegalStateException("metric not registered: " + metric);
        totals[i] += amount;
    }

    public double total(String metric) {
        Integer i = index.get(metric);
        if (i == null) throw new IllegalArgumentException("unknown metric: " + metric);
        return totals[i];
    }

    public void event(SeaEvent e) {
        sink.accept(e);
    }

    /** Closes a day: stores each counter's increase over the day, and the given stock levels. */
    public void endDay(double[] stocks) {
        if (stocks.length != stockNames.size()) throw new IllegalStateException(stocks.length + " stock values for " + stockNames.size() + " stocks");
        double[] flow = new double[totals.length];
        for (int i = 0; i < totals.length; i++) flow[i] = totals[i] - atLastDay[i];
        atLastDay = totals.clone();
        dailyFlows.add(flow);
        dailyStocks.add(stocks.clone());
    }

    public List<String> metrics() { return Collections.unmodifiableList(names); }
    public List<String> stocks() { return Collections.unmodifiableList(stockNames); }
    public int daysRecorded() { return dailyFlows.size(); }
    public double dailyFlow(int day, int metric) { return dailyFlows.get(day)[metric]; }
    public double dailyStock(int day, int stock) { return dailyStocks.get(day)[stock]; }
}
