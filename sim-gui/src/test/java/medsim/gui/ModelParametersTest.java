package medsim.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import medsim.model.WorldCache;
import medsim.scenario.Scenario;
import medsim.yaml.InputException;
import sim.util.Interval;
import sim.util.Properties;

/** The Console's model tab: MASON sees the parameters, and setting them changes the next run's scenario. */
class ModelParametersTest {
    static final Path SCENARIO = Path.of("..", "scenarios", "central-med-2016.yaml");
    /** One geography for all the tests: building it is the slow part of opening a scenario. */
    static final WorldCache WORLDS = new WorldCache();
    final List<String> complaints = new ArrayList<>();
    final ScenarioSession session = new ScenarioSession(SCENARIO, WORLDS);
    final ModelParameters parameters = new ModelParameters(session, complaints::add);

    @Test
    void masonShowsTheParametersWithSlidersAndChoices() {
        Properties p = Properties.getProperties(parameters);
        List<String> names = new ArrayList<>();
        for (int i = 0; i < p.numProperties(); i++) names.add(p.getName(i));
        for (String n : List.of("PlanScale", "RubberDinghyCapsizeHazardPerHour", "NgoLargeShips", "LibyanCoastguardBoats", "WhatIf", "MoreOverrides")) {
            assertTrue(names.contains(n), n + " in " + names);
            assertTrue(p.isReadWrite(names.indexOf(n)), n);
        }
        assertInstanceOf(Interval.class, p.getDomain(names.indexOf("PlanScale")));
        assertInstanceOf(String[].class, p.getDomain(names.indexOf("WhatIf")));
        // The tab starts from the scenario's own values (calibrated ones included).
        assertEquals(1.05604, parameters.getPlanScale());
        assertEquals(4, parameters.getNgoLargeShips());
        assertEquals(13, parameters.getLibyanCoastguardBoats());
    }

    @Test
    void theModelTabListsTheParametersInItsOrder() {
        medsim.gui.inspect.OrderedPropertiesTest.check(parameters, ModelParameters.ORDER);
    }

    @Test
    void theValuesSetAreOverridesOfTheNextRunsScenario() {
        parameters.setPlanScale(1.5);
        parameters.setNgoLargeShips(7);
        parameters.setRubberDinghyCapsizeHazardPerHour(0.003);
        Scenario s = session.scenario();
        assertEquals(1.5, s.smuggling().planScale());
        assertEquals(0.003, s.boatTypes().get("rubber-dinghy").capsizeHazardPerHour());
        assertEquals(7, s.forces().get("ngo").assets().stream().filter(a -> a.id().equals("ngo/large-ship")).findFirst().orElseThrow().count());
        assertEquals(1.5, parameters.getPlanScale());
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
}
