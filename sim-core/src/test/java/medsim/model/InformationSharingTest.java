package medsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import medsim.event.EventType;
import medsim.event.SeaEvent;
import medsim.experiment.Intervals;
import medsim.experiment.Seeds;
import medsim.scenario.InformationLink;
import medsim.scenario.Scenario;
import medsim.scenario.ScenarioLoader;
import medsim.yaml.FieldOverride;

/**
 * Information links on a purpose-built scenario ({@code sharing.yaml}: surveillance aircraft
 * of a force that may only patrol, linked to MRCC Rome and the Libyan coastguard with a
 * 30-minute delay) and its child that cuts the link ({@code sharing-cut.yaml}).
 */
class InformationSharingTest {
    private static final String MEAN = "departure_to_actionable_detection_minutes_mean";
    private static final long DELAY_TICKS = 6; // 30 minutes at 5-minute ticks
    private static Scenario linked;
    private static Scenario cut;

    @BeforeAll
    static void load() {
        linked = TestRuns.load("sharing.yaml");
        cut = TestRuns.load("sharing-cut.yaml");
    }

    @Test
    void cuttingTheSurveillanceLinkRaisesTheMeanHoursFromDepartureToDetectionByAForceAbleToAct() {
        int n = 20;
        double[] a = new double[n], b = new double[n];
        for (int i = 0; i < n; i++) {
            long seed = Seeds.derive(1, i); // common random numbers: the same seed for both
            a[i] = TestRuns.run(linked, seed).outcome().summary().get(MEAN);
            b[i] = TestRuns.run(cut, seed).outcome().summary().get(MEAN);
        }
        Intervals.Estimate d = Intervals.pairedDifference(a, b);
        System.out.printf("cut minus linked, %s over %d paired replications: %.1f min (95%% interval %.1f to %.1f); means %.1f min linked, %.1f min cut%n",
                MEAN, n, d.mean(), d.low(), d.high(), Arrays.stream(a).average().orElseThrow(), Arrays.stream(b).average().orElseThrow());
        assertTrue(d.low() > 0, "the paired 95% interval of the difference excludes zero and is positive: " + d);
    }

    @Test
    void aSharedContactArrivesTheLinksDelayAfterTheSightingWithThePositionSeen() {
        assertSharedTheDelayAfterTheSighting(TestRuns.run(linked, 1).events(), DELAY_TICKS);
    }

    /** What a sweep of {@code informationLinks[0].delayMinutes} sets: that link's delay, and nothing else of it. */
    @Test
    void aDelaySetOnTheLinksListEntryFromOutsideIsTheDelayItsContactsArriveAfter() {
        Scenario twoHours = ScenarioLoader.load(TestRuns.scenarioFile("sharing.yaml"),
                List.of(FieldOverride.of("informationLinks[0].delayMinutes", 120, "sweep.yaml", 9, 3)));
        InformationLink link = twoHours.informationLinks().get(0);
        assertEquals(120, link.delayMinutes());
        assertEquals(linked.informationLinks().get(0), new InformationLink(link.sender(), link.receivers(), 30, link.from(), link.to(), link.basis()),
                "the entry's other fields as the scenario has them");
        assertSharedTheDelayAfterTheSighting(TestRuns.run(twoHours, 1).events(), 24); // 120 minutes at 5-minute ticks
    }

    private static void assertSharedTheDelayAfterTheSighting(List<SeaEvent> events, long delayTicks) {
        Map<String, SeaEvent> sightings = new HashMap<>();
        for (SeaEvent e : events) {
            if (e.type() == EventType.SIGHTING && e.actor().startsWith("isr/")) sightings.putIfAbsent(e.boatId() + "@" + e.tick(), e);
        }
        int shared = 0;
        for (SeaEvent e : events) {
            if (e.type() != EventType.CONTACT_SHARED) continue;
            shared++;
            SeaEvent seen = sightings.get(e.boatId() + "@" + (e.tick() - delayTicks));
            assertTrue(seen != null, "a sighting by the aircraft " + delayTicks + " ticks before " + e);
            assertEquals(seen.latDeg(), e.latDeg());
            assertEquals(seen.lonDeg(), e.lonDeg());
            assertEquals("isr", e.detail());
        }
        assertTrue(shared > 10, "contacts shared: " + shared);
    }

    @Test
    void onlyTheLinkOpensCasesFromTheAircraftsContacts() {
        long linkedCases = TestRuns.run(linked, 2).events().stream()
                .filter(e -> e.type() == EventType.CASE_OPENED && e.detail().equals("shared:isr")).count();
        List<SeaEvent> cutEvents = TestRuns.run(cut, 2).events();
        assertTrue(linkedCases > 0, "cases opened from the aircraft's contacts");
        assertEquals(0, cutEvents.stream().filter(e -> e.type() == EventType.CASE_OPENED && e.detail().startsWith("shared:")).count());
        assertEquals(0, cutEvents.stream().filter(e -> e.type() == EventType.CONTACT_SHARED).count());
    }

    @Test
    void aShipSentOnASharedContactGoesAlongsideOnlyOnceItHasDetectedTheBoat() {
        int checked = 0, lost = 0;
        for (int seed = 1; seed <= 3; seed++) {
            Set<Long> sharedCases = new HashSet<>();
            Set<String> seen = new HashSet<>(); // asset@boat
            for (SeaEvent e : TestRuns.run(linked, seed).events()) {
                // A boat's case from a contact lost is closed; its next case may come from a call.
                if (e.type() == EventType.CASE_OPENED && e.detail().startsWith("shared:")) sharedCases.add(e.boatId());
                else if (e.type() == EventType.CASE_OPENED) sharedCases.remove(e.boatId());
                if (e.type() == EventType.SIGHTING) seen.add(e.actor() + "@" + e.boatId());
                if (e.type() == EventType.TASKING_ABANDONED && e.detail().equals("contact lost")) {
                    assertTrue(sharedCases.contains(e.boatId()), "only a case from a shared contact is lost: " + e);
                    lost++;
                }
                if (e.type() == EventType.CASE_ON_SCENE && sharedCases.contains(e.boatId())) {
                    assertTrue(seen.contains(e.actor() + "@" + e.boatId()), "on scene after detecting the boat: " + e);
                    checked++;
                }
            }
        }
        assertTrue(checked > 0, "cases from shared contacts reached: " + checked);
        assertTrue(lost > 0, "ships that found no boat where the contact put it: " + lost);
    }

    @Test
    void eachBoatHasOneFirstDetectionByAForceAbleToActTimedFromItsDeparture() {
        List<SeaEvent> events = TestRuns.run(linked, 3).events();
        Map<Long, Long> departed = new HashMap<>();
        Set<Long> detected = new HashSet<>();
        for (SeaEvent e : events) {
            if (e.type() == EventType.DEPARTURE) departed.put(e.boatId(), e.tick());
            if (e.type() != EventType.ACTIONABLE_DETECTION) continue;
            assertTrue(detected.add(e.boatId()), "one per boat: " + e);
            assertEquals(Long.toString((e.tick() - departed.get(e.boatId())) * 5), e.detail());
            // The aircraft's force may only patrol: it never counts as able to act.
            assertTrue(e.actor().equals("ngo") || e.actor().equals("libyan-coastguard"), e.toString());
            if (e.actor().equals("libyan-coastguard")) assertTrue(e.zone().endsWith(":LBY"), "the coastguard acts in Libyan waters only: " + e);
        }
        assertTrue(detected.size() > 10, "boats detected: " + detected.size());
    }

    @Test
    void theCoastguardSentOnASharedContactInterceptsOnlyABoatItHasDetected() {
        int cuedInterceptions = 0;
        for (int seed = 1; seed <= 3; seed++) {
            Map<Long, Long> sharedWithCoastguard = new HashMap<>();
            Set<Long> seenByCoastguard = new HashSet<>();
            for (SeaEvent e : TestRuns.run(linked, seed).events()) {
                boolean coastguard = e.actor().startsWith("libyan-coastguard");
                if (e.type() == EventType.CONTACT_SHARED && coastguard) sharedWithCoastguard.putIfAbsent(e.boatId(), e.tick());
                if (e.type() == EventType.SIGHTING && coastguard) {
                    if (!seenByCoastguard.contains(e.boatId()) && sharedWithCoastguard.containsKey(e.boatId()) && e.detail().equals("intercept")) {
                        cuedInterceptions++;
                    }
                    seenByCoastguard.add(e.boatId());
                }
                if (e.type() == EventType.INTERCEPTION) assertTrue(seenByCoastguard.contains(e.boatId()), "intercepted after its own sighting: " + e);
            }
        }
        assertTrue(cuedInterceptions > 0, "boats the coastguard first learnt of from the aircraft, then found and intercepted: " + cuedInterceptions);
    }
}
