package medsim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import medsim.yaml.InputException;

/**
 * ABC-SMC with a journal ({@link AbcJournal}) on the toy simulator of {@link AbcSmcTest}: an
 * interrupted run resumes from its journal, shards share a run through their journals, and
 * both give the generations of one uninterrupted process.
 */
class AbcJournalTest {
    static final List<String> PARAMETERS = List.of("theta", "ignored");
    static final AbcJournal.Identity ID = new AbcJournal.Identity("build", "inputs", "calibration");
    static final Duration WAIT = Duration.ofMinutes(5);

    @TempDir
    Path dir;

    static AbcSmc abc(int threads) {
        return new AbcSmc(2, new AbcSmc.Settings(20, 4, 0.5, 10_000, 11, threads));
    }

    static void assertSameGenerations(List<AbcSmc.Generation> expected, List<AbcSmc.Generation> actual) {
        assertEquals(expected.size(), actual.size(), "generations");
        for (int g = 0; g < expected.size(); g++) {
            AbcSmc.Generation a = expected.get(g), b = actual.get(g);
            assertEquals(a.tolerance(), b.tolerance(), 0.0);
            assertEquals(a.simulations(), b.simulations());
            for (int i = 0; i < a.particles().size(); i++) {
                AbcSmc.Particle p = a.particles().get(i), q = b.particles().get(i);
                assertEquals(p.weight(), q.weight(), 0.0);
                assertEquals(p.distance(), q.distance(), 0.0);
                assertEquals(List.of(p.unit()[0], p.unit()[1]), List.of(q.unit()[0], q.unit()[1]));
            }
        }
    }

    @Test
    void anInterruptedRunResumesFromItsJournalSimulatingOnlyWhatItLacks() throws IOException {
        AtomicInteger calls = new AtomicInteger();
        List<AbcSmc.Generation> whole = abc(1).run((key, unit) -> {
            calls.incrementAndGet();
            return AbcSmcTest.TOY.at(key, unit);
        }, g -> { });
        int total = calls.get();
        assertEquals(total, whole.stream().mapToInt(AbcSmc.Generation::simulations).sum());

        int before = 37; // the 38th simulation fails, as a killed process would stop
        AtomicInteger first = new AtomicInteger();
        try (AbcJournal journal = AbcJournal.open(dir, AbcSmc.Share.ALL, PARAMETERS, ID, false, WAIT)) {
            assertThrows(IllegalStateException.class, () -> abc(1).run((key, unit) -> {
                if (first.incrementAndGet() > before) throw new IllegalStateException("killed");
                return AbcSmcTest.TOY.at(key, unit);
            }, journal, AbcSmc.Share.ALL, g -> { }));
        }
        // a kill mid-line leaves a torn last line, which a resume drops
        Files.writeString(dir.resolve(AbcJournal.fileName(0)), "2,9", StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);

        AtomicInteger second = new AtomicInteger();
        List<AbcSmc.Generation> resumed;
        try (AbcJournal journal = AbcJournal.open(dir, AbcSmc.Share.ALL, PARAMETERS, ID, true, WAIT)) {
            resumed = abc(2).run((key, unit) -> {
                second.incrementAndGet();
                return AbcSmcTest.TOY.at(key, unit);
            }, journal, AbcSmc.Share.ALL, g -> { });
        }
        assertSameGenerations(whole, resumed);
        assertEquals(total - before, second.get(), "the resumed run simulates only what the journal lacks");
        assertEquals(2 + total, Files.readAllLines(dir.resolve(AbcJournal.fileName(0))).size(), "the journal holds every simulation once, and no torn line");
    }

    @Test
    void twoShardsRunningAtOnceGiveTheGenerationsOfOneProcessAndSimulateEachProposalOnce() throws Exception {
        List<AbcSmc.Generation> whole = abc(1).run(AbcSmcTest.TOY, g -> { });
        int total = whole.stream().mapToInt(AbcSmc.Generation::simulations).sum();
        Set<Long> simulated = ConcurrentHashMap.newKeySet();
        AtomicInteger calls = new AtomicInteger();
        ExecutorService shards = Executors.newFixedThreadPool(2);
        try {
            List<Future<List<AbcSmc.Generation>>> runs = new ArrayList<>();
            for (int k = 0; k < 2; k++) {
                AbcSmc.Share share = new AbcSmc.Share(k, 2);
                runs.add(shards.submit(() -> {
                    try (AbcJournal journal = AbcJournal.open(dir, share, PARAMETERS, ID, false, WAIT)) {
                        return abc(1).run((key, unit) -> {
                            calls.incrementAndGet();
                            simulated.add(key);
                            return AbcSmcTest.TOY.at(key, unit);
                        }, journal, share, g -> { });
                    }
                }));
            }
            for (Future<List<AbcSmc.Generation>> run : runs) assertSameGenerations(whole, run.get());
        } finally {
            shards.shutdownNow();
        }
        assertEquals(total, calls.get(), "each proposal simulated once across the shards");
        assertEquals(total, simulated.size());
    }

    @Test
    void aShardStopsWhenTheOthersDoNotRecordTheirProposalsInTime() {
        try (AbcJournal journal = AbcJournal.open(dir, new AbcSmc.Share(1, 3), PARAMETERS, ID, false, Duration.ZERO)) {
            AbcJournal.WaitedTooLong e = assertThrows(AbcJournal.WaitedTooLong.class,
                    () -> abc(1).run(AbcSmcTest.TOY, journal, new AbcSmc.Share(1, 3), g -> { }));
            assertTrue(e.getMessage().startsWith("shard 1/3 waited longer than --shard-wait 0s for shards 0 and 2 to record their proposals of generation 0 in "),
                    e.getMessage());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aJournalOfAnotherCalibrationOrDrawIsRefusedWithItsPlace() throws IOException {
        try (AbcJournal journal = AbcJournal.open(dir, AbcSmc.Share.ALL, PARAMETERS, ID, false, WAIT)) {
            abc(1).run(AbcSmcTest.TOY, journal, AbcSmc.Share.ALL, g -> { });
        }
        Path file = dir.resolve(AbcJournal.fileName(0));
        InputException changed = assertThrows(InputException.class,
                () -> AbcJournal.open(dir, AbcSmc.Share.ALL, PARAMETERS, new AbcJournal.Identity("build", "inputs", "other"), true, WAIT));
        assertTrue(changed.getMessage().startsWith(file + ":1:1: is the journal of another calibration: the calibration file changed since it was written"),
                changed.getMessage());

        AbcSmc otherSeed = new AbcSmc(2, new AbcSmc.Settings(20, 4, 0.5, 10_000, 12, 1));
        try (AbcJournal journal = AbcJournal.open(dir, AbcSmc.Share.ALL, PARAMETERS, ID, true, WAIT)) {
            InputException drawn = assertThrows(InputException.class, () -> otherSeed.run(AbcSmcTest.TOY, journal, AbcSmc.Share.ALL, g -> { }));
            assertTrue(drawn.getMessage().matches(java.util.regex.Pattern.quote(file.toString()) + ":\\d+:1: records proposal 0 of generation 0 with key \\d+, where this calibration draws it with key \\d+: .*"),
                    drawn.getMessage());
        }

    }
}
