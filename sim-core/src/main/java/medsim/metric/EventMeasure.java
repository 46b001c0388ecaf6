package medsim.metric;

import medsim.event.SeaEvent;
import medsim.format.Numbers;

/** What a counter takes from each event it matches: one, or a column of events.csv. */
public enum EventMeasure {
    /** One per event: the number of rows. */
    COUNT(null),
    /** The {@code people} column. */
    PEOPLE("people"),
    /** The {@code distance_libya_nm} column: nm from the Libyan coast. */
    DISTANCE_LIBYA_NM("distance_libya_nm"),
    /** The {@code detail} column read as a number (minutes, for the events whose detail is minutes). */
    DETAIL_NUMBER("detail");

    private final String column;

    EventMeasure(String column) {
        this.column = column;
    }

    /** The column of events.csv summed, or null for a count of rows. */
    public String column() { return column; }

    public double of(SeaEvent e) {
        return switch (this) {
            case COUNT -> 1;
            case PEOPLE -> e.people();
            case DISTANCE_LIBYA_NM -> e.distanceLibyaNm();
            case DETAIL_NUMBER -> Numbers.parse(e.detail());
        };
    }

    String describe() {
        return column == null ? "count of" : "sum of " + column + " over";
    }
}
