package medsim.metric;

import medsim.event.SeaEvent;

/** What a counter takes from each event it matches: one, or a column of events.csv. */
public enum EventMeasure {
    /** One per event: the number of rows. */
    COUNT(null),
    /** The {@code people} column. */
    PEOPLE("people"),
    /** The {@code distance_libya_nm} column: nm from the Libyan coast. */
    DISTANCE_LIBYA_NM("distance_libya_nm");

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
        };
    }

    String describe() {
        return column == null ? "count of" : "sum of " + column + " over";
    }
}
