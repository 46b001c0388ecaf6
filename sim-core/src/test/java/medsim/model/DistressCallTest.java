package medsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import medsim.event.EventType;
import medsim.event.SeaEvent;

/**
 * A boat's call is a report, not a sensor: it reaches the MRCC after the relay delay, gives a
 * position with an error, and the asset sent must find the boat there; a boat that keeps
 * calling leads its rescuer on. Small scenarios (children of {@code small.yaml}):
 * {@code small-calls-relayed.yaml} (30 minutes' delay, 2 nm, a call an hour),
 * {@code small-calls-far-off.yaml} (20 nm off, one call), {@code small-calls-repeated.yaml}
 * (the same but a call an hour).
 */
class DistressCallTest {
    private static final long DELAY_TICKS = 6; // 30 minutes at 5-minute ticks

    @Test
    void aRelayedCallOpensItsCaseTheRelayDelayAfterTheBoatCalled() {
        List<SeaEvent> events = TestRuns.run("small-calls-relayed.yaml", 1).events();
        Map<Long, Long> callTick = new HashMap<>();
        Map<Long, Long> firstCase = new HashMap<>();
        for (SeaEvent e : events) {
            if (e.type() == EventType.DISTRESS_CALL) callTick.putIfAbsent(e.boatId(), e.tick());
            if (e.type() == EventType.CASE_OPENED) firstCase.putIfAbsent(e.boatId(), e.tick());
        }
        int byCall = 0;
        for (SeaEvent e : events) {
            if (e.type() != EventType.CASE_OPENED || !e.detail().equals("distress-call")) continue;
            Long called = callTick.get(e.boatId());
            assertTrue(called != null && e.tick() >= called + DELAY_TICKS, "a call 30 minutes or more before " + e);
            if (firstCase.get(e.boatId()) == e.tick()) {
                assertEquals(called + DELAY_TICKS, e.tick(), "the boat's first case opens when its first call arrives: " + e);
                byCall++;
            }
        }
        assertTrue(byCall > 5, "cases opened by calls: " + byCall);
    }

    @Test
    void aBoatThatKeepsCallingIsLostLessOftenThanOneThatCallsOnceWithAPositionFarOff() {
        long onceLost = 0, repeatedLost = 0;
        for (long seed = 1; seed <= 3; seed++) {
            onceLost += contactsLost(TestRuns.run("small-calls-far-off.yaml", seed).events());
            repeatedLost += contactsLost(TestRuns.run("small-calls-repeated.yaml", seed).events());
        }
        assertTrue(onceLost > 5, "a position 20 nm off loses boats: " + onceLost);
        System.out.printf("contacts lost over 3 seeds: %d calling once, %d calling every hour%n", onceLost, repeatedLost);
        assertTrue(repeatedLost < onceLost / 2, "calling every hour, lost " + repeatedLost + " against " + onceLost);
    }

    @Test
    void anAssetRefusedWhereTheBoatIsIsNotSentBackOnTheCallsOlderPosition() {
        for (String scenario : List.of("small-calls-far-off.yaml", "small-calls-relayed.yaml")) {
            for (long seed = 1; seed <= 2; seed++) {
                Map<Long, Integer> refused = new HashMap<>();
                for (SeaEvent e : TestRuns.run(scenario, seed).events()) {
                    if (e.type() == EventType.TASKING_ABANDONED && e.detail().startsWith("no mandate")) refused.merge(e.boatId(), 1, Integer::sum);
                }
                // At most once per call: the relayed scenario's boats call every hour, for up to a day or so.
                int limit = scenario.equals("small-calls-far-off.yaml") ? 1 : 48;
                for (Map.Entry<Long, Integer> r : refused.entrySet()) {
                    assertTrue(r.getValue() <= limit, scenario + " seed " + seed + ": boat " + r.getKey() + " refused " + r.getValue() + " times");
                }
            }
        }
    }

    @Test
    void exactImmediateCallsAreNeverLost() {
        assertEquals(0, contactsLost(TestRuns.run("small.yaml", 1).events()));
    }

    private static long contactsLost(List<SeaEvent> events) {
        return events.stream().filter(e -> e.type() == EventType.TASKING_ABANDONED && e.detail().equals("contact lost")).count();
    }

    /** Each boat's first call made within 2 nm of {@code callBeyondNm} (12 nm in small.yaml; not an adrift call far out), by boat id and people aboard. */
    private static Map<String, SeaEvent> firstCallsNearTheLine(List<SeaEvent> events) {
        Map<String, SeaEvent> first = new HashMap<>();
        for (SeaEvent e : events) if (e.type() == EventType.DISTRESS_CALL) first.putIfAbsent(e.boatId() + "/" + e.people(), e);
        first.values().removeIf(e -> e.distanceLibyaNm() - 12 >= 2);
        return first;
    }

    @Test
    void aBoatCallsFromWhereItCrossedTheCallDistanceAtFiveAndOneMinuteTicks() {
        // The same boat (same id and load, on the same track) calls from the same point at either tick length: where
        // it crossed the line within the step. Called from where the step ended, the points were 0.13 nm apart on average.
        Map<String, SeaEvent> five = firstCallsNearTheLine(TestRuns.run("small.yaml", 1).events());
        Map<String, SeaEvent> one = firstCallsNearTheLine(TestRuns.run("small-calls-1min.yaml", 1).events());
        double sumNm = 0;
        int n = 0;
        for (var e : five.entrySet()) {
            SeaEvent a = e.getValue(), b = one.get(e.getKey());
            if (b == null) continue;
            sumNm += 60 * Math.hypot(a.latDeg() - b.latDeg(), (a.lonDeg() - b.lonDeg()) * Math.cos(Math.toRadians(a.latDeg())));
            n++;
        }
        assertTrue(n >= 20, "boats calling at both tick lengths: " + n);
        assertTrue(sumNm / n < 0.01, "mean distance between a boat's call points at 5- and 1-minute ticks: " + sumNm / n + " nm");
    }
}
