package medsim.metric;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import medsim.event.EventType;

/** How a {@link Metric}'s value is computed. */
public sealed interface Derivation {

    /** One line for people: the docs, error messages. */
    String describe();

    /**
     * From events alone: over the events that match any of the filters, their number or
     * the sum of a column. No two filters name the same event type, so no event is counted
     * twice.
     */
    record FromEvents(List<EventFilter> filters, EventMeasure measure) implements Derivation {
        public FromEvents {
            filters = List.copyOf(filters);
            if (filters.isEmpty()) throw new IllegalArgumentException("no event filter");
            Set<EventType> types = EnumSet.noneOf(EventType.class);
            for (EventFilter f : filters) {
                if (!types.add(f.type())) throw new IllegalArgumentException("two filters on " + f.type().key() + " events");
            }
        }

        public static FromEvents of(EventMeasure measure, EventFilter... filters) {
            return new FromEvents(List.of(filters), measure);
        }

        @Override
        public String describe() {
            return measure.describe() + " " + filters.stream().map(EventFilter::describe).collect(Collectors.joining(" and "));
        }
    }

    /** The run's total of one metric divided by another's; NaN when the divisor is 0. */
    record Quotient(String numerator, String denominator) implements Derivation {
        @Override
        public String describe() {
            return numerator + " / " + denominator;
        }
    }

    /**
     * A statistic over the run's events that no sum gives: the {@code probability}-quantile
     * (R's type 7: linear interpolation between order statistics) of the numbers in the
     * detail of the events of one type; NaN when there are none.
     */
    record QuantileOfEvents(EventType type, double probability) implements Derivation {
        public QuantileOfEvents {
            if (!(probability > 0 && probability < 1)) throw new IllegalArgumentException("a quantile's probability is in (0, 1)");
        }

        @Override
        public String describe() {
            return "quantile " + probability + " (R type 7) of the detail of " + type.key() + " events";
        }

        /** Its value over the numbers given (in any order). */
        public double of(double[] values) {
            if (values.length == 0) return Double.NaN;
            return new org.apache.commons.math3.stat.descriptive.rank.Percentile()
                    .withEstimationType(org.apache.commons.math3.stat.descriptive.rank.Percentile.EstimationType.R_7)
                    .evaluate(values, probability * 100);
        }
    }

    /**
     * Read from the model's state, not from events, for the reason given: the quantity
     * {@code level}, of the thing {@code key} names where the level is one of a breakdown (the
     * boat type of {@link ModelLevel#BOAT_TYPE_SHARE}, a departure point; {@link ModelLevel#isBreakdown}), else null.
     */
    record FromModelState(ModelLevel level, String key, String reason) implements Derivation {
        public FromModelState {
            Objects.requireNonNull(level, "level");
            if ((key != null) != level.isBreakdown()) throw new IllegalArgumentException(level + ": a key goes with a breakdown, and only with one");
            if (reason == null || reason.isBlank()) throw new IllegalArgumentException("a metric not computed from events says why");
        }

        @Override
        public String describe() {
            return "not from events: " + reason;
        }
    }
}
