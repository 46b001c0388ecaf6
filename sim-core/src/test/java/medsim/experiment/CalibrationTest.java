package medsim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import medsim.model.TestRuns;
import medsim.scenario.InformationLink;
import medsim.scenario.Scenario;
import medsim.scenario.ScenarioLoader;
import medsim.yaml.InputException;

class CalibrationTest {
    @TempDir
    Path dir;

    /** Behaviour mode, nobody waiting at the start and no re-attempts: departures come from the inflow alone. */
    private final Path scenario = TestRuns.scenarioFile("small-behaviour-inflow-only.yaml");

    private CalibrationSpec spec() {
        return CalibrationSpec.load(TestRuns.scenarioFile("small-calibration.yaml"), scenario, ScenarioLoader.load(scenario).validation());
    }

    @Test
    void calibrationFindsTheInflowThatMatchesTheDeparturesTargetAndKeepsItOnDisk() throws Exception {
        CalibrationSpec spec = spec();
        CalibrationOutputs out = new CalibrationOutputs(dir, spec, scenario, "test");
        List<Calibration.Evaluation> seen = new ArrayList<>();
        Calibration.Evaluation best = new Calibration(scenario, spec, 2).run((e, b) -> {
            out.record(e, b);
            seen.add(e);
        });
        out.close();
        assertEquals(spec.maxEvaluations(), seen.size(), "the evaluation budget is spent");
        assertTrue(best.loss() < seen.get(0).loss(), "better than the start: " + best.loss() + " vs " + seen.get(0).loss());
        assertTrue(best.rows().get(0).withinTolerance(), "fitted within the 5% tolerance");
        // No one waits at the start and no one returned is released within the 21 days, so
        // departures never exceed 21 days of inflow: 18,000 less 5% needs at least 814 a day.
        // The calm June sea and ample boats let nearly all of them go, so not much more.
        double perDay = best.values()[0];
        assertTrue(perDay >= 18_000 * 0.95 / 21 && perDay <= 18_000 * 1.3 / 21, "inflow " + perDay + " people a day");
        assertEquals(seen.size() + 1, Files.readAllLines(dir.resolve("calibration.csv")).size());
        Scenario calibrated = ScenarioLoader.load(dir.resolve("calibrated.yaml"));
        assertEquals(best.values()[0], calibrated.departures().behaviour().inflowPeoplePerDay(), 1e-6);
    }

    /**
     * A child scenario replaces a list whole, so the calibrated scenario restates the list of
     * a fitted entry field: the scenario's own entries, with the fitted value set.
     */
    @Test
    void aFittedListEntryFieldIsWrittenIntoTheCalibratedScenarioAsTheWholeListWithThatValueSet() throws Exception {
        Path sharing = TestRuns.scenarioFile("sharing.yaml");
        ParameterRange delay = new ParameterRange(0, 600, false, false), scale = new ParameterRange(0.5, 2, false, false);
        CalibrationSpec spec = new CalibrationSpec(dir.resolve("c.yaml"), List.of(new CalibrationSpec.Parameter("informationLinks[0].delayMinutes", delay, 30, 4, 3),
                new CalibrationSpec.Parameter("smuggling.planScale", scale, 1, 5, 3)), java.util.Map.of(), 1, 1, 1, 0.25, 1);
        CalibrationOutputs out = new CalibrationOutputs(dir, spec, sharing, "test");
        Calibration.Evaluation e = new Calibration.Evaluation(1, new double[] {42.5, 0.75}, 0.1, List.of());
        out.record(e, e);
        out.close();
        Scenario base = ScenarioLoader.load(sharing), calibrated = ScenarioLoader.load(dir.resolve("calibrated.yaml"));
        assertEquals(42.5, calibrated.informationLinks().get(0).delayMinutes());
        assertEquals(0.75, calibrated.smuggling().planScale());
        InformationLink was = base.informationLinks().get(0), is = calibrated.informationLinks().get(0);
        assertEquals(was, new InformationLink(is.sender(), is.receivers(), 30, is.from(), is.to(), is.basis()), Files.readString(dir.resolve("calibrated.yaml")));
        assertEquals(base.informationLinks().size(), calibrated.informationLinks().size());
    }

    @Test
    void theSameCalibrationGivesTheSameAnswerWhateverTheThreads() {
        CalibrationSpec s = spec();
        CalibrationSpec shortRun = new CalibrationSpec(s.file(), s.parameters(), s.targetWeights(), 2, 4, 4, 0.25, 3);
        List<Double> one = new ArrayList<>();
        List<Double> two = new ArrayList<>();
        new Calibration(scenario, shortRun, 1).run((e, b) -> one.add(e.loss()));
        new Calibration(scenario, shortRun, 2).run((e, b) -> two.add(e.loss()));
        assertEquals(one, two);
    }

    @Test
    void aCheckTargetIsNeverFitted() throws Exception {
        Path cal = dir.resolve("cal.yaml");
        Files.writeString(cal, "parameters:\n  departures.inflowPeoplePerDay: {min: 500, max: 1500}\ntargets:\n  departures: 1\n  monthly: 1\n");
        InputException e = assertThrows(InputException.class, () -> CalibrationSpec.load(cal, scenario, ScenarioLoader.load(scenario).validation()));
        assertEquals(5, e.line());
        assertTrue(e.getMessage().contains("monthly is a check (use: check in the scenario): calibration fits only targets with use: fit"), e.getMessage());
        Files.writeString(cal, "parameters:\n  departures.inflowPeoplePerDay: {min: 500, max: 1500}\n");
        assertEquals(List.of("departures", "share-sophia"), List.copyOf(CalibrationSpec.load(cal, scenario, ScenarioLoader.load(scenario).validation()).targetWeights().keySet()),
                "without targets, every fit target and no check");
    }

    @Test
    void aPointFitWithMoreParametersThanFitTargetsIsRefusedAtItsParameters() throws Exception {
        Path cal = dir.resolve("cal.yaml");
        Files.writeString(cal, "parameters:\n  departures.inflowPeoplePerDay: {min: 500, max: 1500}\n  departures.waitingShare: {min: 0, max: 0.5}\n"
                + "targets:\n  departures: 1\n  share-sophia: 0\n");
        InputException e = assertThrows(InputException.class, () -> CalibrationSpec.load(cal, scenario, ScenarioLoader.load(scenario).validation()));
        assertEquals(2, e.line(), "the parameters, from their first");
        assertTrue(e.getMessage().contains("fits 2 parameters to 1 target with a weight above 0: a point fit needs at least as many targets as parameters"), e.getMessage());
    }

    @Test
    void aBadParameterPathIsAnErrorAtItsLineInTheCalibrationFile() throws Exception {
        Path cal = dir.resolve("cal.yaml");
        Files.writeString(cal, "parameters:\n  boatTypes.rubber-dinghy.capsizeHazard: {min: 0.001, max: 0.01}\n");
        InputException e = assertThrows(InputException.class, () -> CalibrationSpec.load(cal, scenario, ScenarioLoader.load(scenario).validation()));
        assertEquals(cal.toString(), e.file());
        assertEquals(2, e.line());
        assertTrue(e.getMessage().contains("boatTypes.rubber-dinghy.capsizeHazard is not a known field"), e.getMessage());
    }

    @Test
    void aListEntryPathIsCheckedAgainstTheScenarioAtItsLineInTheCalibrationFile() throws Exception {
        Path cal = dir.resolve("cal.yaml");
        Files.writeString(cal, "parameters:\n  departures.inflowPeoplePerDay: {min: 500, max: 1500}\n  informationLinks[0].delayMinutes: {min: 0, max: 60}\n");
        InputException e = assertThrows(InputException.class, () -> CalibrationSpec.load(cal, scenario, ScenarioLoader.load(scenario).validation()));
        assertEquals(cal + ":3:37: informationLinks[0].delayMinutes indexes informationLinks, which is not in the scenario "
                + "(an override sets a field of a list entry the scenario has; it does not add one)", e.getMessage());
        Files.writeString(cal, "parameters:\n  weather.meanWindSpeedMsByMonth[12]: {min: 4, max: 8}\n");
        e = assertThrows(InputException.class, () -> CalibrationSpec.load(cal, scenario, ScenarioLoader.load(scenario).validation()));
        assertTrue(e.getMessage().startsWith(cal + ":2:"), e.getMessage());
        assertTrue(e.getMessage().endsWith("addresses entry [12] of weather.meanWindSpeedMsByMonth, which has 12 entries in the scenario (indexes 0 to 11)"), e.getMessage());
        Files.writeString(cal, "parameters:\n  weather.meanWindSpeedMsByMonth[11]: {min: 4, max: 8}\n");
        assertEquals("weather.meanWindSpeedMsByMonth[11]", CalibrationSpec.load(cal, scenario, ScenarioLoader.load(scenario).validation()).parameters().get(0).path());
    }

    @Test
    void aBoundOutsideTheFieldsRangeIsAnErrorAtTheBoundBeforeAnyEvaluation() throws Exception {
        Path cal = dir.resolve("cal.yaml");
        Files.writeString(cal, "parameters:\n  smuggling.distress.callProbability: {min: 0.2, max: 1.5}\n");
        InputException e = assertThrows(InputException.class, () -> CalibrationSpec.load(cal, scenario, ScenarioLoader.load(scenario).validation()));
        assertEquals(cal + ":2:" + ("  smuggling.distress.callProbability: {min: 0.2, max: ".length() + 1) + ": smuggling.distress.callProbability must be <= 1 (got 1.5)", e.getMessage());
        Files.writeString(cal, "parameters:\n  forces.sophia.assets.warship.count: {min: 1, max: 3}\n");
        InputException fraction = assertThrows(InputException.class, () -> CalibrationSpec.load(cal, scenario, ScenarioLoader.load(scenario).validation()));
        assertEquals(2, fraction.line());
        assertTrue(fraction.getMessage().endsWith("without integer: true, the search tries fractional values"), fraction.getMessage());
        Files.writeString(cal, "parameters:\n  smuggling.distress.callProbability: {min: 0.2, max: 0.9}\n");
        assertEquals(1, CalibrationSpec.load(cal, scenario, ScenarioLoader.load(scenario).validation()).parameters().size());
    }

    @Test
    void anUnknownTargetIsAnError() throws Exception {
        Path cal = dir.resolve("cal.yaml");
        Files.writeString(cal, "parameters:\n  departures.inflowPeoplePerDay: {min: 500, max: 1500}\ntargets:\n  deaths: 1\n");
        InputException e = assertThrows(InputException.class, () -> CalibrationSpec.load(cal, scenario, ScenarioLoader.load(scenario).validation()));
        assertEquals(4, e.line());
        assertTrue(e.getMessage().contains("is not a validation target of the scenario"), e.getMessage());
    }

    /** Each value alone valid, the two together not (shares above 1 between them): one line naming the candidate, before its runs. */
    @Test
    void aCandidateTheScenarioRefusesTogetherIsOneLineNamingItsValues() throws Exception {
        Path cal = dir.resolve("cal.yaml");
        Files.writeString(cal, "maxEvaluations: 4\nparameters:\n  departures.detention.deportedShare: {min: 0.5, max: 0.9, start: 0.9}\n"
                + "  departures.detention.gaveUpShare: {min: 0.5, max: 0.9, start: 0.9}\n");
        CalibrationSpec spec = CalibrationSpec.load(cal, scenario, ScenarioLoader.load(scenario).validation());
        InputException e = assertThrows(InputException.class, () -> new Calibration(scenario, spec, 1).evaluate(1, new double[] {0.9, 0.9}));
        assertTrue(e.getMessage().startsWith(cal + ":4:"), e.getMessage());
        assertTrue(e.getMessage().contains("plus deportedShare must be <= 1"), e.getMessage());
        assertTrue(e.getMessage().endsWith("at evaluation 1, a candidate of the search (departures.detention.deportedShare = 0.9, "
                + "departures.detention.gaveUpShare = 0.9): the parameters' ranges allow values the scenario refuses together; narrow them"), e.getMessage());
    }
}
