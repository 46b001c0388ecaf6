package medsim.metric;

import java.util.List;
import java.util.Objects;

import medsim.event.EventType;
import medsim.event.SeaEvent;

/**
 * The events of one type, or only those whose actor or detail is one of some values (the
 * departure point of a departure, the place of a landing, the actor group of a rescue...).
 *
 * @param field  the field tested, or null for every event of the type
 * @param values the values the field may have (ignored when {@code field} is null)
 */
public record EventFilter(EventType type, Field field, List<String> values) {

    /** A text field of an event, as in events.csv. */
    public enum Field {
        ACTOR("actor"), DETAIL("detail");

        private final String column;

        Field(String column) {
            this.column = column;
        }

        /** Its column in events.csv. */
        public String column() { return column; }

        public String of(SeaEvent e) {
            return this == ACTOR ? e.actor() : e.detail();
        }
    }

    public EventFilter {
        Objects.requireNonNull(type, "type");
        values = field == null ? List.of() : List.copyOf(values);
    }

    /** Every event of a type. */
    public static EventFilter all(EventType type) {
        return new EventFilter(type, null, List.of());
    }

    /** The events of a type whose field is one of the values. */
    public static EventFilter where(EventType type, Field field, List<String> values) {
        return new EventFilter(type, Objects.requireNonNull(field, "field"), values);
    }

    public static EventFilter where(EventType type, Field field, String value) {
        return where(type, field, List.of(value));
    }

    public boolean matches(SeaEvent e) {
        return e.type() == type && (field == null || values.contains(field.of(e)));
    }

    public String describe() {
        String events = type.key() + " events";
        if (field == null) return events;
        return events + " with " + field.column() + (values.size() == 1 ? " " + values.get(0) : " in (" + String.join(", ", values) + ")");
    }
}
