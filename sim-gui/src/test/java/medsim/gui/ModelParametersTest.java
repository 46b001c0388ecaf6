package medsim.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import medsim.geo.SeaZone;
import medsim.geo.ZoneKind;
import medsim.mandate.Action;
import medsim.event.EventSink;
import medsim.gui.inspect.OrderedProperties;
import medsim.model.MedSim;
import medsim.model.ScenarioRun;
import medsim.model.WorldCache;
import medsim.scenario.DeparturesSpec;
import medsim.scenario.Scenario;
import medsim.scenario.ScenarioLoader;
import medsim.yaml.InputException;
import sim.util.Interval;
import sim.util.Properties;

/**
 * The Console's model tab: MASON sees the parameters, and setting them changes the next run's
 * scenario; the departures rows follow the scenario's mode (schedule: the plan's scale;
 * behaviour: the inflow, the launch share and, read-only, what the run holds ashore).
 */
class ModelParametersTest {
    static final Path SCENARIO = Path.of("..", "scenarios", "central-med-2016.yaml");
    /** The 2016 scenario is in behaviour mode; this child of it is conditioned on a schedule. */
    static final Path SCHEDULE = Path.of("..", "scenarios", "central-med-2016-schedule.yaml");
    static final List<String> BEHAVIOUR_ROWS = List.of("InflowPeoplePerDay", "MaxShareOfWaitingPerDay", "PeopleWaiting", "PeopleInDetention", "BoatsInStock");
    /** One geography for all the tests: building it is the slow part of opening a scenario. */
    static final WorldCache WORLDS = new WorldCache();
    final List<String> complaints = new ArrayList<>();
    int rowsChanged;
    final ScenarioSession session = new ScenarioSession(SCENARIO, WORLDS);
    final ModelParameters parameters = new ModelParameters(session, complaints::add, () -> rowsChanged++);

    /** The tab's rows by name, as MASON lists them. */
    private static Properties rows(ModelParameters p) {
        return new OrderedProperties(p, ModelParameters.ORDER);
    }

    private static int row(Properties p, String name) {
        for (int i = 0; i < p.numProperties(); i++) if (p.getName(i).equals(name)) return i;
        throw new AssertionError(name + " is not a row");
    }

    private static List<String> shown(Properties p) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < p.numProperties(); i++) if (!p.isHidden(i)) out.add(p.getName(i));
        return out;
    }

    @Test
    void masonShowsTheParametersWithSlidersAndChoices() {
        Properties p = Properties.getProperties(parameters);
        List<String> names = new ArrayList<>();
        for (int i = 0; i < p.numProperties(); i++) names.add(p.getName(i));
        for (String n : List.of("InflowPeoplePerDay", "RubberDinghyCapsizeHazardPerHour", "NgoLargeShips", "LibyanCoastguardBoats", "WhatIf", "MoreOverrides")) {
            assertTrue(names.contains(n), n + " in " + names);
            assertTrue(p.isReadWrite(names.indexOf(n)), n);
        }
        assertInstanceOf(Interval.class, p.getDomain(names.indexOf("InflowPeoplePerDay")));
        assertInstanceOf(String[].class, p.getDomain(names.indexOf("WhatIf")));
        // The tab starts from the scenario's own values (calibrated ones included).
        assertEquals(ScenarioLoader.load(SCENARIO).departures().behaviour().inflowPeoplePerDay(), parameters.getInflowPeoplePerDay());
        assertEquals(4, parameters.getNgoLargeShips());
        assertEquals(6, parameters.getLibyanCoastguardBoats());
    }

    @Test
    void theModelTabListsTheParametersInItsOrder() {
        medsim.gui.inspect.OrderedPropertiesTest.check(parameters, ModelParameters.ORDER);
    }

    @Test
    void theValuesSetAreOverridesOfTheNextRunsScenario() {
        parameters.setInflowPeoplePerDay(1500);
        parameters.setNgoLargeShips(7);
        parameters.setRubberDinghyCapsizeHazardPerHour(0.003);
        Scenario s = session.scenario();
        assertEquals(1500, s.departures().behaviour().inflowPeoplePerDay());
        assertEquals(0.003, s.boatTypes().get("rubber-dinghy").capsizeHazardPerHour());
        assertEquals(7, s.forces().get("ngo").assets().stream().filter(a -> a.id().equals("ngo/large-ship")).findFirst().orElseThrow().count());
        assertEquals(1500, parameters.getInflowPeoplePerDay());
    }

    @Test
    void whatIfChoicesAreTheScenariosThatExtendTheOpenedOne() {
        List<String> choices = Arrays.asList((String[]) parameters.domWhatIf());
        assertEquals("none: Central Mediterranean 2016", choices.get(0));
        int sophia = choices.indexOf("What if: 2016 with Sophia in Libyan territorial waters");
        assertTrue(sophia > 0, choices.toString());
        assertTrue(choices.size() >= 6, choices.toString());
        SeaZone libyanWaters = new SeaZone(ZoneKind.TERRITORIAL_SEA, "LBY");
        LocalDate july = LocalDate.of(2016, 7, 1);
        assertTrue(!session.scenario().forces().get("sophia").mandate().allows(Action.BOARD, libyanWaters, july));
        parameters.setWhatIf(sophia);
        assertTrue(session.scenario().forces().get("sophia").mandate().allows(Action.BOARD, libyanWaters, july));
        assertEquals(List.of(), complaints);
    }

    @Test
    void badOverridesAreReportedAsTheModelTabsAndCanBeUndone() {
        parameters.setMoreOverrides("forces.ngo.taskingPenaltyHours=-3");
        InputException e = assertThrows(InputException.class, session::scenario);
        assertTrue(e.getMessage().startsWith("model tab:"), e.getMessage());
        assertTrue(e.getMessage().contains("forces.ngo.taskingPenaltyHours"), e.getMessage());
        parameters.setMoreOverrides("no equals sign");
        assertEquals("model tab: more overrides must be path=value separated by ';' (got 'no equals sign')",
                assertThrows(InputException.class, session::scenario).getMessage());
        assertEquals(SCENARIO, session.withoutOverrides().file());
        assertEquals("", parameters.getMoreOverrides());
    }

    @Test
    void inScheduleModeTheTabOffersThePlanScaleAndNoBehaviourRows() {
        ScenarioSession scheduleSession = new ScenarioSession(SCHEDULE, WORLDS);
        ModelParameters schedule = new ModelParameters(scheduleSession, complaints::add, () -> rowsChanged++);
        Properties p = rows(schedule);
        assertEquals("schedule", schedule.getDepartures());
        List<String> shown = shown(p);
        assertTrue(shown.contains("PlanScale"), shown.toString());
        for (String n : BEHAVIOUR_ROWS) assertFalse(shown.contains(n), n + " hidden in schedule mode: " + shown);
        assertTrue(Double.isNaN(schedule.getInflowPeoplePerDay()), "a schedule has no inflow");
        schedule.setInflowPeoplePerDay(900);
        assertEquals(List.of(), scheduleSession.overrides(), "setting a field the scenario lacks does nothing");
    }

    @Test
    void inBehaviourModeTheTabOffersTheInflowAndLaunchShareInsteadOfThePlanScale() {
        Properties p = rows(parameters);
        assertEquals("behaviour", parameters.getDepartures());
        List<String> shown = shown(p);
        assertFalse(shown.contains("PlanScale"), shown.toString());
        assertFalse(shown.contains("WaitingShare"), "start-only: left to the file and More overrides");
        for (String n : BEHAVIOUR_ROWS) assertTrue(shown.contains(n), n + " in " + shown);
        for (String n : List.of("InflowPeoplePerDay", "MaxShareOfWaitingPerDay")) {
            assertTrue(p.isReadWrite(row(p, n)), n);
            assertInstanceOf(Interval.class, p.getDomain(row(p, n)), n);
        }
        for (String n : List.of("PeopleWaiting", "PeopleInDetention", "BoatsInStock")) assertFalse(p.isReadWrite(row(p, n)), n + " is read-only");
        DeparturesSpec.Behaviour own = ScenarioLoader.load(SCENARIO).departures().behaviour();
        assertEquals(own.inflowPeoplePerDay(), parameters.getInflowPeoplePerDay(), "the tab starts from the scenario's values");
        assertEquals(0.05, parameters.getMaxShareOfWaitingPerDay());
        assertTrue(((Interval) parameters.domInflowPeoplePerDay()).getMax().doubleValue() >= 3 * own.inflowPeoplePerDay(), "room to triple it");
        assertTrue(Double.isNaN(parameters.getPlanScale()), "no plan in behaviour mode");

        parameters.setInflowPeoplePerDay(900);
        parameters.setMaxShareOfWaitingPerDay(0.2);
        parameters.setPlanScale(2);
        Scenario next = session.scenario();
        assertEquals(900, next.departures().behaviour().inflowPeoplePerDay());
        assertEquals(0.2, next.departures().behaviour().maxShareOfWaitingPerDay());
        assertEquals(own.waitingShare(), next.departures().behaviour().waitingShare());
        assertEquals(List.of(), complaints);
    }

    @Test
    void inBehaviourModeTheTabShowsWhatTheRunOnScreenHoldsAshore() {
        assertEquals(List.of(0L, 0L, 0L), List.of(parameters.getPeopleWaiting(), parameters.getPeopleInDetention(), parameters.getBoatsInStock()),
                "nothing before a run");
        Scenario s = session.scenario();
        MedSim sim = ScenarioRun.start(s, session.world(s), 1, EventSink.NONE);
        parameters.showAshore(Ashore.of(sim));
        DeparturesSpec.Behaviour own = s.departures().behaviour();
        assertEquals(own.initialWaitingPeople(), parameters.getPeopleWaiting(), "at the start: the initial stock");
        assertEquals(0, parameters.getPeopleInDetention());
        assertTrue(parameters.getBoatsInStock() > 0);
        for (long t = 0; t < 2L * sim.clock().ticksPerDay(); t++) sim.schedule.step(sim);
        parameters.showAshore(Ashore.of(sim));
        assertEquals((long) Math.floor(sim.network().waitingPeople()), parameters.getPeopleWaiting());
        assertEquals(sim.network().peopleInDetention(), parameters.getPeopleInDetention());
        assertEquals(sim.network().boatsInStock(), parameters.getBoatsInStock());
        assertFalse(parameters.getPeopleWaiting() == own.initialWaitingPeople(), "two days later the stock has moved");
    }

    @Test
    void aRunInScheduleModeHoldsNothingCountedAshore() {
        ScenarioSession scheduleSession = new ScenarioSession(SCHEDULE, WORLDS);
        Scenario s = scheduleSession.scenario();
        MedSim sim = ScenarioRun.start(s, scheduleSession.world(s), 1, EventSink.NONE);
        assertEquals(Ashore.NONE, Ashore.of(sim));
    }

    @Test
    void choosingTheScheduleVariantChangesTheRowsAndDropsTheInflowSetForBehaviour() {
        List<String> choices = Arrays.asList((String[]) parameters.domWhatIf());
        int schedule = choices.indexOf("Central Mediterranean 2016, departures on the record's schedule");
        assertTrue(schedule > 0, choices.toString());
        double ownInflow = parameters.getInflowPeoplePerDay();
        parameters.setInflowPeoplePerDay(900);
        parameters.setNgoLargeShips(7);
        parameters.setWhatIf(schedule);
        assertEquals(List.of(), complaints, "the inflow is not carried into a scenario without one");
        assertEquals(1, rowsChanged, "the tab is told its rows changed");
        assertEquals("schedule", parameters.getDepartures());
        assertTrue(shown(rows(parameters)).contains("PlanScale"), shown(rows(parameters)).toString());
        assertEquals(1.05604, parameters.getPlanScale(), "the schedule's own scale");
        assertEquals(7, parameters.getNgoLargeShips(), "a field both modes have stays set");
        assertEquals(7, session.scenario().forces().get("ngo").assets().stream().filter(a -> a.id().equals("ngo/large-ship")).findFirst().orElseThrow().count());
        parameters.setWhatIf(0);
        assertEquals(2, rowsChanged);
        assertEquals(ownInflow, parameters.getInflowPeoplePerDay(), "back to the scenario's own inflow");
        parameters.setWhatIf(choices.indexOf("What if: 2016 with Sophia in Libyan territorial waters"));
        assertEquals(2, rowsChanged, "a what-if in the same mode keeps the rows");
        assertEquals(List.of(), complaints);
    }
}
