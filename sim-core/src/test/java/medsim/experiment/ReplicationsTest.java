package medsim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongFunction;

import org.junit.jupiter.api.Test;

import medsim.event.EventSink;
import medsim.metric.Recorder;

class ReplicationsTest {
    private static RunResult result(long seed) {
        return new RunResult(seed, Map.of("x", (double) seed), new Recorder(EventSink.NONE, List.of(), List.of(), List.of()).daily(LocalDate.of(2016, 1, 1)));
    }

    @Test
    void replicationsComeBackInSeedOrderWhateverTheThreads() {
        List<Long> one = Replications.run(ReplicationsTest::result, 9, 6, 1, i -> { }).stream().map(RunResult::seed).toList();
        List<Long> three = Replications.run(ReplicationsTest::result, 9, 6, 3, i -> { }).stream().map(RunResult::seed).toList();
        assertEquals(one, three);
        List<Long> expected = new ArrayList<>();
        for (int i = 0; i < 6; i++) expected.add(Seeds.derive(9, i));
        assertEquals(expected, one);
    }

    @Test
    void anyFailedReplicationFailsTheWholeNamingTheFirstFewAndCountingAll() {
        Set<Long> ran = ConcurrentHashMap.newKeySet();
        LongFunction<RunResult> failing = seed -> {
            ran.add(seed);
            int i = 0;
            while (Seeds.derive(1, i) != seed) i++;
            if (i % 2 == 1) throw new IllegalStateException("boat " + i + " sank the model");
            return result(seed);
        };
        List<Integer> told = new ArrayList<>();
        RunsFailedException e = assertThrows(RunsFailedException.class, () -> Replications.run(failing, 1, 10, 2, told::add));
        assertEquals("5 of 10 replications failed: replication 1 (seed " + Seeds.derive(1, 1) + "): internal error: java.lang.IllegalStateException: boat 1 sank the model; "
                + "replication 3 (seed " + Seeds.derive(1, 3) + "): internal error: java.lang.IllegalStateException: boat 3 sank the model; "
                + "replication 5 (seed " + Seeds.derive(1, 5) + "): internal error: java.lang.IllegalStateException: boat 5 sank the model; ...", e.getMessage());
        assertEquals(10, ran.size(), "every replication ran: the count is the true count");
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10), told, "progress counts failed replications too");
        assertEquals("boat 1 sank the model", e.getCause().getMessage());
        assertEquals("calibration stopped at evaluation 4: " + e.getMessage(), e.in("calibration stopped at evaluation 4").getMessage());
    }
}
