package medsim.cli;

import static medsim.cli.CliTest.medsim;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import medsim.cli.CliTest.Outcome;
import medsim.experiment.Prediction;
import medsim.experiment.Seeds;
import medsim.model.TestRuns;
import medsim.scenario.ScenarioLoader;

/** {@code medsim predict}: replications, their mean and predictive intervals per metric, with or without a posterior sample. */
class PredictCommandTest {
    private static final String SCENARIO = TestRuns.scenarioFile("small-behaviour-inflow-only.yaml").toString();

    @TempDir
    Path dir;

    /** A metric's row of predictive.csv, by column name. */
    private static double cell(Path csv, String metric, String column) throws IOException {
        List<String> lines = Files.readAllLines(csv);
        List<String> cols = List.of(lines.get(0).split(","));
        String row = lines.stream().filter(l -> l.startsWith(metric + ",")).findFirst().orElseThrow();
        String v = row.split(",", -1)[cols.indexOf(column)];
        return v.isEmpty() ? Double.NaN : Double.parseDouble(v);
    }

    @Test
    void tenReplicationsGiveEachMetricsMeanAndItsPredictiveIntervalsInATableAndTwoFiles() throws IOException {
        Path out = dir.resolve("p");
        Outcome o = medsim("predict", SCENARIO, "--replications", "10", "--days", "5", "--seed", "4", "--threads", "2", "--out", out.toString(), "-q");
        assertEquals(0, o.code(), o.err());
        List<String> lines = o.out().lines().toList();
        assertTrue(lines.get(0).endsWith("10 replications, base seed 4, 2016-06-01 to 2016-06-05"), lines.get(0));
        assertTrue(lines.get(1).matches("metric\\s+mean \\[95% CI\\]\\s+80% predictive\\s+95% predictive"), lines.get(1));
        assertTrue(lines.get(lines.size() - 1).startsWith("wrote " + out.resolve("predictive.csv") + " and predictive.json"), o.out());

        Path csv = out.resolve("predictive.csv");
        assertEquals(String.join(",", Prediction.COLUMNS), Files.readAllLines(csv).get(0));
        assertEquals(ScenarioLoader.load(Path.of(SCENARIO)).metrics().summary().size() + 1, Files.readAllLines(csv).size(), "one row per metric");
        double low95 = cell(csv, "departed_people", "pi95_low"), low80 = cell(csv, "departed_people", "pi80_low");
        double high80 = cell(csv, "departed_people", "pi80_high"), high95 = cell(csv, "departed_people", "pi95_high");
        double mean = cell(csv, "departed_people", "mean");
        assertTrue(low95 <= low80 && low80 <= mean && mean <= high80 && high80 <= high95 && low95 < high95,
                "nested intervals around the mean: " + low95 + " " + low80 + " " + mean + " " + high80 + " " + high95);

        String json = Files.readString(out.resolve("predictive.json"));
        assertTrue(json.contains("\"seeds\": [" + Seeds.derive(4, 0) + ", " + Seeds.derive(4, 1) + ", "), json);
        assertTrue(json.contains("\"posterior\": null,"), json);
        assertTrue(json.contains("\"inputs_sha256\": \"" + ScenarioLoader.load(Path.of(SCENARIO)).sources().digest() + "\""), json);

        Path one = dir.resolve("one");
        assertEquals(0, medsim("predict", SCENARIO, "--replications", "10", "--days", "5", "--seed", "4", "--threads", "1", "--out", one.toString(), "-q").code());
        assertArrayEquals(Files.readAllBytes(csv), Files.readAllBytes(one.resolve("predictive.csv")), "the same on one thread as on two");
    }

    @Test
    void aPosteriorSampleWidensThePredictiveIntervalWithTheParametersUncertainty() throws IOException {
        Path sample = dir.resolve("posterior.csv");
        Files.writeString(sample, "particle,weight,distance,departures.inflowPeoplePerDay\n1,0.5,1,400\n2,0.5,1,2600\n");
        Path drawn = dir.resolve("drawn"), fixed = dir.resolve("fixed");
        Outcome o = medsim("predict", SCENARIO, "--replications", "12", "--days", "5", "--posterior", sample.toString(), "--out", drawn.toString(), "-q");
        assertEquals(0, o.code(), o.err());
        assertTrue(o.out().startsWith("parameters drawn from " + sample + "\n"), o.out());
        assertEquals(0, medsim("predict", SCENARIO, "--replications", "12", "--days", "5", "--out", fixed.toString(), "-q").code());
        double widthDrawn = cell(drawn.resolve("predictive.csv"), "departed_people", "pi95_high") - cell(drawn.resolve("predictive.csv"), "departed_people", "pi95_low");
        double widthFixed = cell(fixed.resolve("predictive.csv"), "departed_people", "pi95_high") - cell(fixed.resolve("predictive.csv"), "departed_people", "pi95_low");
        assertTrue(widthDrawn > 2 * widthFixed, "two inflows six times apart: " + widthDrawn + " against " + widthFixed + " from the runs' noise alone");
        assertTrue(Files.readString(drawn.resolve("predictive.json")).contains("\"posterior\": \"" + sample + "\",\n  \"posterior_sha256\": \""));
    }

    @Test
    void fewerThanTenReplicationsGiveNoPredictiveIntervalAndSaySo() throws IOException {
        Path out = dir.resolve("p");
        Outcome o = medsim("predict", SCENARIO, "--replications", "3", "--days", "2", "--out", out.toString(), "-q");
        assertEquals(0, o.code(), o.err());
        assertTrue(o.out().contains("no predictive intervals: fewer than 10 replications"), o.out());
        assertTrue(Double.isNaN(cell(out.resolve("predictive.csv"), "departed_people", "pi95_low")));
    }

    @Test
    void badSampleOrFlagsGetOneLineExitTwoAndNothingWritten() throws IOException {
        Path sample = dir.resolve("posterior.csv");
        Files.writeString(sample, "particle,weight,distance,departures.inflowPeoplePerDayy\n1,1,1,400\n");
        Path out = dir.resolve("p");
        Outcome o = medsim("predict", SCENARIO, "--replications", "2", "--posterior", sample.toString(), "--out", out.toString());
        assertEquals(2, o.code());
        assertTrue(o.err().strip().startsWith(sample + ":1:4: departures.inflowPeoplePerDayy "), o.err());
        assertEquals(1, o.err().strip().lines().count(), o.err());
        assertFalse(Files.exists(out.resolve("predictive.csv")));
        Outcome reps = medsim("predict", SCENARIO, "--replications", "0", "-q");
        assertEquals(2, reps.code());
        assertEquals("--replications must be between 1 and 10000 (got 0)", reps.err().strip());
    }
}
