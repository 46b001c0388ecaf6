package medsim.actor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import medsim.event.EventType;
import medsim.event.SeaEvent;
import medsim.model.MedSim;
import medsim.model.TestRuns;
import medsim.random.RandomStreams;
import medsim.scenario.Place;
import medsim.scenario.Scenario;

/**
 * The arrests at a landing are drawn from the lander's key and the landing's ordinal, not the
 * tick: the same landing gets the same arrests whenever in the run, and at whatever tick
 * length, it falls (small-boarding.yaml: 1% of the people landed at Lampedusa).
 */
class DriverArrestsTest {
    private static final Scenario S = TestRuns.load("small-boarding.yaml");
    private static final long KEY = RandomStreams.key("sophia/warship-1");

    /** The people arrested at each of {@code landings} landings of 400 people at Lampedusa, made after {@code ticks} steps. */
    private static List<Integer> arrests(int ticks, int landings) {
        List<SeaEvent> events = new ArrayList<>();
        MedSim sim = TestRuns.started(S, 7, events::add);
        for (int i = 0; i < ticks; i++) sim.schedule.step(sim);
        Place lampedusa = S.places().get("lampedusa");
        List<Integer> out = new ArrayList<>();
        for (int n = 0; n < landings; n++) {
            int before = events.size();
            DriverArrests.atLanding(sim, sim.xOf(lampedusa), sim.yOf(lampedusa), "sophia/warship-1", 0, 400, lampedusa, KEY, n);
            out.add(events.subList(before, events.size()).stream()
                    .filter(e -> e.type() == EventType.DRIVERS_ARRESTED).mapToInt(SeaEvent::people).sum());
        }
        return out;
    }

    @Test
    void theSameLandingGetsTheSameArrestsAtAnyTick() {
        List<Integer> early = arrests(0, 8);
        assertEquals(early, arrests(37, 8), "landings made 37 ticks later");
        Set<Integer> distinct = new HashSet<>(early);
        assertTrue(distinct.size() > 1, "successive landings draw afresh: " + early);
    }
}
