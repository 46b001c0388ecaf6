package medsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import medsim.actor.Asset;
import medsim.event.EventType;
import medsim.event.SeaEvent;
import medsim.geo.SeaZone;
import medsim.mandate.Action;
import medsim.scenario.Force;

class MandateComplianceTest {

    private static final Map<EventType, Action> ACTION_OF = new EnumMap<>(EventType.class);
    static {
        ACTION_OF.put(EventType.RESCUE, Action.RESCUE);
        ACTION_OF.put(EventType.INTERCEPTION, Action.INTERCEPT);
        ACTION_OF.put(EventType.BOAT_DESTROYED, Action.DESTROY);
        ACTION_OF.put(EventType.ESCORT_SEIZED, Action.SEIZE);
        ACTION_OF.put(EventType.INSPECTION, Action.INSPECT);
        ACTION_OF.put(EventType.CARGO_SEIZED, Action.SEIZE);
        ACTION_OF.put(EventType.EMBARGO_DIVERSION, Action.DIVERT);
    }

    @Test
    void noActionIsTakenOutsideTheActingForcesMandate() {
        TestRuns.Result r = TestRuns.run("small.yaml", 7);
        Map<String, Force> forceOf = forcesByAsset(r.sim());
        int checked = 0;
        for (SeaEvent e : r.events()) {
            Action action = ACTION_OF.get(e.type());
            if (action == null) continue;
            Force f = forceOf.get(e.actor());
            var date = r.sim().clock().date(e.tick());
            if (!f.mandate().allows(action, SeaZone.parse(e.zone()), date)) {
                fail(f.id() + " did " + action.key() + " in " + e.zone() + " on " + date + " without a mandate: " + e);
            }
            checked++;
        }
        assertTrue(checked > 100, "enough actions to check (" + checked + ")");
    }

    @Test
    void sophiaNeverActsInLibyanTerritorialSeaAndOnlyTheLibyanCoastguardReturnsPeople() {
        TestRuns.Result r = TestRuns.run("small.yaml", 8);
        Map<String, Force> forceOf = forcesByAsset(r.sim());
        int returns = 0;
        for (SeaEvent e : r.events()) {
            Force f = forceOf.get(e.actor());
            if (f == null) continue;
            if (f.id().equals("sophia") && ACTION_OF.containsKey(e.type())) {
                assertFalse(e.zone().equals("territorial:LBY"), "Sophia acted in Libyan territorial sea: " + e);
            }
            if (e.type() == EventType.RETURN_TO_LIBYA) {
                assertEquals("libyan-coastguard", f.id(), "only the Libyan coastguard returns people: " + e);
                returns++;
            }
        }
        assertTrue(returns > 0, "the Libyan coastguard returned people in this run");
    }

    @Test
    void destructionStartsOnTheDateTheMandateSays() {
        Map<String, Double> base = TestRuns.run("small.yaml", 9).sim().outcome().summary();
        Map<String, Double> later = TestRuns.run("small-destroy-from-july.yaml", 9).sim().outcome().summary();
        assertTrue(base.get("boats_destroyed.sophia") > 0, "Sophia destroys emptied boats under its mandate");
        assertEquals(0.0, later.get("boats_destroyed.sophia"), "no destruction before the mandate's date");
        assertTrue(later.get("rescued_people.eunavfor-med") > 0, "rescue goes on: it is a separate entry");
    }

    @Test
    void sophiaDestroysEmptyBoatsThatOthersLeftAfloat() {
        TestRuns.Result r = TestRuns.run("small.yaml", 16);
        Map<String, Force> forceOf = forcesByAsset(r.sim());
        java.util.Set<Long> emptiedByOthers = new java.util.HashSet<>();
        for (SeaEvent e : r.events()) {
            if (e.type() == EventType.RESCUE && !forceOf.get(e.actor()).id().equals("sophia")) emptiedByOthers.add(e.boatId());
        }
        long destroyedAfterOthers = r.events().stream().filter(e -> e.type() == EventType.BOAT_DESTROYED)
                .filter(e -> emptiedByOthers.contains(e.boatId())).count();
        assertTrue(destroyedAfterOthers > 0, "derelicts found and destroyed");
        long destroyedByOthers = r.events().stream().filter(e -> e.type() == EventType.BOAT_DESTROYED)
                .filter(e -> !forceOf.get(e.actor()).id().equals("sophia")).count();
        assertEquals(0, destroyedByOthers, "only Sophia may destroy boats in this scenario");
    }

    @Test
    void casesGoToTheMrccOfTheRegionInForceOnTheDay() {
        TestRuns.Result r = TestRuns.run("small.yaml", 15);
        var libyanSrrStart = java.time.LocalDate.of(2016, 6, 11);
        int before = 0, after = 0;
        for (SeaEvent e : r.events()) {
            if (e.type() != EventType.TASKING || e.latDeg() >= 34.33) continue;
            boolean declared = !r.sim().clock().date(e.tick()).isBefore(libyanSrrStart);
            if (declared && e.detail().equals("tripoli")) after++;
            if (!declared) {
                assertEquals("rome", e.detail(), "before the Libyan SRR, cases off Libya fall to the fallback MRCC: " + e);
                before++;
            }
        }
        assertTrue(before > 0 && after > 0, "cases on both sides of the date: " + before + ", " + after);
    }

    @Test
    void armsInspectionsBeginOnTheDateOfTheirMandate() {
        TestRuns.Result r = TestRuns.run("small.yaml", 14);
        var inspections = r.events().stream().filter(e -> e.type() == EventType.INSPECTION).toList();
        assertTrue(!inspections.isEmpty(), "Sophia inspects suspect ships once authorised");
        for (SeaEvent e : inspections) {
            assertTrue(!r.sim().clock().date(e.tick()).isBefore(java.time.LocalDate.of(2016, 6, 8)), "inspection before its mandate: " + e);
        }
    }

    @Test
    void openingLibyanTerritorialWatersToSophiaLetsItRescueThere() {
        TestRuns.Result r = TestRuns.run("small-sophia-in-libyan-waters.yaml", 10);
        Map<String, Force> forceOf = forcesByAsset(r.sim());
        long inside = r.events().stream()
                .filter(e -> e.type() == EventType.RESCUE && e.zone().equals("territorial:LBY"))
                .filter(e -> forceOf.get(e.actor()).id().equals("sophia")).count();
        assertTrue(inside > 0, "with the what-if mandate Sophia rescues inside Libyan waters");
    }

    private static Map<String, Force> forcesByAsset(MedSim sim) {
        Map<String, Force> m = new LinkedHashMap<>();
        for (Asset a : sim.assets()) m.put(a.id(), a.force());
        return m;
    }
}
