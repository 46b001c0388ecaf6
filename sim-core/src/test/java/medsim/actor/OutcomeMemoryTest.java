package medsim.actor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.apache.commons.math3.stat.descriptive.SummaryStatistics;
import org.junit.jupiter.api.Test;

import medsim.random.RandomStreams;
import medsim.scenario.DeparturesSpec;

/** The networks' memory of their boats' fates, and their forecast's keyed error (behaviour mode). */
class OutcomeMemoryTest {
    /** Prior 0.5 picked up, 0.1 returned, weight 10 boats; heard 2 days late; memory 20 days. */
    private static DeparturesSpec.LaunchDecision decision(double pull, double ret) {
        return new DeparturesSpec.LaunchDecision(0.7, 2, 20, 7, 0.5, 0.1, 10, pull, ret, 50, 0, 0, 0, 1.5);
    }

    @Test
    void beforeHearingOfAnyFateTheNetworksExpectThePriorAndLaunchAsUsual() {
        OutcomeMemory m = new OutcomeMemory(decision(0.5, 0.5), 2);
        m.startDay(100);
        assertEquals(0.5, m.pickupChance(0), 1e-15);
        assertEquals(0.1, m.returnRisk(1), 1e-15);
        assertEquals(1.0, m.launchFactor(0), 1e-15);
    }

    @Test
    void aFateIsHeardAfterTheHearingDelayAtItsOwnPointAndThenFadesWithTheMemory() {
        OutcomeMemory m = new OutcomeMemory(decision(0, 0), 2);
        m.happened(100, 0, OutcomeMemory.Fate.RETURNED);
        m.startDay(100);
        m.startDay(101);
        assertEquals(0.5, m.pickupChance(0), 1e-15, "not heard yet: 2 days' delay");
        m.startDay(102);
        assertEquals((0.5 * 10 + 1) / 11, m.pickupChance(0), 1e-15, "heard on day 102: a boat picked up");
        assertEquals((0.1 * 10 + 1) / 11, m.returnRisk(0), 1e-15, "and its people returned");
        assertEquals(0.5, m.pickupChance(1), 1e-15, "the other point heard nothing");
        for (long d = 103; d <= 122; d++) m.startDay(d);
        double w = Math.exp(-1); // 20 days later, at a memory of 20 days
        assertEquals((0.5 * 10 + w) / (10 + w), m.pickupChance(0), 1e-12);
        m.happened(122, 0, OutcomeMemory.Fate.LOST);
        m.happened(122, 0, OutcomeMemory.Fate.LANDED);
        m.startDay(124);
        double w2 = Math.exp(-22.0 / 20);
        assertEquals((0.5 * 10 + w2) / (10 + w2 + 2), m.pickupChance(0), 1e-12, "two boats not picked up, heard on day 124");
    }

    @Test
    void launchesScaleWithThePickupChanceAndTheReturnRiskByTheirElasticities() {
        OutcomeMemory m = new OutcomeMemory(decision(0.5, 2), 1);
        for (int i = 0; i < 10; i++) m.happened(0, 0, OutcomeMemory.Fate.PICKED_UP);
        m.startDay(2);
        // pickup (5 + 10) / 20 = 0.75, return 1 / 20 = 0.05
        assertEquals(Math.pow(0.75 / 0.5, 0.5) * Math.pow(0.95 / 0.9, 2), m.launchFactor(0), 1e-12);
    }

    @Test
    void theForecastErrorIsNormalWithItsStandardDeviationAndKeyedByDayAndPoint() {
        RandomStreams streams = new RandomStreams(42);
        SummaryStatistics s = new SummaryStatistics();
        for (long day = 0; day < 2000; day++) {
            for (int p = 0; p < 3; p++) s.addValue(SmugglingNetwork.forecastErrorBeaufort(streams, 0.7, day, p));
        }
        assertEquals(0, s.getMean(), 0.03);
        assertEquals(0.7, s.getStandardDeviation(), 0.02);
        // Keyed: the same day and point give the same error in any order, another run's streams at the same seed included.
        double e = SmugglingNetwork.forecastErrorBeaufort(streams, 0.7, 17000, 1);
        assertEquals(e, SmugglingNetwork.forecastErrorBeaufort(new RandomStreams(42), 0.7, 17000, 1));
        assertNotEquals(e, SmugglingNetwork.forecastErrorBeaufort(streams, 0.7, 17000, 2));
        assertNotEquals(e, SmugglingNetwork.forecastErrorBeaufort(streams, 0.7, 17001, 1));
        assertNotEquals(e, SmugglingNetwork.forecastErrorBeaufort(new RandomStreams(43), 0.7, 17000, 1));
        assertEquals(0.0, SmugglingNetwork.forecastErrorBeaufort(streams, 0, 17000, 1), "no error at sd 0");
    }
}
