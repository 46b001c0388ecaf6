package medsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import medsim.actor.WaitingToCross;
import medsim.event.EventType;
import medsim.event.SeaEvent;
import medsim.metric.DailySeries;
import medsim.scenario.BoatType;
import medsim.scenario.DeparturesSpec;
import medsim.scenario.Scenario;

/** Departures in behaviour mode: people waiting at each point, boats in stock, detention and return. */
class DeparturesBehaviourTest {

    @ParameterizedTest
    @ValueSource(longs = {1, 2})
    void peopleAshoreAndAtSeaAreConservedExactly(long seed) {
        Scenario scenario = TestRuns.load("small-every-counter.yaml");
        MedSim sim = TestRuns.run(scenario, seed).sim();
        Map<String, Double> s = sim.outcome().summary();
        WaitingToCross w = sim.network().waitingToCross();
        assertTrue(s.get("returned_to_libya") > 0 && s.get("reattempting_people") > 0, "the run returns and releases people: " + s);
        // Ashore: waiting at start + inflow + returned = departures + waiting at end + in detention + gave up + deported.
        double in = w.initialWaitingPeople() + w.inflowPeople() + s.get("returned_to_libya");
        double out = s.get("departed_people") + s.get("people_waiting_ashore_end") + s.get("people_in_detention_end")
                + s.get("gave_up_people") + s.get("deported_people") + s.get("people_in_transit_ashore_end");
        assertEquals(in, out, 0.0, "people ashore are conserved: " + s);
        assertEquals(w.initialWaitingPeople(), (long) Math.floor(scenario.departures().behaviour().migrantsInLibya()
                * scenario.departures().behaviour().waitingShare()));
        assertEquals(w.returnedPeople(), s.get("returned_to_libya"), 0.0, "every person returned is detained");
        // At sea, as in schedule mode.
        double accounted = s.get("arrivals_people") + s.get("returned_to_libya") + s.get("dead_missing")
                + s.get("people_at_sea_end") + s.get("people_aboard_assets_end");
        assertEquals(s.get("departed_people"), accounted, 0.0, "people at sea are conserved: " + s);
    }

    @Test
    void peopleReturnedToLibyaDepartAgain() {
        // Every calm day empties the points (maxShareOfWaitingPerDay 1): more people depart than
        // were ever waiting or came in only if some of those returned left a second time.
        MedSim sim = TestRuns.run("small-behaviour.yaml", 3).sim();
        Map<String, Double> s = sim.outcome().summary();
        WaitingToCross w = sim.network().waitingToCross();
        assertTrue(s.get("reattempting_people") > 0, "people were released to wait again: " + s);
        assertTrue(s.get("departed_people") > w.initialWaitingPeople() + w.inflowPeople(),
                "departed " + s.get("departed_people") + " > first-time crossers " + (w.initialWaitingPeople() + w.inflowPeople()));
    }

    @Test
    void everyBoatLeavesOnADayWhoseSeaItsTypeCanFaceAndNoMoreBoatsThanTheNetworksHeld() {
        Scenario scenario = TestRuns.load("small-behaviour.yaml");
        TestRuns.Result r = TestRuns.run(scenario, 5);
        DailySeries daily = r.outcome().daily();
        int beaufort = daily.levelIndex("beaufort");
        long ticksPerDay = scenario.ticksPerDay();
        long windowStart = r.sim().clock().ticks(scenario.smuggling().departureWindowStartHour());
        int departures = 0;
        for (SeaEvent e : r.events()) {
            if (e.type() != EventType.DEPARTURE) continue;
            departures++;
            int plannedOn = (int) ((e.tick() - windowStart) / ticksPerDay);
            BoatType type = scenario.boatTypes().get(e.detail());
            assertTrue(daily.level(plannedOn, beaufort) <= type.maxBeaufortToDepart(),
                    e.detail() + " left on day " + plannedOn + " at Beaufort " + daily.level(plannedOn, beaufort));
        }
        assertTrue(departures > 50, "the run puts boats to sea");
        int points = scenario.smuggling().departurePoints().size();
        for (DeparturesSpec.BoatStock b : scenario.departures().behaviour().boats()) {
            double held = points * (b.initialPerPoint() + b.replenishPerDayPerPoint() * scenario.days());
            assertTrue(r.outcome().summary().get("departed_boats." + b.boatType()) <= held, b.boatType() + " launched more boats than held");
        }
    }

    @Test
    void withoutReattemptsOrAdaptationDeparturesAreTheSameWithAndWithoutNgoShips() {
        // Common random numbers: nothing ashore hears from the sea, so the NGOs change nothing ashore.
        TestRuns.Result with = TestRuns.run("small-behaviour-no-feedback.yaml", 4);
        TestRuns.Result without = TestRuns.run("small-behaviour-no-feedback-no-ngo.yaml", 4);
        List<String> a = departures(with), b = departures(without);
        assertTrue(a.size() > 50, "boats went to sea");
        assertEquals(a, b);
        assertTrue(with.outcome().summary().get("rescued_people.ngo") > 0, "the NGOs did rescue people in one run");
        assertTrue(with.outcome().summary().get("returned_to_libya") > 0, "people were returned, and stayed detained");
    }

    private static List<String> departures(TestRuns.Result r) {
        return r.events().stream().filter(e -> e.type() == EventType.DEPARTURE)
                .map(e -> e.tick() + " " + e.actor() + " " + e.people() + " " + e.detail()).toList();
    }

    @Test
    void noBoatsInStockMeansNoDepartures() {
        Scenario scenario = TestRuns.load("small-behaviour.yaml");
        DeparturesSpec.Behaviour b = scenario.departures().behaviour();
        DeparturesSpec.Behaviour none = new DeparturesSpec.Behaviour(b.migrantsInLibya(), b.waitingShare(), b.inflowPeoplePerDay(),
                b.maxShareOfWaitingPerDay(), b.detention(),
                b.boats().stream().map(s -> new DeparturesSpec.BoatStock(s.boatType(), 0, 0, s.maxPerPoint())).toList(),
                b.enforcementAshore(), b.enforcementResponse(), b.launch());
        Scenario noBoats = new Scenario(scenario.file(), scenario.name(), scenario.description(), scenario.startDate(), scenario.endDate(),
                scenario.tickMinutes(), scenario.geography(), scenario.places(), scenario.areas(), scenario.searchRescueRegions(),
                scenario.mrccs(), scenario.fallbackMrcc(), scenario.weather(), scenario.boatTypes(), scenario.smuggling(),
                new DeparturesSpec(DeparturesSpec.Mode.BEHAVIOUR, none), scenario.driverArrestsPerPersonLanded(), scenario.forces(), scenario.informationLinks(), scenario.embargoTraffic(), scenario.detection(), scenario.validation(), scenario.sources(), scenario.coastguardCapacity(), scenario.heldOut());
        MedSim sim = TestRuns.run(noBoats.withDays(7), 1).sim();
        Map<String, Double> s = sim.outcome().summary();
        assertEquals(0.0, s.get("departed_people"));
        WaitingToCross w = sim.network().waitingToCross();
        assertEquals(w.initialWaitingPeople() + w.inflowPeople(), s.get("people_waiting_ashore_end"), 0.0, "everyone still waits");
    }
}
