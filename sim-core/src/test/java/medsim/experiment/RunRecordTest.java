package medsim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunRecordTest {
    @TempDir
    Path dir;

    @Test
    void aFailedRunsErrorReadsBackFromTheJournalExactlyAsTheUninterruptedSweepKeepsIt() throws IOException {
        RunRecord failed = new RunRecord(0, false, new double[] {Double.NaN}, "line one\nline two\r\nline three, \"quoted\"");
        try (SweepJournal journal = SweepJournal.open(dir, List.of("dead_missing"))) {
            journal.append(failed);
        }
        Map<Integer, RunRecord> back = SweepJournal.read(dir, List.of("dead_missing"));
        assertEquals("line one line two line three, \"quoted\"", failed.error());
        assertEquals(failed.error(), back.get(0).error());
    }
}
