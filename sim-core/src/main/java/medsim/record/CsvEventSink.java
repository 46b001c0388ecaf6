package medsim.record;

import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.function.LongFunction;

/**
 * Streams events to events.csv while the run goes, through a partial file that becomes
 * events.csv only when {@link #publish()} is called after a complete run.
 */
public final class CsvEventSink implements EventSink, Closeable {
    public static final String HEADER = "time,type,lat,lon,actor,boat,people,zone,distance_libya_nm,detail";

    private final Path target;
    private final AtomicFiles.Partial file;
    private final Writer out;
    private final LongFunction<LocalDateTime> clock;
    private long count;

    public CsvEventSink(Path target, LongFunction<LocalDateTime> clock) {
        this.target = target;
        this.clock = clock;
        file = AtomicFiles.openPartial(target);
        out = file.writer();
        try {
            out.write(HEADER);
            out.write('\n');
        } catch (IOException e) {
            close();
            throw FileAccessException.writing(target, e);
        }
    }

    @Override
    public void accept(SeaEvent e) {
        try {
            out.write(clock.apply(e.tick()).toString());
            out.write(',');
            out.write(e.type().key());
            out.write(',');
            out.write(Csv.num(e.latDeg()));
            out.write(',');
            out.write(Csv.num(e.lonDeg()));
            out.write(',');
            out.write(Csv.text(e.actor()));
            out.write(',');
            out.write(e.boatId() > 0 ? Long.toString(e.boatId()) : "");
            out.write(',');
            out.write(Integer.toString(e.people()));
            out.write(',');
            out.write(e.zone());
            out.write(',');
            out.write(Csv.num(e.distanceLibyaNm()));
            out.write(',');
            out.write(Csv.text(e.detail()));
            out.write('\n');
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
