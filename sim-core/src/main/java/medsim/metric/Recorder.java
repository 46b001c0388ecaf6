package medsim.metric;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

import medsim.event.EventSink;
import medsim.event.EventType;
import medsim.event.SeaEvent;
import medsim.format.Numbers;

/**
 * What a run measures: the stream of events, the counters computed from it (each
 * {@link Metric} flow adds up the events its declaration matches, so the counters always
 * agree with the events), their daily series, and the end-of-day levels. The model only
 * reports events and levels; it pushes no counter and formats nothing.
 */
public final class Recorder {
    /** What one counter takes from the events of one type. */
    private record Tally(int metric, EventFilter filter, EventMeasure measure) {}

    private final EventSink sink;
    private final List<Metric> flows;
    private final List<Metric> levels;
    private final Map<String, Integer> index = new LinkedHashMap<>();
    private final Map<EventType, List<Tally>> tallies = new EnumMap<>(EventType.class);
    private final double[] totals;
    private double[] atLastDay;
    private final List<double[]> dailyFlows = new ArrayList<>();
    private final List<double[]> dailyLevels = new ArrayList<>();
    /** The numbers in the detail of the events that statistics are computed from, by type, in event order. */
    private final Map<EventType, List<Double>> detailNumbers = new EnumMap<>(EventType.class);

    /**
     * @param flows  the counters, in their output order (names unique)
     * @param levels the end-of-day levels, in their output order, each read from the model's state
     * @param statistics the quantiles of event details the run reports ({@link Derivation.QuantileOfEvents})
     */
    public Recorder(EventSink sink, List<Metric> flows, List<Metric> levels, List<Metric> statistics) {
        this.sink = sink;
        this.flows = List.copyOf(flows);
        this.levels = List.copyOf(levels);
        for (EventType t : EventType.values()) tallies.put(t, new ArrayList<>());
        for (int i = 0; i < this.flows.size(); i++) {
            Metric m = this.flows.get(i);
            if (index.put(m.name(), i) != null) throw new IllegalArgumentException("metric declared twice: " + m.name());
            if (!(m.derivation() instanceof Derivation.FromEvents fromEvents)) {
                throw new IllegalArgumentException(m.name() + " is not computed from events: " + m.derivation().describe());
            }
            for (EventFilter f : fromEvents.filters()) tallies.get(f.type()).add(new Tally(i, f, fromEvents.measure()));
        }
        for (Metric m : this.levels) {
            if (!(m.derivation() instanceof Derivation.FromModelState)) throw new IllegalArgumentException(m.name() + " is not read from the model's state");
        }
        for (Metric m : statistics) {
            if (!(m.derivation() instanceof Derivation.QuantileOfEvents q)) throw new IllegalArgumentException(m.name() + " is not a statistic of events");
            detailNumbers.put(q.type(), new ArrayList<>());
        }
        totals = new double[this.flows.size()];
        atLastDay = new double[this.flows.size()];
    }

    /** Passes the event on to the sink and adds it to every counter whose declaration matches it. */
    public void event(SeaEvent e) {
        sink.accept(e);
        List<Double> numbers = detailNumbers.get(e.type());
        if (numbers != null) numbers.add(Numbers.parse(e.detail()));
        for (Tally t : tallies.get(e.type())) {
            if (t.filter().matches(e)) totals[t.metric()] += t.measure().of(e);
        }
    }

    public double total(String metric) {
        Integer i = index.get(metric);
        if (i == null) throw new IllegalArgumentException("unknown metric: " + metric);
        return totals[i];
    }

    /** The value of a statistic of event details declared when the recorder was made. */
    public double statistic(Derivation.QuantileOfEvents q) {
        List<Double> numbers = detailNumbers.get(q.type());
        if (numbers == null) throw new IllegalArgumentException("no statistic declared on " + q.type().key() + " events");
        return q.of(numbers.stream().mapToDouble(Double::doubleValue).toArray());
    }

    /**
     * Closes a day: stores each counter's increase over the day, and each level as the model
     * reads it now ({@code model} gives the value of the quantity a level declares).
     */
    public void endDay(ToDoubleFunction<Derivation.FromModelState> model) {
        double[] flow = new double[totals.length];
        for (int i = 0; i < totals.length; i++) flow[i] = totals[i] - atLastDay[i];
        atLastDay = totals.clone();
        double[] level = new double[levels.size()];
        for (int i = 0; i < level.length; i++) level[i] = model.applyAsDouble((Derivation.FromModelState) levels.get(i).derivation());
        dailyFlows.add(flow);
        dailyLevels.add(level);
    }

    /** Days closed so far. */
    public int daysRecorded() { return dailyFlows.size(); }

    /** A copy of the days closed so far, the first being {@code startDate}. */
    public DailySeries daily(LocalDate startDate) {
        return new DailySeries(startDate, flows, levels, dailyFlows, dailyLevels);
    }
}
