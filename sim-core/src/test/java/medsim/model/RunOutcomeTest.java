package medsim.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import medsim.metric.DailySeries;
import medsim.metric.Metric;
import medsim.scenario.Scenario;

/** What a run produces, taken by the writers and charts instead of the live model. */
class RunOutcomeTest {

    @Test
    void theLastDaysNamedLevelsAreTheEndOfRunLevelsOfTheSummary() {
        RunOutcome o = TestRuns.run("small.yaml", 5).outcome();
        DailySeries daily = o.daily();
        Map<String, Double> s = o.summary();
        int last = daily.days() - 1;
        assertTrue(s.get("people_at_sea_end") + s.get("people_aboard_assets_end") > 0, "the run ends with people at sea or aboard: " + s);
        assertEquals(s.get("people_at_sea_end"), daily.level(last, daily.levelIndex("people_at_sea")));
        assertEquals(s.get("people_aboard_assets_end"), daily.level(last, daily.levelIndex("people_aboard_assets")));
        assertEquals(s.get("people_waiting_ashore_end"), Math.floor(daily.level(last, daily.levelIndex("people_waiting_ashore"))));
        double shares = 0;
        for (Metric m : daily.levels()) if (m.name().startsWith("boat_type_share.")) shares += daily.level(last, daily.levelIndex(m.name()));
        assertEquals(1.0, shares, 1e-12, "each boat type's share is read by its own name, and together they are all departures");
    }

    @Test
    void aRunWithoutTheMapGivesTheSameEventsAndOutcomeAsOneThatKeepsIt() {
        // The map (MedSim.sea) is for display only: runs nobody watches skip it.
        Scenario scenario = TestRuns.load("small.yaml");
        TestRuns.Result mapped = TestRuns.run(scenario, 7);
        java.util.List<medsim.event.SeaEvent> events = new java.util.ArrayList<>();
        RunOutcome unmapped = TestRuns.run(scenario, 7, events::add);
        assertTrue(mapped.events().size() > 20, "the run must do something: " + mapped.events().size() + " events");
        assertEquals(mapped.events(), events);
        assertEquals(mapped.outcome().summary(), unmapped.summary());
        for (int d = 0; d < unmapped.daily().days(); d++) {
            assertArrayEquals(mapped.outcome().daily().flowDays().get(d), unmapped.daily().flowDays().get(d));
            assertArrayEquals(mapped.outcome().daily().levelDays().get(d), unmapped.daily().levelDays().get(d));
        }
        assertEquals(mapped.outcome().assets(), unmapped.assets());
    }

    @Test
    void anOutcomeTakenDuringARunIsACopyTheRunGoingOnLeavesAsItWas() {
        Scenario scenario = TestRuns.load("small.yaml").withDays(6);
        MedSim sim = TestRuns.started(scenario, 3);
        for (long t = 0; t < 3L * scenario.ticksPerDay(); t++) sim.schedule.step(sim);
        RunOutcome early = sim.outcome();
        double[] departedEarly = new double[3];
        for (int d = 0; d < 3; d++) departedEarly[d] = early.daily().flow(d, early.daily().flowIndex("departed_people"));
        double totalEarly = early.summary().get("departed_people");
        for (long t = 3L * scenario.ticksPerDay(); t < sim.totalTicks(); t++) sim.schedule.step(sim);
        RunOutcome end = sim.outcome();
        assertEquals(3, early.daily().days());
        assertEquals(6, end.daily().days());
        for (int d = 0; d < 3; d++) assertEquals(departedEarly[d], early.daily().flow(d, early.daily().flowIndex("departed_people")));
        assertEquals(totalEarly, early.summary().get("departed_people"));
        assertTrue(end.summary().get("departed_people") > totalEarly, "the run went on departing after the copy");
        double[] departedEnd = new double[3];
        for (int d = 0; d < 3; d++) departedEnd[d] = end.daily().flow(d, end.daily().flowIndex("departed_people"));
        assertArrayEquals(departedEarly, departedEnd, "the first days are the same in both");
    }
}
