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
import medsim.experiment.ComparisonReport;
import medsim.experiment.Seeds;
import medsim.model.TestRuns;
import medsim.scenario.ScenarioLoader;

class CompareCommandTest {
    @TempDir
    Path dir;

    private static String scenario(String name) {
        return TestRuns.scenarioFile(name).toString();
    }

    @Test
    void aWhatIfIsComparedWithTheScenarioItExtendsInATableAndTwoFiles() throws IOException {
        Path out = dir.resolve("cmp");
        Outcome o = medsim("compare", scenario("small-stormy.yaml"), "--replications", "5", "--days", "2", "--seed", "3",
                "--threads", "2", "--out", out.toString(), "-q");
        assertEquals(0, o.code(), o.err());
        assertEquals("", o.err(), "-q: no progress");
        List<String> lines = o.out().lines().toList();
        assertEquals("A: Small test scenario (" + Path.of(scenario("small.yaml")) + ")", lines.get(0), "A is the base the what-if extends");
        assertEquals("B: Small test scenario (" + scenario("small-stormy.yaml") + ")", lines.get(1));
        assertEquals("5 paired replications (common random numbers), base seed 3, 2016-06-01 to 2016-06-02", lines.get(2));
        assertTrue(lines.get(3).matches("\\s+metric\\s+mean A\\s+mean B\\s+B - A \\[95% CI\\]\\s+change"), lines.get(3));
        assertTrue(lines.get(4).startsWith("* "), "the metrics whose interval excludes zero come first, marked: " + lines.get(4));
        assertTrue(o.out().contains("shared metrics differ: their 95% interval of B - A excludes zero (*)"), o.out());
        assertTrue(lines.get(lines.size() - 1).startsWith("wrote " + out.resolve("compare.csv") + " and compare.json"), o.out());

        List<String> csv = Files.readAllLines(out.resolve("compare.csv"));
        assertEquals(String.join(",", ComparisonReport.COLUMNS), csv.get(0));
        List<String> metrics = ScenarioLoader.load(TestRuns.scenarioFile("small.yaml")).metrics().summary();
        assertEquals(metrics.size() + 1, csv.size(), "one row per metric");
        String departed = csv.stream().filter(l -> l.startsWith("departed_people,")).findFirst().orElseThrow();
        String[] f = departed.split(",", -1);
        assertEquals(14, f.length);
        assertEquals("people", f[1]);
        assertEquals("0", f[3], "nobody leaves in a storm");
        assertEquals("-1", f[7], "relative change: all gone");
        assertEquals("true", f[8]);
        assertEquals("", f[9]);

        String json = Files.readString(out.resolve("compare.json"));
        for (String name : List.of("small.yaml", "small-stormy.yaml")) {
            String digest = ScenarioLoader.load(TestRuns.scenarioFile(name)).sources().digest();
            assertTrue(json.contains("\"" + digest + "\""), name + "'s resolved-input digest is recorded");
        }
        assertTrue(json.contains("\"build_id\": "), json);
        assertTrue(json.contains("\"base_seed\": 3,"), json);
        assertTrue(json.contains("\"replications\": 5,"), json);
        assertTrue(json.contains("\"seeds\": [" + Seeds.derive(3, 0) + ", " + Seeds.derive(3, 1) + ", "), json);
        assertTrue(json.contains("\"days\": 2,"), json);
        assertTrue(json.contains("\"posterior\": null,"), json);
        try (var files = Files.list(out)) {
            assertEquals(List.of(".medsim.lock", "compare.csv", "compare.json"), files.map(p -> p.getFileName().toString()).sorted().toList(),
                    "no partial files left; the folder's empty lock file stays");
        }
    }

    @Test
    void withAPosteriorSampleEachPairDrawsTheSameParametersForAAndB() throws IOException {
        Path sample = dir.resolve("posterior.csv");
        Files.writeString(sample, "particle,weight,distance,departures.inflowPeoplePerDay\n1,0.5,1,400\n2,0.5,1,2600\n");
        // B renames A and changes nothing the runs use: with the same draws and seeds, every pair is equal.
        Path same = dir.resolve("renamed.yaml");
        Files.writeString(same, "extends: " + TestRuns.scenarioFile("small-behaviour-inflow-only.yaml").toAbsolutePath() + "\nname: renamed\n");
        Path out = dir.resolve("cmp");
        Outcome o = medsim("compare", same.toString(), "--replications", "10", "--days", "5", "--posterior", sample.toString(),
                "--out", out.toString(), "-q");
        assertEquals(0, o.code(), o.err());
        assertTrue(o.out().startsWith("parameters drawn from " + sample + " (pair i: the same draw for A and B)\n"), o.out());
        assertTrue(o.out().contains("one pair's B - A, 95% predictive"), o.out());
        List<String> csv = Files.readAllLines(out.resolve("compare.csv"));
        List<String> cols = List.of(csv.get(0).split(","));
        String[] departed = csv.stream().filter(l -> l.startsWith("departed_people,")).findFirst().orElseThrow().split(",", -1);
        assertEquals("0", departed[cols.indexOf("difference")], "the same draws, the same seeds: no difference");
        assertTrue(o.out().contains("B gave every pair exactly A's results: what B changes did not act within 2016-06-01 to 2016-06-05"), o.out());
        assertEquals("0", departed[cols.indexOf("pi95_low")]);
        assertEquals("0", departed[cols.indexOf("pi95_high")]);
        String json = Files.readString(out.resolve("compare.json"));
        assertTrue(json.contains("\"posterior\": \"" + sample + "\",\n  \"posterior_sha256\": \""), json);

        // Without the sample both run the scenario's own inflow; the draws' spread is gone from A's runs too.
        Path plain = dir.resolve("plain");
        assertEquals(0, medsim("compare", same.toString(), "--replications", "10", "--days", "5", "--out", plain.toString(), "-q").code());
        double meanDrawn = Double.parseDouble(departed[cols.indexOf("mean_a")]);
        String[] own = Files.readAllLines(plain.resolve("compare.csv")).stream().filter(l -> l.startsWith("departed_people,")).findFirst().orElseThrow()
                .split(",", -1);
        assertFalse(own[cols.indexOf("mean_a")].equals(Double.toString(meanDrawn)) || own[cols.indexOf("mean_a")].equals(departed[cols.indexOf("mean_a")]),
                "drawing the inflow changes A's departures: " + own[cols.indexOf("mean_a")] + " and " + departed[cols.indexOf("mean_a")]);
    }

    @Test
    void aWhatIfThatSetsAParameterOfTheSampleIsRefusedAtTheSamplesColumn() throws IOException {
        Path sample = dir.resolve("posterior.csv");
        Files.writeString(sample, "particle,weight,distance,departures.inflowPeoplePerDay\n1,1,1,400\n");
        Path whatIf = dir.resolve("more-inflow.yaml");
        Files.writeString(whatIf, "extends: " + TestRuns.scenarioFile("small-behaviour-inflow-only.yaml").toAbsolutePath()
                + "\ndepartures:\n  inflowPeoplePerDay: 900\n");
        Path out = dir.resolve("cmp");
        Outcome o = medsim("compare", whatIf.toString(), "--replications", "2", "--days", "2", "--posterior", sample.toString(), "--out", out.toString());
        assertEquals(2, o.code());
        assertEquals(sample + ":1:4: departures.inflowPeoplePerDay is set differently by B (" + whatIf + ":3:23) and by A; drawing it from the sample"
                + " for both would undo that difference: compare on the same draws only what-ifs that leave the sample's parameters alone", o.err().strip());
        assertFalse(Files.exists(out.resolve("compare.csv")));
    }

    @Test
    void twoScenariosGiveTheSameCompareCsvOnOneThreadOrTwo() throws IOException {
        Path one = dir.resolve("one");
        Path two = dir.resolve("two");
        assertEquals(0, medsim("compare", scenario("small.yaml"), scenario("small-sophia-in-libyan-waters.yaml"), "--replications", "3",
                "--days", "2", "--threads", "1", "--out", one.toString(), "-q").code());
        Outcome o = medsim("compare", scenario("small.yaml"), scenario("small-sophia-in-libyan-waters.yaml"), "--replications", "3",
                "--days", "2", "--threads", "2", "--out", two.toString(), "-q");
        assertEquals(0, o.code(), o.err());
        assertArrayEquals(Files.readAllBytes(one.resolve("compare.csv")), Files.readAllBytes(two.resolve("compare.csv")));
        assertTrue(Files.readString(two.resolve("compare.csv")).contains(",fewer than 5 replications,,,,\n"), "three pairs: no interval, said why");
        assertTrue(o.out().contains("no confidence intervals: fewer than 5 replications"), o.out());
        assertFalse(o.out().contains("excludes zero"), "without intervals, no count of metrics whose interval excludes zero: " + o.out());
    }

    @Test
    void aScenarioThatExtendsNothingIsRefusedWithItsFileLineAndColumn() {
        Outcome o = medsim("compare", scenario("small.yaml"), "--days", "1", "--out", dir.resolve("x").toString(), "-q");
        assertEquals(MedsimCommand.BAD_INPUT, o.code());
        assertTrue(o.err().matches(java.util.regex.Pattern.quote(scenario("small.yaml"))
                + ":\\d+:\\d+: extends no scenario, so there is nothing to compare it with: .*\\n"), o.err());
        assertFalse(Files.exists(dir.resolve("x")), "nothing written");
    }

    @Test
    void badFilesAndFlagsGetOneLineAndExitTwo() {
        Outcome missing = medsim("compare", dir.resolve("nope.yaml").toString(), scenario("small.yaml"), "-q");
        assertEquals(MedsimCommand.BAD_INPUT, missing.code());
        assertEquals(dir.resolve("nope.yaml") + ": no such file\n", missing.err());
        Outcome days = medsim("compare", scenario("small-stormy.yaml"), "--days", "22", "-q");
        assertEquals(MedsimCommand.BAD_INPUT, days.code());
        assertEquals("--days must be between 1 and 21, the shorter scenario's period (got 22)\n", days.err());
        Outcome reps = medsim("compare", scenario("small-stormy.yaml"), "--replications", "0", "-q");
        assertEquals(MedsimCommand.BAD_INPUT, reps.code());
        assertEquals(1, reps.err().lines().count(), reps.err());
        Outcome three = medsim("compare", scenario("small.yaml"), scenario("small.yaml"), scenario("small.yaml"));
        assertEquals(MedsimCommand.BAD_INPUT, three.code());
    }
}
