package medsim.model;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

import medsim.actor.MigrantBoat;
import medsim.scenario.Scenario;
import sim.util.Bag;

/** The index of boats at sea finds every boat within reach, in bag order, and follows changes to the bag. */
class NearbyBoatsTest {

    @Test
    void aQueryGivesEveryBoatWithinTheRadiusInBagOrderAndFollowsTheBag() {
        Scenario scenario = TestRuns.load("small.yaml");
        MedSim sim = TestRuns.started(scenario, 5);
        while (sim.boatsAtSea().numObjs < 8 && sim.tick() < sim.totalTicks() - 2) sim.schedule.step(sim);
        assertTrue(sim.boatsAtSea().numObjs >= 8, "the run must put boats to sea, got " + sim.boatsAtSea().numObjs);
        Bag bag = new Bag(sim.boatsAtSea());
        double w = sim.world().projection().widthNm(), h = sim.world().projection().heightNm();
        NearbyBoats index = new NearbyBoats(bag, w, h, 16.0);
        checkEveryQuery(index, bag, w, h);
        bag.removeNondestructively(bag.objs[bag.numObjs / 2]);
        bag.removeNondestructively(bag.objs[0]);
        index.invalidate();
        checkEveryQuery(index, bag, w, h);
    }

    private static void checkEveryQuery(NearbyBoats index, Bag bag, double w, double h) {
        for (double radius : new double[] {0, 3, 20, 60, 2000}) {
            for (double x = -10; x < w + 10; x += w / 17) {
                for (double y = -10; y < h + 10; y += h / 13) {
                    int n = index.near(x, y, radius);
                    int[] found = Arrays.copyOf(index.found(), n);
                    for (int k = 1; k < n; k++) assertTrue(found[k - 1] < found[k], "in bag order: " + Arrays.toString(found));
                    for (int k = 0; k < n; k++) assertTrue(found[k] < bag.numObjs, "a position in the bag");
                    for (int i = 0; i < bag.numObjs; i++) {
                        MigrantBoat b = (MigrantBoat) bag.objs[i];
                        if (Math.hypot(b.xNm() - x, b.yNm() - y) <= radius) {
                            assertTrue(Arrays.binarySearch(found, i) >= 0, "boat " + b.id() + " within " + radius + " nm of " + x + ", " + y + " is missed");
                        }
                    }
                }
            }
        }
    }
}
