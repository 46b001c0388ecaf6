package medsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import medsim.actor.AssetActivity;
import medsim.experiment.Intervals;
import medsim.experiment.Seeds;
import medsim.scenario.Scenario;

/**
 * NATO's roles at sea on a purpose-built scenario ({@code nato-at-sea.yaml}: Sea Guardian's
 * patrol aircraft reporting to MRCC Rome and, through an information link, to Sophia; Sea
 * Guardian's logistic support tripling the endurance of Sophia's warships), against its children
 * without the aircraft and without the support. Paired replications with common random numbers.
 */
class NatoAtSeaTest {
    private static final String MEAN = "departure_to_actionable_detection_minutes_mean";
    private static final int REPLICATIONS = 10;
    private static Scenario withAll;
    private static Scenario noAircraft;
    private static Scenario noLogistics;

    @BeforeAll
    static void load() {
        withAll = TestRuns.load("nato-at-sea.yaml");
        noAircraft = TestRuns.load("nato-at-sea-no-aircraft.yaml");
        noLogistics = TestRuns.load("nato-at-sea-no-logistics.yaml");
    }

    @Test
    void seaGuardiansAircraftOnTheInformationLinksShortenTheMeanTimeFromDepartureToDetectionByAForceAbleToAct() {
        double[] without = new double[REPLICATIONS], with = new double[REPLICATIONS];
        for (int i = 0; i < REPLICATIONS; i++) {
            long seed = Seeds.derive(1, i); // common random numbers: the same seed for both
            with[i] = TestRuns.run(withAll, seed).outcome().summary().get(MEAN);
            without[i] = TestRuns.run(noAircraft, seed).outcome().summary().get(MEAN);
        }
        Intervals.Estimate d = Intervals.pairedDifference(with, without); // without minus with
        System.out.printf("no aircraft minus aircraft, %s over %d paired replications: %.1f min (95%% interval %.1f to %.1f); means %.1f min with, %.1f min without%n",
                MEAN, REPLICATIONS, d.mean(), d.low(), d.high(), Arrays.stream(with).average().orElseThrow(), Arrays.stream(without).average().orElseThrow());
        assertTrue(d.low() > 0, "the paired 95% interval of the difference excludes zero and is positive: " + d);
    }

    @Test
    void withoutItsLogisticSupportSophiasShareOfPatrolHoursInItsAreaAndItsRescuesFall() {
        double[] patrolWith = new double[REPLICATIONS], patrolWithout = new double[REPLICATIONS];
        double[] rescuedWith = new double[REPLICATIONS], rescuedWithout = new double[REPLICATIONS];
        for (int i = 0; i < REPLICATIONS; i++) {
            long seed = Seeds.derive(2, i);
            RunOutcome a = TestRuns.run(withAll, seed).outcome(), b = TestRuns.run(noLogistics, seed).outcome();
            patrolWith[i] = sophiasPatrolShare(a);
            patrolWithout[i] = sophiasPatrolShare(b);
            rescuedWith[i] = a.summary().get("rescued_people.eunavfor-med");
            rescuedWithout[i] = b.summary().get("rescued_people.eunavfor-med");
        }
        Intervals.Estimate patrol = Intervals.pairedDifference(patrolWithout, patrolWith); // with minus without
        Intervals.Estimate rescued = Intervals.pairedDifference(rescuedWithout, rescuedWith);
        System.out.printf("with minus without logistic support, over %d paired replications: Sophia's patrol share %.3f (95%% interval %.3f to %.3f), Sophia's rescues %.0f people (%.0f to %.0f)%n",
                REPLICATIONS, patrol.mean(), patrol.low(), patrol.high(), rescued.mean(), rescued.low(), rescued.high());
        assertTrue(patrol.low() > 0, "Sophia patrols a larger share of its hours with the support: " + patrol);
        assertTrue(rescued.low() > 0, "and rescues more: " + rescued);
    }

    @Test
    void theSupportLengthensOnlyTheSupportedForcesShipsAndOnlyFromItsDate() {
        var sophia = withAll.forces().get("sophia");
        assertEquals(3, sophia.enduranceFactorOn(LocalDate.of(2016, 6, 1)));
        assertEquals(1, sophia.enduranceFactorOn(LocalDate.of(2016, 4, 30)));
        assertEquals(1, withAll.forces().get("ngo").enduranceFactorOn(LocalDate.of(2016, 6, 1)));
        assertEquals(1, noLogistics.forces().get("sophia").enduranceFactorOn(LocalDate.of(2016, 6, 1)));
    }

    /** Sophia's ships' patrol hours over their hours deployed (at sea or in port). */
    private static double sophiasPatrolShare(RunOutcome o) {
        double patrol = 0, all = 0;
        for (AssetHours h : o.assets()) {
            if (!h.force().equals("sophia") || !h.kind().equals("ship")) continue;
            patrol += h.hours().get(AssetActivity.PATROL);
            for (double v : h.hours().values()) all += v;
        }
        return patrol / all;
    }
}
