package medsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import medsim.record.Plural;

class PluralTest {
    @TempDir
    Path dir;

    @Test
    void aCountOfOneTakesTheSingular() {
        assertEquals("1 run", Plural.of(1, "run"));
        assertEquals("0 runs", Plural.of(0, "run"));
        assertEquals("2 runs", Plural.of(2, "run"));
        assertEquals("1 asset class", Plural.of(1, "asset class", "asset classes"));
        assertEquals("people", Plural.noun(3, "person", "people"));
    }

    @Test
    void messagesSayOneShardAndOneCpuNotOneShards() {
        String sweep = Path.of("src", "test", "resources", "sweeps", "small-factorial.yaml").toString();
        CliTest.Outcome o = CliTest.medsim("slurm", sweep, "--tasks", "1", "--out", dir.resolve("s").toString());
        assertEquals(0, o.code(), o.err());
        assertTrue(o.out().contains(": 8 runs in 1 shard of 1 CPU each, as one job array\n"), o.out());
    }
}
