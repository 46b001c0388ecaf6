package medsim.record;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.LongFunction;

import medsim.event.EventSink;
import medsim.event.SeaEvent;

/**
 * Streams events to events.csv while the run goes, through a partial file that becomes
 * events.csv only when {@link #publish()} is called after a complete run.
 */
public final class CsvEventSink implements EventSink, Closeable {
    /** The columns of events.csv. */
    public static final List<String> COLUMNS = List.of("time", "type", "lat", "lon", "actor", "boat", "people", "zone", "distance_libya_nm", "detail");

    private final Path target;
    private final AtomicFiles.Partial file;
    private final CsvWriter out;
    private final LongFunction<LocalDateTime> clock;
    private long count;

    public CsvEventSink(Path target, LongFunction<LocalDateTime> clock) {
        this.target = target;
        this.clock = clock;
        file = AtomicFiles.openPartial(target);
        out = new CsvWriter(file.writer());
        try {
            out.texts(COLUMNS).endRow();
        } catch (IOException e) {
            close();
            throw FileAccessException.writing(target, e);
        }
    }

    @Override
    public void accept(SeaEvent e) {
        try {
            out.text(clock.apply(e.tick()).toString()).text(e.type().key()).num(e.latDeg()).num(e.lonDeg()).text(e.actor())
                    .text(e.boatId() > 0 ? Long.toString(e.boatId()) : "").integer(e.people()).text(e.zone())
                    .num(e.distanceLibyaNm()).text(e.detail()).endRow();
            count++;
        } catch (IOException ex) {
            throw FileAccessException.writing(target, ex);
        }
    }

    public long count() { return count; }

    /** Closes the file and gives it its real name. */
    public void publish() {
        file.publish();
    }

    /** Closes the file, and deletes it if the run did not finish (if {@link #publish()} was not called). */
    @Override
    public void close() {
        file.close();
    }
}
