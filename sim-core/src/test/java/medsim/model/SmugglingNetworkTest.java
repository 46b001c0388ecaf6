package medsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import medsim.metric.DailySeries;

class SmugglingNetworkTest {

    @Test
    void networksShiftFromWoodenBoatsToDinghiesWhenWoodenBoatsAreDestroyed() {
        DailySeries r = TestRuns.run("small.yaml", 11).outcome().daily();
        int share = r.levelIndex("boat_type_share.wooden-boat");
        double first = r.level(0, share);
        double last = r.level(r.days() - 1, share);
        assertEquals(0.4, first, 0.02, "starts near the base share");
        assertTrue(last < first - 0.05, "wooden share falls as Sophia destroys wooden boats: " + first + " -> " + last);

        DailySeries noDestruction = TestRuns.run("small-destroy-from-july.yaml", 11).outcome().daily();
        double unchanged = noDestruction.level(noDestruction.days() - 1, share);
        assertEquals(0.4, unchanged, 1e-9, "no losses, no adaptation");
    }

    @Test
    void noBoatLeavesWhileTheSeaIsTooRoughForEveryTypeAndPeopleWaitAshore() {
        MedSim sim = TestRuns.run("small-stormy.yaml", 12).sim();
        var summary = sim.outcome().summary();
        assertEquals(0.0, summary.get("departed_people"));
        // 30,000 planned in June; 21 of its 30 days have passed.
        assertEquals(30_000 * 21 / 30.0, summary.get("people_waiting_ashore_end"), 1.0);
    }

    @Test
    void aCalmDayAfterAStormReleasesASurgeCappedByTheBacklogFactor() {
        DailySeries r = TestRuns.run("small.yaml", 13).outcome().daily();
        int people = r.flowIndex("departed_people");
        double normalDay = 30_000 / 30.0;
        double max = 0;
        for (int d = 0; d < r.days(); d++) max = Math.max(max, r.flow(d, people));
        // Boats leave at night, so one calendar day can hold two nights' departures.
        assertTrue(max <= 2 * 3 * normalDay + 1000, "release is capped: " + max);
    }
}
