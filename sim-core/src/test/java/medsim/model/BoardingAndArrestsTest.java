package medsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import medsim.event.EventType;
import medsim.event.SeaEvent;

/** Smuggler craft caught by boarding boats, and boat drivers arrested where people are landed, in whole runs. */
class BoardingAndArrestsTest {

    private static List<SeaEvent> of(TestRuns.Result r, EventType type) {
        return r.events().stream().filter(e -> e.type() == type).toList();
    }

    private static int people(List<SeaEvent> events) {
        return events.stream().mapToInt(SeaEvent::people).sum();
    }

    @Test
    void boardingBoatsSeizeEscortsOnlyWhereTheMandateAllowsAndInsideTheTwelveMileLineWithALibyanWatersMandate() {
        long seed = 1;
        List<SeaEvent> highSeas = of(TestRuns.run("small-boarding.yaml", seed), EventType.ESCORT_SEIZED);
        assertFalse(highSeas.isEmpty());
        for (SeaEvent e : highSeas) assertFalse(e.zone().equals("territorial:LBY"), "seized in Libyan waters without a mandate: " + e);

        List<SeaEvent> libyan = of(TestRuns.run("small-boarding-in-libyan-waters.yaml", seed), EventType.ESCORT_SEIZED);
        assertTrue(libyan.stream().anyMatch(e -> e.zone().equals("territorial:LBY") && e.distanceLibyaNm() < 12),
                "with the mandate, some are caught inside the 12 nm line");
        assertTrue(libyan.size() > highSeas.size(), "the mandate to the coast catches more: " + libyan.size() + " vs " + highSeas.size());
    }

    @Test
    void driversAreArrestedOnlyAtPlacesWithARateAndAboutThatShareOfThePeopleLandedThere() {
        TestRuns.Result r = TestRuns.run("small-boarding.yaml", 5);
        Map<String, Double> rate = Map.of("lampedusa", 0.01, "augusta", 0.005);
        List<SeaEvent> arrests = of(r, EventType.DRIVERS_ARRESTED);
        assertFalse(arrests.isEmpty());
        double expected = 0, variance = 0;
        for (SeaEvent e : r.events()) {
            String place = e.type() == EventType.DISEMBARKATION ? e.detail() : e.type() == EventType.LANDING ? e.actor() : null;
            if (place == null || !rate.containsKey(place)) continue;
            double q = rate.get(place);
            expected += e.people() * q;
            variance += e.people() * q * (1 - q);
        }
        for (SeaEvent e : arrests) assertTrue(rate.containsKey(e.detail()), "arrest at a place without a rate: " + e);
        int arrested = people(arrests);
        assertTrue(Math.abs(arrested - expected) < 4 * Math.sqrt(variance), "arrested " + arrested + ", expected " + expected);

        // The summary counts drivers and escort crews apart, and their sum.
        Map<String, Double> summary = r.outcome().summary();
        assertEquals(arrested, summary.get("smugglers_apprehended.drivers"), 0);
        assertEquals(people(of(r, EventType.ESCORT_SEIZED)), summary.get("smugglers_apprehended.escort_crews"), 0);
        assertEquals(summary.get("smugglers_apprehended.drivers") + summary.get("smugglers_apprehended.escort_crews"),
                summary.get("smugglers_apprehended"), 0);
        double byForce = 0;
        for (String force : List.of("sophia", "libyan-coastguard", "ngo", "merchant")) byForce += summary.get("smugglers_apprehended." + force);
        double byPlaces = people(arrests.stream().filter(e -> rate.containsKey(e.actor())).toList());
        assertEquals(summary.get("smugglers_apprehended"), byForce + byPlaces, 0, "every apprehension is a force's or an unaided landing's");
    }
}
