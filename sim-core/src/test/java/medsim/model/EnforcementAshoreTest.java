package medsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import medsim.actor.WaitingToCross;
import medsim.event.EventType;
import medsim.event.SeaEvent;
import medsim.experiment.Intervals;
import medsim.scenario.Scenario;

/**
 * Enforcement ashore and displacement (behaviour mode): Zuwara closed from day 30 of a 90-day
 * run (small-ashore-zuwara-closed.yaml) against the same run without it (small-ashore.yaml),
 * paired over seeds with common random numbers.
 */
class EnforcementAshoreTest {
    private static final int SEEDS = 5;
    /** The first day Zuwara is closed, counted from 0 (2016-07-01). */
    private static final int CLOSED_FROM = 30;
    /** Displacement takes 3 days (displacementDays); within this many days of the closure the other points' departures have risen. */
    private static final int WITHIN_DAYS = 7;
    private static final int ZUWARA = 0;

    /** One run: people departed by point (scenario order) and by the day their boat was planned; the days the books did not balance. */
    private record Run(long[][] departedByPointDay, Map<String, Double> summary, List<String> unbalancedDays, long maxInTransit) {}

    private static Run[] open;
    private static Run[] closed;

    @BeforeAll
    static void runPairs() {
        Scenario a = TestRuns.load("small-ashore.yaml");
        Scenario b = TestRuns.load("small-ashore-zuwara-closed.yaml");
        open = new Run[SEEDS];
        closed = new Run[SEEDS];
        for (int i = 0; i < SEEDS; i++) {
            open[i] = run(a, i + 1);
            closed[i] = run(b, i + 1);
        }
    }

    private static Run run(Scenario scenario, long seed) {
        List<SeaEvent> events = new ArrayList<>();
        MedSim sim = TestRuns.started(scenario, seed, events::add);
        List<String> unbalanced = new ArrayList<>();
        long[] maxInTransit = {0};
        ScenarioRun.toEnd(sim, (s, day, days) -> {
            WaitingToCross w = s.network().waitingToCross();
            long in = w.initialWaitingPeople() + w.inflowPeople() + w.returnedPeople();
            long out = w.launchedPeople() + w.waitingPeople() + w.peopleInDetention() + w.gaveUpPeople() + w.deportedPeople() + w.peopleInTransit();
            if (in != out) unbalanced.add("day " + day + ": in " + in + " out " + out);
            maxInTransit[0] = Math.max(maxInTransit[0], w.peopleInTransit());
        });
        int points = scenario.smuggling().departurePoints().size();
        List<String> ids = scenario.smuggling().departurePoints().stream().map(w -> w.id()).toList();
        long[][] byDay = new long[points][scenario.days()];
        long windowStart = sim.clock().ticks(scenario.smuggling().departureWindowStartHour());
        for (SeaEvent e : events) {
            if (e.type() != EventType.DEPARTURE) continue;
            byDay[ids.indexOf(e.actor())][(int) ((e.tick() - windowStart) / scenario.ticksPerDay())] += e.people();
        }
        return new Run(byDay, sim.outcome().summary(), unbalanced, maxInTransit[0]);
    }

    private static long departed(Run r, int fromPoint, int toPoint, int fromDay, int toDay) {
        long n = 0;
        for (int p = fromPoint; p < toPoint; p++) {
            for (int d = fromDay; d < toDay; d++) n += r.departedByPointDay()[p][d];
        }
        return n;
    }

    @Test
    void closingOnePointDisplacesItsDeparturesToTheOthersWithinAWeek() {
        double[] a = new double[SEEDS], b = new double[SEEDS];
        for (int i = 0; i < SEEDS; i++) {
            assertEquals(0, departed(closed[i], ZUWARA, ZUWARA + 1, CLOSED_FROM, 90), "no boat leaves the closed point");
            assertEquals(departed(open[i], 0, 3, 0, CLOSED_FROM), departed(closed[i], 0, 3, 0, CLOSED_FROM), "identical before the closure");
            a[i] = departed(open[i], 1, 3, CLOSED_FROM, CLOSED_FROM + WITHIN_DAYS);
            b[i] = departed(closed[i], 1, 3, CLOSED_FROM, CLOSED_FROM + WITHIN_DAYS);
            assertTrue(closed[i].summary().get("displaced_people.zuwara") > 0, "people left Zuwara");
            assertEquals(0.0, closed[i].summary().get("displaced_people.sabratha"), "only the closed point displaces");
        }
        Intervals.Estimate d = Intervals.pairedDifference(a, b);
        assertTrue(d.low() > 0, "Sabratha and Tripoli's departures in the week after the closure rise: " + d);
    }

    @Test
    void totalDeparturesFallByLessThanTheClosedPointsShare() {
        // The closed point's departures in the open run, days 30 to 89, against the fall in all
        // departures over those days: people displaced leave from elsewhere, so the fall is smaller.
        double[] share = new double[SEEDS], fall = new double[SEEDS];
        for (int i = 0; i < SEEDS; i++) {
            share[i] = departed(open[i], ZUWARA, ZUWARA + 1, CLOSED_FROM, 90);
            fall[i] = departed(open[i], 0, 3, CLOSED_FROM, 90) - departed(closed[i], 0, 3, CLOSED_FROM, 90);
        }
        Intervals.Estimate d = Intervals.pairedDifference(fall, share);
        assertTrue(d.low() > 0, "the closed point's share exceeds the fall in departures: share - fall " + d);
        Intervals.Estimate f = Intervals.pairedDifference(new double[SEEDS], fall);
        assertTrue(f.low() > 0, "departures do fall (people give up on the way, wait in transit and at the closed point): " + f);
    }

    @Test
    void peopleAshoreAreConservedEveryDayWithPeopleInTransitBetweenPoints() {
        for (int i = 0; i < SEEDS; i++) {
            assertEquals(List.of(), closed[i].unbalancedDays(), "seed " + (i + 1));
            assertEquals(List.of(), open[i].unbalancedDays(), "seed " + (i + 1));
            assertTrue(closed[i].maxInTransit() > 0, "people were in transit between points");
            Map<String, Double> s = closed[i].summary();
            assertTrue(s.get("gave_up_people.displacement") > 0, "some displaced gave up on the way: " + s);
            assertEquals(s.get("gave_up_people"), s.get("gave_up_people.detention") + s.get("gave_up_people.displacement"), 0.0);
            assertEquals(0.0, open[i].summary().get("displaced_people"), "no enforcement, no displacement");
        }
    }
}
