package medsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import medsim.actor.AssetActivity;
import medsim.experiment.Intervals;
import medsim.experiment.Seeds;
import medsim.scenario.Scenario;
import medsim.event.EventType;
import medsim.event.SeaEvent;

/**
 * The embargo traffic on a purpose-built scenario ({@code embargo.yaml}: vessels suspected of
 * carrying arms to Libya and tankers leaving it; Sophia watches both and may inspect, seize and
 * divert on the high seas only, from 5 June; tankers are not inspectable), and its children
 * with surveillance aircraft of another force watching the arms traffic, linked to Sophia or not.
 */
class EmbargoTest {
    private static final LocalDate MANDATE_FROM = LocalDate.of(2016, 6, 5);
    private static final LocalDate LAST_DAY = LocalDate.of(2016, 6, 10);
    private static TestRuns.Result run;

    @BeforeAll
    static void runIt() {
        run = TestRuns.run(TestRuns.load("embargo.yaml"), 3);
    }

    private static LocalDate dateOf(SeaEvent e) {
        return run.sim().clock().date(e.tick());
    }

    private static List<SeaEvent> of(EventType type) {
        return run.events().stream().filter(e -> e.type() == type).toList();
    }

    @Test
    void anArmsVesselSeenOnTheHighSeasOnceTheMandateIsInForceIsInspected() {
        Set<Long> inspected = new HashSet<>();
        for (SeaEvent e : of(EventType.INSPECTION)) inspected.add(e.boatId());
        // A vessel seen while the ship is alongside another may cross into waters the mandate does
        // not cover before the ship is free: the rules of engagement then refuse the inspection.
        Set<Long> leftTheZone = new HashSet<>();
        for (SeaEvent e : of(EventType.REFUSAL)) if (e.detail().equals("inspect:no-mandate")) leftTheZone.add(e.boatId());
        int due = 0, done = 0;
        for (SeaEvent s : of(EventType.EMBARGO_SIGHTING)) {
            // On the run's last day an inspection may not be over before the run ends.
            if (!s.detail().equals("arms") || !s.zone().equals("high-seas") || dateOf(s).isBefore(MANDATE_FROM) || dateOf(s).equals(LAST_DAY)) continue;
            due++;
            if (inspected.contains(s.boatId())) done++;
            assertTrue(inspected.contains(s.boatId()) || leftTheZone.contains(s.boatId()),
                    "seen on the high seas under the mandate, then inspected, or followed until it left the mandate's zone: " + s);
        }
        assertTrue(due >= 3 && done >= 3, "arms vessels first seen on the high seas under the mandate: " + due + ", inspected: " + done);
    }

    @Test
    void noVesselIsInspectedBeforeTheMandatesDateOrOutsideItsZone() {
        List<SeaEvent> inspections = of(EventType.INSPECTION);
        assertTrue(!inspections.isEmpty());
        for (SeaEvent e : inspections) {
            assertTrue(!dateOf(e).isBefore(MANDATE_FROM), "inspected before the mandate: " + e);
            assertEquals("high-seas", e.zone(), "inspected outside the mandate's zone: " + e);
        }
        long seenEarly = of(EventType.EMBARGO_SIGHTING).stream().filter(s -> s.detail().equals("arms") && dateOf(s).isBefore(MANDATE_FROM)).count();
        assertTrue(seenEarly > 0, "arms vessels seen before the mandate's date, and not inspected then: " + seenEarly);
    }

    @Test
    void armsVesselsSeenUnderAMandateForOtherWatersAreNotInspected() {
        TestRuns.Result elsewhere = TestRuns.run(TestRuns.load("embargo-zone-elsewhere.yaml"), 3);
        long seenUnderIt = elsewhere.events().stream().filter(e -> e.type() == EventType.EMBARGO_SIGHTING && e.detail().equals("arms")
                && !elsewhere.sim().clock().date(e.tick()).isBefore(MANDATE_FROM)).count();
        assertTrue(seenUnderIt > 0, "arms vessels seen once the mandate is in force: " + seenUnderIt);
        assertEquals(0, elsewhere.events().stream().filter(e -> e.type() == EventType.INSPECTION).count());
    }

    @Test
    void tankersAreSeenAndCountedButNeverInspected() {
        Map<String, Double> summary = run.outcome().summary();
        assertTrue(summary.get("embargo_sighted.oil") > 0, "tankers seen");
        assertEquals(0, summary.get("inspections.oil"));
        assertTrue(of(EventType.INSPECTION).stream().allMatch(e -> e.detail().equals("arms")));
    }

    @Test
    void cargoFoundIsSeizedAndItsVesselDivertedNeverDelivered() {
        Map<Long, String> outcome = new HashMap<>();
        for (SeaEvent e : run.events()) {
            if (e.type() == EventType.CARGO_SEIZED) outcome.put(e.boatId(), "seized");
            if (e.type() == EventType.EMBARGO_DIVERSION) assertEquals("seized", outcome.put(e.boatId(), "diverted"), "diverted after the seizure: " + e);
            if (e.type() == EventType.EMBARGO_DELIVERY && e.detail().equals("arms")) assertTrue(outcome.get(e.boatId()) == null, "a diverted vessel delivered: " + e);
        }
        assertTrue(outcome.containsValue("diverted"), "some cargo found: " + outcome);
        Map<String, Double> summary = run.outcome().summary();
        assertEquals(summary.get("cargo_seized.arms"), summary.get("embargo_diverted.arms"));
        assertEquals(summary.get("embargo_vessels.arms"), summary.get("embargo_delivered.arms") + summary.get("embargo_diverted.arms")
                + armsVesselsStillUnderWay(), "every vessel delivered, diverted or still under way");
    }

    @Test
    void theHoursSophiaSpendsOnEmbargoTasksAreItsShipsHoursAlongsideAndGoingThere() {
        double embargo = 0;
        for (AssetHours h : run.outcome().assets()) embargo += h.hours().get(AssetActivity.EMBARGO);
        // Each inspection keeps a ship four hours alongside (inspectionHours' default), plus the way there.
        assertTrue(embargo >= 4 * of(EventType.INSPECTION).size(), "embargo hours " + embargo);
    }

    @Test
    void firstSightingsSharedBySurveillanceAircraftLeadSophiaToInspectMoreArmsVessels() {
        Scenario linked = TestRuns.load("embargo-watched.yaml"), cut = TestRuns.load("embargo-watched-cut.yaml");
        int n = 12;
        double[] a = new double[n], b = new double[n];
        for (int i = 0; i < n; i++) {
            long seed = Seeds.derive(3, i); // common random numbers: the same seed for both
            TestRuns.Result r = TestRuns.run(linked, seed);
            a[i] = r.outcome().summary().get("inspections.arms");
            b[i] = TestRuns.run(cut, seed).outcome().summary().get("inspections.arms");
            if (i == 0) assertTrue(r.outcome().summary().get("embargo_contacts_shared.arms") > 0, "sightings shared");
        }
        Intervals.Estimate d = Intervals.pairedDifference(b, a); // linked minus cut
        System.out.printf("linked minus cut, arms inspections over %d paired replications: %.1f (95%% interval %.1f to %.1f); means %.1f linked, %.1f cut%n",
                n, d.mean(), d.low(), d.high(), Arrays.stream(a).average().orElseThrow(), Arrays.stream(b).average().orElseThrow());
        assertTrue(d.low() > 0, "the paired 95% interval of the difference excludes zero and is positive: " + d);
    }

    private static long armsVesselsStillUnderWay() {
        Set<Long> ended = new HashSet<>();
        for (SeaEvent e : run.events()) {
            if ((e.type() == EventType.EMBARGO_DELIVERY || e.type() == EventType.EMBARGO_DIVERSION) && e.detail().equals("arms")) ended.add(e.boatId());
        }
        return of(EventType.EMBARGO_DEPARTURE).stream().filter(e -> e.detail().equals("arms") && !ended.contains(e.boatId())).count();
    }
}
