package medsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import medsim.actor.WaitingToCross;
import medsim.facts.FactBook;
import medsim.scenario.AssetSpec;
import medsim.scenario.DeparturesSpec;
import medsim.scenario.HeldOut;
import medsim.scenario.Scenario;
import medsim.scenario.ScenarioLoader;

/**
 * The held-out 2017 scenario (scenarios/central-med-2017.yaml): what it deploys on which dates,
 * and two smoke runs of {@link HeldOut#SMOKE_TEST_DAYS} days, the most any test runs of it (its
 * forecast is released only after the validation issue's calibration is frozen).
 */
class CentralMed2017Test {
    private static final Path FILE = Path.of("..", "scenarios", "central-med-2017.yaml");
    private static Scenario y2017;
    private static FactBook facts;

    @BeforeAll
    static void load() {
        y2017 = ScenarioLoader.load(FILE);
        facts = FactBook.load(Path.of("..", "seeds", "facts.yaml"));
    }

    private static LocalDate factDate(String id) {
        return LocalDate.parse(facts.find(id).orElseThrow().value());
    }

    /** Units of a force deployed on a day. */
    private static int deployed(String force, LocalDate day) {
        return y2017.forces().get(force).assets().stream().filter(a -> a.deployedOn(day)).mapToInt(AssetSpec::count).sum();
    }

    private static AssetSpec asset(String force, String id) {
        return y2017.forces().get(force).assets().stream().filter(a -> a.id().equals(force + "/" + id)).findFirst().orElseThrow();
    }

    @Test
    void theForecastIsHeldOutAndCarriesNoValidationTargets() {
        assertNotNull(y2017.heldOut());
        assertEquals(List.of(), y2017.validation());
        assertEquals(LocalDate.of(2017, 1, 1), y2017.startDate());
        assertEquals(365, y2017.days());
        assertEquals(DeparturesSpec.Mode.BEHAVIOUR, y2017.departures().mode());
    }

    @Test
    void eachSuspendedNgoShipLeavesOnItsSuspensionDateAndThreeShipsAreLeftInNovember() {
        for (String[] ship : new String[][] {{"msf-prudence", "ngo.suspension.msf-prudence"},
                {"save-the-children-vos-hestia", "ngo.suspension.save-the-children-vos-hestia"}, {"sea-eye", "ngo.suspension.sea-eye"}}) {
            LocalDate suspended = factDate(ship[1]);
            AssetSpec a = asset("ngo", ship[0]);
            assertTrue(a.deployedOn(suspended), ship[0] + " at sea until its suspension day");
            assertFalse(a.deployedOn(suspended.plusDays(1)), ship[0] + " gone the day after");
        }
        assertEquals(deployed("ngo", LocalDate.of(2017, 8, 11)) - 3, deployed("ngo", LocalDate.of(2017, 8, 14)), "three ships suspended");
        assertEquals((int) facts.find("ngo.active.2017-11").orElseThrow().number(), deployed("ngo", LocalDate.of(2017, 11, 15)),
                "the ships of the NGOs still at sea in November");
    }

    @Test
    void sophiaHasItsSpringAndSummerShipsAndSeaGuardianAndTritonAreDeployed() {
        assertEquals(5, deployed("sophia", LocalDate.of(2017, 1, 15)) - asset("sophia", "patrol-aircraft").count(), "5 ships in spring");
        assertEquals(7, asset("sophia", "warship").count() + asset("sophia", "warship-summer").count(), "7 ships in mid-2017");
        assertTrue(asset("sophia", "warship-summer").deployedOn(LocalDate.of(2017, 8, 1)));
        assertTrue(deployed("sea-guardian", LocalDate.of(2017, 1, 1)) > 0, "Sea Guardian at sea all year");
        assertEquals(11, asset("frontex", "offshore-patrol-vessel").count(), "Triton's 11 vessels of mid-2017, cited, not fitted");
    }

    @Test
    void sabrathaIsUnderEnforcementAshoreFromTheSummer() {
        List<DeparturesSpec.Enforcement> ashore = y2017.departures().behaviour().enforcementAshore();
        assertEquals(List.of("sabratha", "sabratha"), ashore.stream().map(DeparturesSpec.Enforcement::point).toList());
        assertEquals(LocalDate.of(2017, 7, 1), ashore.get(0).from());
        assertEquals(factDate("ashore.sabratha.fighting.end"), ashore.get(0).to());
        assertEquals(factDate("ashore.sabratha.fighting.end").plusDays(1), ashore.get(1).from());
    }

    /** A run of the scenario: its summary and the days on which the books of people ashore did not balance. */
    private record Run(Map<String, Double> summary, List<String> unbalancedDays, List<AssetHours> assets) {}

    private static Run run(Scenario s) {
        assertTrue(s.days() <= HeldOut.SMOKE_TEST_DAYS, "never more than the smoke test of a held-out scenario");
        MedSim sim = TestRuns.started(s, 1);
        List<String> unbalanced = new ArrayList<>();
        ScenarioRun.toEnd(sim, (m, day, days) -> {
            WaitingToCross w = m.network().waitingToCross();
            long in = w.initialWaitingPeople() + w.inflowPeople() + w.returnedPeople();
            long out = w.launchedPeople() + w.waitingPeople() + w.peopleInDetention() + w.gaveUpPeople() + w.deportedPeople() + w.peopleInTransit();
            if (in != out) unbalanced.add("day " + day + ": in " + in + " out " + out);
        });
        return new Run(sim.outcome().summary(), unbalanced, sim.outcome().assets());
    }

    @Test
    void aWeekFromNewYearLaunchesBoatsAndKeepsTheBooksOfPeopleAshore() {
        Run r = run(y2017.withDays(HeldOut.SMOKE_TEST_DAYS));
        assertEquals(List.of(), r.unbalancedDays());
        assertTrue(r.summary().get("departed_people") > 0, "people leave in the first week: " + r.summary().get("departed_people"));
        double fates = r.summary().get("arrivals_people") + r.summary().get("returned_to_libya") + r.summary().get("dead_missing");
        assertTrue(fates <= r.summary().get("departed_people"), "no one arrives, is returned or dies who did not leave");
    }

    @Test
    void theWeekOfTheSuspensionsStopsTheSuspendedShipsButNotTheOthers() {
        Run r = run(ScenarioLoader.load(TestRuns.scenarioFile("central-med-2017-august-week.yaml")));
        double week = 7 * 24;
        Map<String, Double> hours = new java.util.TreeMap<>();
        for (AssetHours a : r.assets()) hours.put(a.asset(), a.hours().values().stream().mapToDouble(Double::doubleValue).sum());
        assertEquals(week, hours.get("ngo/large-ship-1"), 1e-6, "a ship that stayed is counted every hour");
        // Deployed 10-12 Aug (3 days); after that it heads home and stays in port, uncounted.
        assertTrue(hours.get("ngo/msf-prudence") < week - 2 * 24, "Prudence: " + hours.get("ngo/msf-prudence"));
        assertTrue(hours.get("ngo/sea-eye") < week - 24, "Sea-Eye: " + hours.get("ngo/sea-eye"));
        assertEquals(List.of(), r.unbalancedDays());
    }
}
