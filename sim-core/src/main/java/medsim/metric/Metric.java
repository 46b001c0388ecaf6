package medsim.metric;

import java.util.Objects;

import medsim.event.EventType;

/**
 * The one declaration of a metric a run records: its name (a column of summary.csv, a
 * metric of daily.csv), its unit, whether it is a flow or a level, and how it is computed.
 * Every counter is computed from the run's events alone, so summary.csv and daily.csv say
 * exactly what events.csv adds up to; a metric with no event counterpart says why.
 *
 * @param name       snake_case; {@code family.key} for one part of a breakdown (by departure
 *                   point, actor group, force...)
 * @param unit       what one unit of the value is: {@code people}, {@code boats}, {@code nm},
 *                   {@code Beaufort}, {@code fraction}, or the thing counted ({@code taskings}...)
 * @param kind       flow, level, ratio or statistic
 * @param derivation how the value is computed
 */
public record Metric(String name, String unit, Kind kind, Derivation derivation) {

    /** How a metric relates to time. */
    public enum Kind {
        /** An amount over time: the day's amount in daily.csv, the run's total in summary.csv. */
        FLOW,
        /** A state at an instant: at the end of each day in daily.csv, at the end of the run in summary.csv. */
        LEVEL,
        /** A quotient of two flows over the whole run (summary.csv only). */
        RATIO,
        /** A statistic (a quantile) of numbers the run's events carry (summary.csv only). */
        STATISTIC
    }

    public Metric {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(derivation, "derivation");
        if ((kind == Kind.RATIO) != (derivation instanceof Derivation.Quotient)) {
            throw new IllegalArgumentException(name + ": a ratio, and only a ratio, is a quotient of two metrics");
        }
        if ((kind == Kind.STATISTIC) != (derivation instanceof Derivation.QuantileOfEvents)) {
            throw new IllegalArgumentException(name + ": a statistic, and only a statistic, is a quantile of events");
        }
        if (kind == Kind.FLOW && !(derivation instanceof Derivation.FromEvents)) {
            throw new IllegalArgumentException(name + ": a flow is counted from events");
        }
    }

    /** A counter: the events that match, counted or summed. */
    public static Metric flow(String name, String unit, Derivation.FromEvents fromEvents) {
        return new Metric(name, unit, Kind.FLOW, fromEvents);
    }

    /** A level read from the model's state, with the reason no event gives it. */
    public static Metric level(String name, String unit, ModelLevel level, String whyNotFromEvents) {
        return new Metric(name, unit, Kind.LEVEL, new Derivation.FromModelState(level, null, whyNotFromEvents));
    }

    /** A level of one part of a breakdown ({@code key}: a boat type, say) read from the model's state. */
    public static Metric level(String name, String unit, ModelLevel level, String key, String whyNotFromEvents) {
        return new Metric(name, unit, Kind.LEVEL, new Derivation.FromModelState(level, key, whyNotFromEvents));
    }

    /** A quantile of the numbers in the detail of the run's events of one type (NaN when there are none). */
    public static Metric statistic(String name, String unit, EventType type, double probability) {
        return new Metric(name, unit, Kind.STATISTIC, new Derivation.QuantileOfEvents(type, probability));
    }

    /** The run's total of one metric divided by another's (NaN when the divisor is 0). */
    public static Metric ratio(String name, String unit, String numerator, String denominator) {
        return new Metric(name, unit, Kind.RATIO, new Derivation.Quotient(numerator, denominator));
    }
}
