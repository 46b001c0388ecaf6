package medsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
        assertTrue(e.problem().startsWith("is not a known field"), e.getMessage());
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

    private static String strip(InputException e) {
        return e.field() + " " + e.problem();
    }
}
