package medsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.time.LocalDate;
import java.util.List;

import medsim.model.TestRuns;
import medsim.yaml.InputException;

/** The departures block: schedule or behaviour mode, and its errors in one line at their field. */
class DeparturesLoaderTest {
    @TempDir
    Path dir;

    private Path child(String base, String text) throws IOException {
        Path f = dir.resolve("child.yaml");
        Files.writeString(f, "extends: " + TestRuns.scenarioFile(base).toAbsolutePath() + "\n" + text);
        return f;
    }

    private InputException refused(String base, String text) throws IOException {
        Path f = child(base, text);
        return assertThrows(InputException.class, () -> ScenarioLoader.load(f));
    }

    @Test
    void aScenarioWithoutTheBlockFollowsItsScheduleAndBehaviourModeReadsEveryParameter() {
        assertEquals(DeparturesSpec.SCHEDULE, TestRuns.load("small.yaml").departures());
        DeparturesSpec d = TestRuns.load("small-behaviour.yaml").departures();
        assertEquals(DeparturesSpec.Mode.BEHAVIOUR, d.mode());
        DeparturesSpec.Behaviour b = d.behaviour();
        assertEquals(20_000, b.initialWaitingPeople());
        assertEquals(500, b.inflowPeoplePerDay());
        assertEquals(new DeparturesSpec.Detention(1, 4, 0.1, 0.1), b.detention());
        assertEquals("rubber-dinghy", b.boats().get(0).boatType(), "in the order of smuggling.boatTypes");
        assertEquals(new DeparturesSpec.BoatStock("wooden-boat", 20, 5, 40), b.boats().get(1));
        assertTrue(TestRuns.load("small-behaviour.yaml").smuggling().plan().isEmpty());
    }

    @Test
    void theLaunchDecisionIsReadFromItsBlockAndEveryResponseIsOffWithoutIt() {
        DeparturesSpec.LaunchDecision l = TestRuns.load("small-launch.yaml").departures().behaviour().launch();
        assertEquals(new DeparturesSpec.LaunchDecision(0.7, 2, 20, 7, 0.5, 0.1, 10, 0.5, 0.5, 50, 1.5, 2, 0.5, 1.5), l);
        DeparturesSpec.LaunchDecision none = TestRuns.load("small-behaviour.yaml").departures().behaviour().launch();
        assertEquals(new DeparturesSpec.LaunchDecision(0, 3, 30, 7, 0.5, 0.1, 10, 0, 0, 50, 0, 0, 0, 1.5), none, "the declared defaults: every response off");
    }

    @Test
    void theLaunchDecisionsErrorsAreOneLineAtTheirField() throws IOException {
        InputException e = refused("small-behaviour.yaml", "departures:\n  behaviour: {pullElasticity: 5}\n");
        assertEquals("departures.behaviour.pullElasticity", e.field());
        assertEquals(3, e.line());
        e = refused("small-behaviour.yaml", "departures:\n  behaviour: {pullElastic: 0.5}\n");
        assertEquals("departures.behaviour.pullElastic", e.field());
        assertTrue(e.problem().startsWith("is not a known field"), e.problem());
        e = refused("small-behaviour.yaml", "departures:\n  behaviour: {hearingDelayDays: 1.5}\n");
        assertEquals("departures.behaviour.hearingDelayDays", e.field());
    }

    @Test
    void behaviourModeRefusesASchedule() throws IOException {
        InputException e = refused("small-behaviour.yaml", "smuggling: {plan: {2016-06: 100}}\n");
        assertEquals("smuggling.plan", e.field());
        assertEquals("is a departure schedule, which departures.mode: behaviour does not take", e.problem());
        assertEquals(2, e.line());
    }

    @Test
    void scheduleModeNeedsItsPlan() throws IOException {
        InputException e = refused("small.yaml", "departures: {mode: schedule}\nsmuggling: {plan: ~}\n");
        assertEquals("smuggling.plan", e.field());
        assertEquals("is required", e.problem());
        e = refused("small.yaml", "departures: {mode: schedule, waitingShare: 0.1}\n");
        assertEquals("departures.waitingShare", e.field(), "a schedule takes no behaviour parameters: " + e.getMessage());
        assertEquals("is a field of departures.mode: behaviour, which departures.mode: schedule does not take", e.problem());
    }

    @Test
    void badBehaviourParametersAreOneLineAtTheirField() throws IOException {
        assertEquals("departures.mode must be schedule or behaviour (got sometimes)",
                strip(refused("small-behaviour.yaml", "departures: {mode: sometimes}\n")));
        assertEquals("departures.detention.gaveUpShare plus deportedShare must be <= 1 (got 1.25)",
                strip(refused("small-behaviour.yaml", "departures: {detention: {deportedShare: 0.5, gaveUpShare: 0.75}}\n")));
        assertEquals("departures.detention.maxDays must be >= minDays (10)",
                strip(refused("small-behaviour.yaml", "departures: {detention: {minDays: 10, maxDays: 4}}\n")));
        assertEquals("departures.boats has no entry for boat type wooden-boat of smuggling.boatTypes",
                strip(refused("small-behaviour.yaml", "departures: {boats: {wooden-boat: ~}}\n")));
        assertEquals("departures.boats.raft is not a boat type of smuggling.boatTypes",
                strip(refused("small-behaviour.yaml", "departures: {boats: {raft: {initialPerPoint: 1, replenishPerDayPerPoint: 1, maxPerPoint: 1}}}\n")));
        assertEquals("departures.boats.rubber-dinghy.initialPerPoint must be <= maxPerPoint (100)",
                strip(refused("small-behaviour.yaml", "departures: {boats: {rubber-dinghy: {initialPerPoint: 101}}}\n")));
        InputException e = refused("small-behaviour.yaml", "departures: {waitingShare: 2}\n");
        assertEquals("departures.waitingShare", e.field());
    }

    /** A child of small-ashore.yaml (which gives the response) whose enforcement entries are {@code entries}, one a line. */
    private InputException badEnforcement(String... entries) throws IOException {
        return refused("small-ashore.yaml", "departures:\n  enforcementAshore:\n" + String.join("", List.of(entries).stream().map(e -> "    - " + e + "\n").toList()));
    }

    @Test
    void enforcementAshoreIsReadWithOpenEndsAndDatesBeyondThePeriod() {
        DeparturesSpec.Behaviour b = TestRuns.load("small-ashore-zuwara-closed.yaml").departures().behaviour();
        assertEquals(List.of(new DeparturesSpec.Enforcement("zuwara", LocalDate.of(2016, 7, 1), null, 1, "assumption (test)")), b.enforcementAshore());
        assertEquals(new DeparturesSpec.EnforcementResponse(0.2, 3, 0.1, 0.2), b.enforcementResponse());
        assertTrue(TestRuns.load("small-behaviour.yaml").departures().behaviour().enforcementAshore().isEmpty());
    }

    @Test
    void badEnforcementEntriesAreOneLineNamingFileLineColumnAndField() throws IOException {
        Path f = dir.resolve("child.yaml");
        InputException e = badEnforcement("{point: benghazi, from: 2016-07-01, strength: 1, source: assumption}");
        assertEquals(f + ":4:15: departures.enforcementAshore[0].point is not a departure point of smuggling.departurePoints (got benghazi)", e.getMessage());
        e = badEnforcement("{point: zuwara, from: 2016-07-01, to: 2016-06-30, strength: 1, source: assumption}");
        assertEquals(f + ":4:45: departures.enforcementAshore[0].to must not be before from (2016-07-01)", e.getMessage());
        e = badEnforcement("{point: zuwara, from: 2016-07-01, strength: 1.5, source: assumption}");
        assertEquals("departures.enforcementAshore[0].strength", e.field());
        assertEquals(4, e.line());
        assertTrue(e.problem().startsWith("must be <= 1"), e.getMessage());
        e = badEnforcement("{point: zuwara, from: 2016-07-01, strength: -0.1, source: assumption}");
        assertTrue(e.problem().startsWith("must be >= 0"), e.getMessage());
        e = badEnforcement("{point: zuwara, from: 2016-07-01, strength: 1, source: \"\"}");
        assertEquals(f + ":4:62: departures.enforcementAshore[0].source is empty: cite the source, or say assumption", e.getMessage());
        e = badEnforcement("{point: zuwara, from: 2016-06-01, to: 2016-07-10, strength: 0.5, source: assumption}",
                "{point: sabratha, from: 2016-07-05, strength: 0.5, source: assumption}",
                "{point: zuwara, from: 2016-07-10, strength: 1, source: assumption}");
        assertEquals(f + ":6:29: departures.enforcementAshore[2].from overlaps entry 0 of zuwara (2016-06-01 to 2016-07-10); give one strength per point and day",
                e.getMessage());
        e = refused("small-behaviour.yaml", "departures:\n  enforcementAshore:\n    - {point: zuwara, from: 2016-07-01, strength: 1, source: assumption}\n");
        assertEquals("departures.enforcementResponse is required", strip(e));
        e = refused("small-ashore.yaml", "departures: {enforcementResponse: {displacementDays: 0}}\n");
        assertEquals("departures.enforcementResponse.displacementDays must be >= 1 (got 0)", strip(e));
    }

    @Test
    void anOpenEntryOverlapsEveryLaterOneOfItsPointAndEntriesOfOtherPointsMayShareDays() throws IOException {
        InputException e = badEnforcement("{point: zuwara, from: 2016-07-01, strength: 1, source: assumption}",
                "{point: zuwara, from: 2030-01-01, to: 2030-01-02, strength: 1, source: assumption}");
        assertEquals("departures.enforcementAshore[1].from overlaps entry 0 of zuwara (2016-07-01 to open); give one strength per point and day", strip(e));
        Path ok = child("small-ashore.yaml", "departures:\n  enforcementAshore:\n"
                + "    - {point: zuwara, from: 2016-07-01, to: 2016-07-09, strength: 1, source: assumption}\n"
                + "    - {point: zuwara, from: 2016-07-10, strength: 0.5, source: assumption}\n"
                + "    - {point: tripoli, from: 2010-01-01, to: 2010-12-31, strength: 0.5, source: assumption}\n"
                + "    - {point: sabratha, from: 2016-07-01, strength: 0.2, source: assumption}\n");
        assertEquals(4, ScenarioLoader.load(ok).departures().behaviour().enforcementAshore().size(), "entries outside the period are allowed");
    }

    private static String strip(InputException e) {
        return e.field() + " " + e.problem();
    }
}
