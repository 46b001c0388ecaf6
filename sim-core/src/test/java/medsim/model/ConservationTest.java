package medsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import medsim.actor.Asset;

class ConservationTest {

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void everyPersonWhoDepartsEndsInExactlyOneOutcomeOrIsStillAtSea(long seed) {
        MedSim sim = TestRuns.run("small.yaml", seed).sim();
        Map<String, Double> s = sim.outcome().summary();
        double departed = s.get("departed_people");
        assertTrue(departed > 10_000, "the test scenario puts many people to sea");
        double accounted = s.get("arrivals_people") + s.get("returned_to_libya") + s.get("dead_missing")
                + s.get("people_at_sea_end") + s.get("people_aboard_assets_end");
        assertEquals(departed, accounted, 0.0, "people are conserved: " + s);
        assertEquals(s.get("arrivals_people"), s.get("landed_people") + s.get("disembarked_people"), 0.0);
        // A rescue or interception is recorded when its asset leaves the boat; one under way at the end is aboard, not yet counted.
        double aboardCoastguard = sim.assets().stream().filter(ConservationTest::isCoastguard).mapToInt(Asset::aboard).sum();
        double takingCoastguard = sim.assets().stream().filter(ConservationTest::isCoastguard).mapToInt(Asset::takenInCaseInProgress).sum();
        double takingOthers = sim.assets().stream().filter(a -> !isCoastguard(a)).mapToInt(Asset::takenInCaseInProgress).sum();
        double byCoastguard = s.get("intercepted_people") + s.get("rescued_people.libya") + takingCoastguard;
        assertEquals(byCoastguard, s.get("returned_to_libya") + aboardCoastguard, 0.0, "the coastguard returns everyone it takes");
        assertEquals(s.get("rescued_people") - s.get("rescued_people.libya") + takingOthers,
                s.get("disembarked_people") + s.get("people_aboard_assets_end") - aboardCoastguard, 0.0,
                "everyone rescued by the others is landed or still aboard");
    }

    private static boolean isCoastguard(Asset a) {
        return a.force().id().equals("libyan-coastguard");
    }

    @ParameterizedTest
    @ValueSource(longs = {4})
    void rescuedPeopleByGroupSumToTheTotal(long seed) {
        Map<String, Double> s = TestRuns.run("small.yaml", seed).sim().outcome().summary();
        double byGroup = s.entrySet().stream().filter(e -> e.getKey().startsWith("rescued_people.")).mapToDouble(Map.Entry::getValue).sum();
        assertEquals(s.get("rescued_people"), byGroup, 0.0);
        double byPoint = s.entrySet().stream().filter(e -> e.getKey().startsWith("departed_people.")).mapToDouble(Map.Entry::getValue).sum();
        assertEquals(s.get("departed_people"), byPoint, 0.0);
    }
}
