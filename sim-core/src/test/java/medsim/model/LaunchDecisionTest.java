package medsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import medsim.actor.SmugglingNetwork;
import medsim.event.EventType;
import medsim.event.SeaEvent;
import medsim.experiment.Intervals;
import medsim.metric.DailySeries;
import medsim.scenario.Scenario;

/**
 * The networks' daily launch decision in behaviour mode ({@code departures.behaviour}): their
 * response to rescuers near the coast (Deiana, Maheshri and Mastrobuoni's direction), and no
 * response at all when every rescue-responsive behaviour is off.
 */
class LaunchDecisionTest {
    /** Days rougher than this (the rafts' maxBeaufortToDepart in small.yaml) are the rough days. */
    private static final double ROUGH_BEAUFORT = 3.5;
    private static final long[] SEEDS = {1, 2, 3, 4, 5, 6};

    @Test
    void withRescuersKeptFarFromLibyaFewerBoatsLeaveOnRoughDaysAndFewerOfThemAreRafts() {
        Scenario close = TestRuns.load("small-launch.yaml");
        Scenario far = TestRuns.load("small-launch-rescuers-far.yaml");
        double[] roughClose = new double[SEEDS.length], roughFar = new double[SEEDS.length];
        double[] raftsClose = new double[SEEDS.length], raftsFar = new double[SEEDS.length];
        for (int i = 0; i < SEEDS.length; i++) {
            TestRuns.Result c = TestRuns.run(close, SEEDS[i]);
            TestRuns.Result f = TestRuns.run(far, SEEDS[i]);
            roughClose[i] = boatsOnRoughDays(close, c);
            roughFar[i] = boatsOnRoughDays(far, f);
            raftsClose[i] = raftShare(c);
            raftsFar[i] = raftShare(f);
        }
        Intervals.Estimate rough = Intervals.pairedDifference(roughClose, roughFar);
        Intervals.Estimate rafts = Intervals.pairedDifference(raftsClose, raftsFar);
        assertTrue(rough.high() < 0, "boats launched on days above Beaufort " + ROUGH_BEAUFORT + ", far minus close: " + rough);
        assertTrue(rafts.high() < 0, "raft share, far minus close: " + rafts);
    }

    @Test
    void withEveryRescueResponseAndReattemptsOffDeparturesAreTheSameWithAndWithoutNgoShips() {
        TestRuns.Result with = TestRuns.run("small-launch-responses-off.yaml", 7);
        TestRuns.Result without = TestRuns.run("small-launch-responses-off-no-ngo.yaml", 7);
        List<String> a = departures(with), b = departures(without);
        assertTrue(a.size() > 100, "boats went to sea: " + a.size());
        assertEquals(a, b);
        assertTrue(with.outcome().summary().get("rescued_people.ngo") > 0, "the NGOs did rescue people in one run");
        assertTrue(with.outcome().summary().get("returned_to_libya") > 0, "people were returned, and none tried again");
    }

    @Test
    void eachDaysForecastIsTheDaysSeaStatePlusTheKeyedErrorAtEachPoint() {
        Scenario scenario = TestRuns.load("small-launch.yaml");
        MedSim sim = TestRuns.started(scenario, 3);
        double sd = scenario.departures().behaviour().launch().forecastErrorSdBeaufort();
        for (int day = 0; day < 3; day++) {
            sim.schedule.step(sim); // the day's first tick: the networks decide
            long epochDay = sim.date().toEpochDay();
            for (int p = 0; p < sim.network().points().size(); p++) {
                assertEquals(sim.seaState().beaufort() + SmugglingNetwork.forecastErrorBeaufort(sim.streams(), sd, epochDay, p),
                        sim.network().forecastBeaufort(p), 0.0);
            }
            for (long t = 1; t < scenario.ticksPerDay(); t++) sim.schedule.step(sim);
        }
    }

    @Test
    void theNetworksReadOfRescuersIsTheSameWhetherShipsSleepOrStepEveryTick() {
        // The networks ask every rescuer where it is at each day's start: a sleeping ship catches up first.
        Scenario scenario = TestRuns.load("small-launch.yaml").withDays(30);
        TestRuns.Result everyTick = TestRuns.run(scenario, 2); // with a map: every asset steps every tick
        List<SeaEvent> events = new java.util.ArrayList<>();
        RunOutcome sleeping = TestRuns.run(scenario, 2, events::add); // headless: assets sleep
        assertEquals(everyTick.events(), events);
        assertEquals(everyTick.outcome().summary(), sleeping.summary());
        int closeness = sleeping.daily().levelIndex("rescuer_closeness.zuwara");
        double sum = 0;
        for (int d = 0; d < sleeping.daily().days(); d++) {
            assertEquals(everyTick.outcome().daily().level(d, closeness), sleeping.daily().level(d, closeness), 0.0);
            sum += sleeping.daily().level(d, closeness);
        }
        assertTrue(sum > 0, "rescuers were near Zuwara on some days");
    }

    /** Boats planned on days whose sea state was rougher than {@link #ROUGH_BEAUFORT}. */
    private static double boatsOnRoughDays(Scenario scenario, TestRuns.Result r) {
        DailySeries daily = r.outcome().daily();
        int beaufort = daily.levelIndex("beaufort");
        long windowStart = r.sim().clock().ticks(scenario.smuggling().departureWindowStartHour());
        int n = 0;
        for (SeaEvent e : r.events()) {
            if (e.type() != EventType.DEPARTURE) continue;
            int plannedOn = (int) ((e.tick() - windowStart) / scenario.ticksPerDay());
            if (daily.level(plannedOn, beaufort) > ROUGH_BEAUFORT) n++;
        }
        return n;
    }

    private static double raftShare(TestRuns.Result r) {
        var s = r.outcome().summary();
        return s.get("departed_boats.rubber-dinghy") / s.get("departed_boats");
    }

    private static List<String> departures(TestRuns.Result r) {
        return r.events().stream().filter(e -> e.type() == EventType.DEPARTURE)
                .map(e -> e.tick() + " " + e.actor() + " " + e.people() + " " + e.detail()).toList();
    }
}
