package medsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import medsim.model.TestRuns;

/** {@code medsim calibrate} with {@code method: abc-smc} on the small behaviour scenario: the files it leaves and what they hold. */
class CalibrateAbcTest {
    @TempDir
    Path dir;

    @Test
    void anAbcSmcCalibrationLeavesItsSampleItsSummaryAndAScenarioAtThePosteriorMedian() throws IOException {
        Path cal = dir.resolve("abc.yaml");
        Files.writeString(cal, """
                method: abc-smc
                particles: 6
                generations: 3
                maxEvaluations: 18
                replications: 1
                seed: 5
                parameters:
                  departures.inflowPeoplePerDay: {min: 200, max: 3000}
                """);
        Path out = dir.resolve("out");
        CliTest.Outcome o = CliTest.medsim("calibrate", TestRuns.scenarioFile("small-behaviour-inflow-only.yaml").toString(), cal.toString(),
                "--out", out.toString(), "-q", "--threads", "2");
        assertEquals(0, o.code(), o.err());
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^ABC-SMC: (\\d) generations, (\\d+) simulations of 1 run each").matcher(o.out());
        assertTrue(m.find(), o.out());
        int generations = Integer.parseInt(m.group(1));
        assertTrue(generations >= 2 && Integer.parseInt(m.group(2)) <= 18, o.out());
        List<String> log = Files.readAllLines(out.resolve("abc-smc.csv"));
        assertEquals("generation,tolerance,particle,weight,distance,departures.inflowPeoplePerDay", log.get(0));
        assertEquals(1 + generations * 6, log.size(), "a row per particle of each generation");
        List<String> posterior = Files.readAllLines(out.resolve("posterior.csv"));
        assertEquals(1 + 6, posterior.size());
        double weights = posterior.stream().skip(1).mapToDouble(l -> Double.parseDouble(l.split(",")[1])).sum();
        assertEquals(1, weights, 1e-9);
        List<String> summary = Files.readAllLines(out.resolve("posterior-summary.csv"));
        assertEquals("parameter,prior_min,prior_max,scale,posterior_mean,posterior_median,q2.5,q97.5,contraction,identified", summary.get(0));
        String median = summary.get(1).split(",")[5];
        assertTrue(Files.readString(out.resolve("calibrated.yaml")).contains("inflowPeoplePerDay: " + median), "calibrated.yaml holds the posterior median");
        assertTrue(Files.readString(out.resolve("fit.csv")).contains("departures"), "the fit table at the median");
        String json = Files.readString(out.resolve("calibration.json"));
        for (String fact : List.of("\"method\": \"abc-smc\"", "\"seed\": 5", "\"simulations\": " + m.group(2), "\"generations\": " + generations,
                "\"complete\": true", "\"calibration_sha256\": \"" + medsim.provenance.InputFile.sha256(Files.readAllBytes(cal)) + "\"")) {
            assertTrue(json.contains(fact), "calibration.json records " + fact + ": " + json);
        }
    }

    @Test
    void validateRefusesATargetWhosePeriodTheRunDoesNotCover() throws IOException {
        Path child = dir.resolve("short.yaml");
        Files.writeString(child, "extends: " + TestRuns.scenarioFile("small-behaviour-with-targets.yaml").toAbsolutePath() + "\n"
                + "validation:\n  june:\n    use: check\n    metric: departed_people\n    period: {from: 2016-07-01, to: 2016-07-10}\n"
                + "    observed: 100\n    observationError: 0.2\n");
        CliTest.Outcome o = CliTest.medsim("validate", child.toString(), "--replications", "1", "--out", dir.resolve("v").toString());
        assertEquals(2, o.code());
        assertEquals(child + ":5:13: validation.june.period covers 2016-07-01 to 2016-07-10, which is not within the scenario's period (2016-06-01 to 2016-06-21)",
                o.err().strip());
    }

    @Test
    void validateDrawsEachReplicationsParametersFromAPosteriorSample() throws IOException {
        Path sample = dir.resolve("posterior.csv");
        Files.writeString(sample, "particle,weight,distance,departures.inflowPeoplePerDay\n1,0.5,1,400\n2,0.5,1,2600\n");
        Path out = dir.resolve("v");
        CliTest.Outcome o = CliTest.medsim("validate", TestRuns.scenarioFile("small-behaviour-inflow-only.yaml").toString(), "--replications", "10",
                "--posterior", sample.toString(), "--out", out.toString(), "-q");
        assertEquals(0, o.code(), o.err());
        assertTrue(o.out().contains("parameters drawn from " + sample), o.out());
        List<String> csv = Files.readAllLines(out.resolve("validation.csv"));
        String header = csv.get(0);
        assertTrue(header.contains("pi80_low,pi80_high,pi95_low,pi95_high,inside_pi95"), header);
        String departures = csv.stream().filter(l -> l.startsWith("departures,")).findFirst().orElseThrow();
        List<String> cols = List.of(header.split(","));
        String[] v = departures.split(",");
        double low = Double.parseDouble(v[cols.indexOf("pi95_low")]), high = Double.parseDouble(v[cols.indexOf("pi95_high")]);
        assertTrue(high > 3 * low, "two inflows six times apart spread the runs: " + low + " to " + high);

        Files.writeString(sample, "particle,weight,distance,departures.inflowPeoplePerDayy\n1,1,1,400\n");
        o = CliTest.medsim("validate", TestRuns.scenarioFile("small-behaviour-inflow-only.yaml").toString(), "--replications", "2",
                "--posterior", sample.toString(), "--out", dir.resolve("w").toString());
        assertEquals(2, o.code());
        assertTrue(o.err().strip().startsWith(sample + ":1:4: departures.inflowPeoplePerDayy "), o.err());
        assertEquals(1, o.err().strip().split("\n").length);
    }

    /**
     * The smoke test of ABC-SMC on the real scenario (issue 15: the algorithm is tested on a toy
     * model, the real one only runs): the shipped 2016 year cut to its first week, its year's
     * targets replaced by one made-up target within the week (a smoke test's, not the record's),
     * and the calibrated file's dinghy hazard sampled by two small generations.
     */
    @Test
    void abcSmcRunsOnTheShipped2016ScenarioForAWeek() throws IOException {
        Path week = dir.resolve("week.yaml");
        Files.writeString(week, "extends: " + java.nio.file.Path.of("..", "scenarios", "central-med-2016.yaml").toAbsolutePath().normalize()
                + "\nperiod: {start: 2016-01-01, end: 2016-01-07}\nvalidation: ~\n");
        Path target = dir.resolve("week-target.yaml");
        Files.writeString(target, "extends: week.yaml\nvalidation:\n  week-rescued:\n    use: fit\n    metric: rescued_people\n"
                + "    observed: 3000\n    observationError: 0.3\n");
        Path cal = dir.resolve("cal.yaml");
        Files.writeString(cal, "method: abc-smc\nparticles: 4\ngenerations: 2\nmaxEvaluations: 16\nreplications: 1\nseed: 3\n"
                + "parameters:\n  boatTypes.rubber-dinghy.capsizeHazardPerHour: {min: 0.0005, max: 0.02, scale: log}\n");
        Path out = dir.resolve("real");
        CliTest.Outcome o = CliTest.medsim("calibrate", target.toString(), cal.toString(), "--out", out.toString(), "-q", "--threads", "2");
        assertEquals(0, o.code(), o.err());
        assertEquals(1 + 4, Files.readAllLines(out.resolve("posterior.csv")).size(), "four particles");
        assertTrue(Files.readString(out.resolve("calibrated.yaml")).contains("capsizeHazardPerHour"), "the posterior median, as a scenario");
    }

    @Test
    void aRunTakesOneParameterSetFromAPosteriorSampleAndRecordsIt() throws IOException {
        Path sample = dir.resolve("posterior.csv");
        // Nearly all the weight on the second particle: a draw that ignored the weights would take the first half the time.
        Files.writeString(sample, "particle,weight,distance,departures.inflowPeoplePerDay\n1,0.000001,1,400\n2,1,1,2600\n");
        String scenario = TestRuns.scenarioFile("small-behaviour-inflow-only.yaml").toString();
        Path drawn = dir.resolve("drawn"), own = dir.resolve("own");
        CliTest.Outcome o = CliTest.medsim("run", scenario, "--days", "5", "--seed", "3", "--posterior", sample.toString(), "--out", drawn.toString(), "-q");
        assertEquals(0, o.code(), o.err());
        assertTrue(o.out().startsWith("parameters drawn from " + sample + " (the particle at line 3)\n"), o.out());
        String json = Files.readString(drawn.resolve("run.json"));
        assertTrue(json.contains("\"posterior\": \"" + sample + "\",\n  \"posterior_sha256\": \""), json);
        assertTrue(json.contains("\"posterior_line\": 3,"), json);

        Path set = dir.resolve("set.yaml");
        Files.writeString(set, "extends: " + TestRuns.scenarioFile("small-behaviour-inflow-only.yaml").toAbsolutePath() + "\ndepartures:\n  inflowPeoplePerDay: 2600\n");
        assertEquals(0, CliTest.medsim("run", set.toString(), "--days", "5", "--seed", "3", "--out", own.toString(), "-q").code());
        assertEquals(Files.readString(own.resolve("daily.csv")), Files.readString(drawn.resolve("daily.csv")),
                "the drawn particle's inflow runs as the same value written in a scenario");
        assertTrue(Files.readString(own.resolve("run.json")).contains("\"posterior\": null,"));
    }

    @Test
    void aPointFitsOnlyFieldsAreRefusedForAbcAndTheOtherWayRound() throws IOException {
        Path cal = dir.resolve("abc.yaml");
        Files.writeString(cal, "method: cmaes\nparticles: 6\nparameters:\n  departures.inflowPeoplePerDay: {min: 200, max: 3000}\n");
        CliTest.Outcome o = CliTest.medsim("calibrate", TestRuns.scenarioFile("small-behaviour-inflow-only.yaml").toString(), cal.toString(),
                "--out", dir.resolve("out").toString());
        assertEquals(2, o.code());
        assertEquals(cal + ":2:12: particles is for method: abc-smc", o.err().strip());
        Files.writeString(cal, "method: abc-smc\nparticles: 4\npopulationSize: 6\nparameters:\n  departures.inflowPeoplePerDay: {min: 200, max: 3000}\n");
        o = CliTest.medsim("calibrate", TestRuns.scenarioFile("small-behaviour-inflow-only.yaml").toString(), cal.toString(), "--out", dir.resolve("out").toString());
        assertEquals(2, o.code());
        assertEquals(cal + ":3:17: populationSize is for method: cmaes", o.err().strip());
        Files.writeString(cal, "method: abc-smc\nparticles: 4\nparameters:\n  departures.inflowPeoplePerDay: {min: 200, max: 3000}\ntargets: {departures: 0, share-sophia: 0}\n");
        o = CliTest.medsim("calibrate", TestRuns.scenarioFile("small-behaviour-inflow-only.yaml").toString(), cal.toString(), "--out", dir.resolve("out").toString());
        assertEquals(2, o.code());
        assertTrue(o.err().strip().endsWith("targets gives every target a weight of 0: there is nothing to fit to"), o.err());
        Files.writeString(cal, "method: abc-smc\nparticles: 4\nparameters:\n  departures.inflowPeoplePerDay: {min: 200, max: 3000}\n");
        o = CliTest.medsim("calibrate", TestRuns.scenarioFile("small-behaviour-inflow-only.yaml").toString(), cal.toString(), "--out", dir.resolve("out").toString(),
                "--max-evaluations", "3");
        assertEquals(2, o.code());
        assertTrue(o.err().contains("--max-evaluations 3 allows fewer simulations than the calibration file's particles (4)"), o.err());
        Files.writeString(cal, "method: abc\nparameters:\n  departures.inflowPeoplePerDay: {min: 200, max: 3000}\n");
        o = CliTest.medsim("calibrate", TestRuns.scenarioFile("small-behaviour-inflow-only.yaml").toString(), cal.toString(), "--out", dir.resolve("out").toString());
        assertEquals(2, o.code());
        assertTrue(o.err().strip().endsWith("method must be cmaes (a point fit) or abc-smc (a posterior sample), got 'abc'"), o.err());
    }
}
