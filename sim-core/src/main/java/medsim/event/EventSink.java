package medsim.event;

/** Where events go: a CSV file for a single run, nowhere for a sweep, a list in tests. */
public interface EventSink {
    void accept(SeaEvent event);

    EventSink NONE = e -> { };
}
