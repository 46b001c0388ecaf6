package medsim.actor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import medsim.model.MedSim;
import medsim.model.TestRuns;
import medsim.scenario.Place;
import medsim.scenario.Scenario;

/**
 * The MRCC network's rules: who is responsible for a case, and which place of safety an MRCC
 * designates. In small-every-counter.yaml MRCC Rome designates Augusta, Lampedusa (200 people
 * a day, ships carrying up to 300), Palermo and Valletta; the Libyan SRR is Tripoli's from
 * 2016-06-11.
 */
class MrccNetworkTest {
    private static final Scenario S = TestRuns.load("small-every-counter.yaml");

    private static Asset asset(MedSim sim, String id) {
        return sim.assets().stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void aShipSmallEnoughGoesToTheNearestPortUntilItsDayIsFullThenToTheNextNearest() {
        MedSim sim = TestRuns.started(S, 1);
        MrccNetwork net = sim.mrccNetwork();
        Place lampedusa = S.places().get("lampedusa");
        double x = sim.xOf(lampedusa), y = sim.yOf(lampedusa) - 20;
        Asset patrolBoat = asset(sim, "libyan-coastguard/patrol-boat-1"); // carries 200
        Mrcc rome = net.mrccs().get("rome");
        assertEquals("lampedusa", net.placeOfSafety(sim, rome, patrolBoat, x, y, 150).id());
        assertEquals("lampedusa", net.placeOfSafety(sim, rome, patrolBoat, x, y, 50).id(), "200 people: the day's capacity, not beyond");
        assertEquals("valletta", net.placeOfSafety(sim, rome, patrolBoat, x, y, 1).id(), "Lampedusa is full today: the next nearest");
    }

    @Test
    void aShipTooLargeForAPortIsSentToTheNearestThatTakesIt() {
        MedSim sim = TestRuns.started(S, 1);
        MrccNetwork net = sim.mrccNetwork();
        Place lampedusa = S.places().get("lampedusa");
        Asset warship = asset(sim, "sophia/warship-1"); // carries 600
        assertEquals("valletta", net.placeOfSafety(sim, net.mrccs().get("rome"), warship, sim.xOf(lampedusa), sim.yOf(lampedusa) - 20, 10).id());
    }

    @Test
    void whenNoPortHasRoomTheNearestThatSuitsTheShipStillTakesThem() {
        Scenario small = TestRuns.load("small.yaml");
        MedSim sim = TestRuns.started(small, 1);
        MrccNetwork net = sim.mrccNetwork();
        Place augusta = small.places().get("augusta");
        // JRCC Tripoli designates only Lampedusa (300 people a day); MRCC Valletta only Valletta.
        assertEquals("lampedusa", net.placeOfSafety(sim, net.mrccs().get("tripoli"), asset(sim, "sophia/warship-1"), sim.xOf(augusta), sim.yOf(augusta), 400).id());
        assertEquals("valletta", net.placeOfSafety(sim, net.mrccs().get("valletta"), asset(sim, "sophia/warship-1"), sim.xOf(augusta), sim.yOf(augusta), 10).id(),
                "an MRCC designates only its own places, however near another is");
    }

    @Test
    void theResponsibleMrccIsTheOneWhoseRegionIsInForceThatDayElseTheFallback() {
        MedSim sim = TestRuns.started(S, 1);
        MrccNetwork net = sim.mrccNetwork();
        Place tripoli = S.places().get("tripoli");
        double x = sim.xOf(tripoli), y = sim.yOf(tripoli) - 30; // off Tripoli, in the Libyan SRR's polygon
        assertEquals("rome", net.responsibleFor(sim, x, y, LocalDate.of(2016, 6, 10)).id());
        assertEquals("tripoli", net.responsibleFor(sim, x, y, LocalDate.of(2016, 6, 11)).id());
    }
}
