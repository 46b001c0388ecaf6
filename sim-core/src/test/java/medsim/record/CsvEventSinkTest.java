package medsim.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.LongFunction;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import medsim.event.EventType;
import medsim.event.SeaEvent;
import medsim.format.Numbers;

/** events.csv, written on the sink's own thread, holds every event in the order accepted, and nothing until published. */
class CsvEventSinkTest {
    private static final LongFunction<LocalDateTime> CLOCK = tick -> LocalDate.of(2016, 1, 1).atStartOfDay().plusMinutes(5 * tick);

    @TempDir
    Path dir;

    private static SeaEvent event(int i) {
        return new SeaEvent(i / 3, EventType.values()[i % EventType.values().length], 32 + i * 1e-4, 12.5 + i / 7.0,
                "actor-" + i, i + 1, i % 600, "high-seas", i * 0.1, i % 5 == 0 ? "a, quoted \"detail\"" : "");
    }

    @Test
    void everyEventIsARowInTheOrderAcceptedAcrossManyBatches() throws IOException {
        int n = 5_003; // ten batches and a part
        Path target = dir.resolve("events.csv");
        try (CsvEventSink sink = new CsvEventSink(target, CLOCK)) {
            for (int i = 0; i < n; i++) sink.accept(event(i));
            assertEquals(n, sink.count());
            sink.publish();
        }
        List<String> lines = Files.readAllLines(target);
        assertEquals(n + 1, lines.size());
        assertEquals(String.join(",", CsvEventSink.COLUMNS), lines.get(0));
        for (int i : new int[] {0, 1, 511, 512, 513, 4_999, n - 1}) {
            SeaEvent e = event(i);
            String row = lines.get(i + 1);
            String expected = CLOCK.apply(e.tick()) + "," + e.type().key() + "," + Numbers.format(e.latDeg()) + "," + Numbers.format(e.lonDeg())
                    + "," + e.actor() + "," + e.boatId() + "," + e.people() + "," + e.zone() + "," + Numbers.format(e.distanceLibyaNm());
            assertEquals(i % 5 == 0 ? expected + ",\"a, quoted \"\"detail\"\"\"" : expected + ",", row, "row of event " + i);
        }
    }

    @Test
    void aSinkClosedWithoutPublishingLeavesNoFile() throws IOException {
        Path target = dir.resolve("events.csv");
        try (CsvEventSink sink = new CsvEventSink(target, CLOCK)) {
            for (int i = 0; i < 2_000; i++) sink.accept(event(i));
        }
        try (var left = Files.list(dir)) {
            assertFalse(left.findAny().isPresent(), "no events.csv and no partial file");
        }
    }

    @Test
    void aFailureOnTheWriterThreadIsThrownOnTheRunsThreadAndNothingIsPublished() throws IOException {
        Path target = dir.resolve("events.csv");
        LongFunction<LocalDateTime> failing = tick -> {
            if (tick == 300) throw new IllegalStateException("no time for tick 300");
            return CLOCK.apply(tick);
        };
        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> {
            try (CsvEventSink sink = new CsvEventSink(target, failing)) {
                for (int i = 0; i < 2_000; i++) sink.accept(event(i));
                sink.publish();
            }
        });
        assertEquals("no time for tick 300", thrown.getMessage());
        try (var left = Files.list(dir)) {
            assertFalse(left.findAny().isPresent(), "no events.csv and no partial file");
        }
    }
}
