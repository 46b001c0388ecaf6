package medsim.record;

import java.io.Closeable;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.LongFunction;

import medsim.event.EventSink;
import medsim.event.SeaEvent;

/**
 * Streams events to events.csv while the run goes, through a partial file that becomes
 * events.csv only when {@link #publish()} is called after a complete run.
 *
 * <p>The rows are formatted and written on a thread of their own, so that a single run's
 * simulation does not wait for them (formatting the numbers was a tenth of a year's time): the
 * events are handed over in batches, in the order accepted, to one writer thread, which writes
 * them in that order, so the file is the same as if written in line. A write that fails, or
 * anything else thrown there, is thrown by the next {@link #accept} or by {@link #publish},
 * and the file is not published.
 */
public final class CsvEventSink implements EventSink, Closeable {
    /** The columns of events.csv. */
    public static final List<String> COLUMNS = List.of("time", "type", "lat", "lon", "actor", "boat", "people", "zone", "distance_libya_nm", "detail");
    /** Events handed to the writer thread at a time. */
    private static final int BATCH = 512;

    private final Path target;
    private final AtomicFiles.Partial file;
    private final CsvWriter out;
    private final LongFunction<LocalDateTime> clock;
    private final ExecutorService writer = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "medsim-events");
        t.setDaemon(true);
        return t;
    });
    private List<SeaEvent> batch = new ArrayList<>(BATCH);
    /** The first failure on the writer thread (a write, or anything thrown there), if any. */
    private volatile Throwable failure;
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
        if (failure != null) throw failed();
        batch.add(e);
        count++;
        if (batch.size() == BATCH) handOver();
    }

    private void handOver() {
        List<SeaEvent> events = batch;
        batch = new ArrayList<>(BATCH);
        writer.execute(() -> write(events));
    }

    /** On the writer thread: the rows of {@code events}, unless a write has failed already. */
    private void write(List<SeaEvent> events) {
        if (failure != null) return;
        try {
            for (SeaEvent e : events) {
                out.text(clock.apply(e.tick()).toString()).text(e.type().key()).num(e.latDeg()).num(e.lonDeg()).text(e.actor())
                        .text(e.boatId() > 0 ? Long.toString(e.boatId()) : "").integer(e.people()).text(e.zone())
                        .num(e.distanceLibyaNm()).text(e.detail()).endRow();
            }
        } catch (IOException | RuntimeException | Error ex) {
            failure = ex; // reported on the run's thread, and the file is never published
        }
    }

    /** The writer thread's failure as the run's thread throws it: a write's as a {@link FileAccessException}, anything else as it was. */
    private RuntimeException failed() {
        if (failure instanceof IOException io) return FileAccessException.writing(target, io);
        if (failure instanceof Error error) throw error;
        return (RuntimeException) failure;
    }

    /** The events accepted so far. */
    public long count() { return count; }

    /** Waits for every event to be written, then gives the file its real name. */
    public void publish() {
        handOver();
        writer.shutdown();
        try {
            while (!writer.awaitTermination(1, TimeUnit.MINUTES)) {
                // a slow disk: keep waiting, the rows must all be written
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw FileAccessException.writing(target, new InterruptedIOException("interrupted while writing events"));
        }
        if (failure != null) throw failed();
        file.publish();
    }

    /** Stops the writer thread and closes the file, deleting it unless it was published. */
    @Override
    public void close() {
        writer.shutdownNow();
        try {
            writer.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        file.close();
    }
}
