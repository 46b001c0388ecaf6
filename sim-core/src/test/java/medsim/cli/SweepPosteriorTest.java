package medsim.cli;

import static medsim.cli.CliTest.medsim;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import medsim.cli.CliTest.Outcome;
import medsim.model.TestRuns;

/** A sweep whose replications draw their other parameters from a posterior sample: common draws across points, recorded, checked. */
class SweepPosteriorTest {
    @TempDir
    Path dir;

    private Path sweep(String posteriorLine) throws IOException {
        Path sample = dir.resolve("posterior.csv");
        // Two inflows six times apart: the draw shows in every run's departures.
        Files.writeString(sample, "particle,weight,distance,departures.inflowPeoplePerDay\n1,0.5,1,400\n2,0.5,1,2600\n");
        Path file = dir.resolve("sweep.yaml");
        Files.writeString(file, "scenario: " + TestRuns.scenarioFile("small-behaviour-inflow-only.yaml").toAbsolutePath() + "\nseed: 5\nreplications: 6\ndays: 3\n"
                + "design: {type: full-factorial}\nparameters:\n  forces.ngo.assets.ship.count: {levels: [0, 2]}\nmetrics: [departed_people]\n" + posteriorLine);
        return file;
    }

    /** runs.csv's rows as maps of column to cell. */
    private static List<java.util.Map<String, String>> rows(Path runsCsv) throws IOException {
        List<String> lines = Files.readAllLines(runsCsv);
        List<String> header = List.of(lines.get(0).split(","));
        List<java.util.Map<String, String>> out = new ArrayList<>();
        for (String l : lines.subList(1, lines.size())) {
            String[] cells = l.split(",", -1);
            java.util.Map<String, String> m = new java.util.HashMap<>();
            for (int i = 0; i < header.size(); i++) m.put(header.get(i), cells[i]);
            out.add(m);
        }
        return out;
    }

    @Test
    void replicationRDrawsTheSameParameterSetAtEveryPointAndTheRunsSayWhich() throws IOException {
        Path out = dir.resolve("s");
        Outcome o = medsim("sweep", sweep("posterior: posterior.csv\n").toString(), "--threads", "2", "--out", out.toString());
        assertEquals(0, o.code(), o.err());
        List<java.util.Map<String, String>> runs = rows(out.resolve("runs.csv"));
        assertEquals(12, runs.size());
        java.util.Set<String> lines = new java.util.TreeSet<>();
        for (int r = 0; r < 6; r++) {
            int rep = r;
            List<String> drawn = runs.stream().filter(m -> m.get("replication").equals(Integer.toString(rep))).map(m -> m.get("posterior_line")).toList();
            assertEquals(2, drawn.size());
            assertEquals(drawn.get(0), drawn.get(1), "replication " + r + " draws one set at both points");
            lines.add(drawn.get(0));
        }
        assertEquals(java.util.Set.of("2", "3"), lines, "six replications draw both particles (lines 2 and 3 of the sample)");
        String json = Files.readString(out.resolve("sweep.json"));
        assertTrue(json.contains("\"role\": \"posterior\""), json);

        Path one = dir.resolve("one");
        assertEquals(0, medsim("sweep", sweep("posterior: posterior.csv\n").toString(), "--threads", "1", "--out", one.toString()).code());
        assertArrayEquals(Files.readAllBytes(out.resolve("runs.csv")), Files.readAllBytes(one.resolve("runs.csv")), "the same on one thread as on two");

        Path plain = dir.resolve("plain");
        assertEquals(0, medsim("sweep", sweep("").toString(), "--out", plain.toString()).code());
        assertTrue(!Files.readAllLines(plain.resolve("runs.csv")).get(0).contains("posterior_line"), "no sample, no column");
    }

    @Test
    void aChangedSampleRefusesTheResumeAndABadOneIsOneLineAtItsPlace() throws IOException {
        Path file = sweep("posterior: posterior.csv\n");
        Path out = dir.resolve("s");
        assertEquals(0, medsim("sweep", file.toString(), "--out", out.toString(), "-q").code());
        Files.writeString(dir.resolve("posterior.csv"), "particle,weight,distance,departures.inflowPeoplePerDay\n1,0.5,1,500\n2,0.5,1,2600\n");
        Outcome resumed = medsim("sweep", file.toString(), "--out", out.toString(), "-q");
        assertEquals(2, resumed.code(), resumed.err());
        assertTrue(resumed.err().contains("posterior"), "the refusal names the changed sample: " + resumed.err());

        Files.writeString(dir.resolve("posterior.csv"), "particle,weight,distance,departures.inflowPeoplePerDayy\n1,1,1,400\n");
        Outcome bad = medsim("check", file.toString());
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains(dir.resolve("posterior.csv") + ":1:4: departures.inflowPeoplePerDayy "), bad.err());
        Outcome missing = medsim("check", sweep("posterior: nowhere.csv\n").toString());
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("sweep.yaml:9:12: posterior names a posterior sample that"), missing.err());
    }
}
