package medsim.actor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import medsim.scenario.DeparturesSpec;
import medsim.scenario.Weighted;

/** Who leaves a point under enforcement ashore, where they go and when they arrive: whole people, no draws. */
class EnforcementAshoreSplitTest {
    private static final List<Weighted> POINTS = List.of(new Weighted("a", 0.5), new Weighted("b", 0.3), new Weighted("c", 0.2));
    private static final double[] WEIGHTS = {0.5, 0.3, 0.2};
    private static final LocalDate DAY = LocalDate.of(2016, 7, 1);

    private static EnforcementAshore enforcement(List<DeparturesSpec.Enforcement> entries) {
        DeparturesSpec.Behaviour b = new DeparturesSpec.Behaviour(1000, 0.1, 0, 0.1, new DeparturesSpec.Detention(1, 2, 0, 0), List.of(),
                entries, new DeparturesSpec.EnforcementResponse(0.2, 3, 0.1, 0.5), DeparturesSpec.LaunchDecision.defaults());
        return new EnforcementAshore(b, POINTS, WEIGHTS);
    }

    private static DeparturesSpec.Enforcement at(String point, double strength) {
        return new DeparturesSpec.Enforcement(point, DAY, DAY, strength, "assumption (test)");
    }

    @Test
    void peopleLeaveInProportionToTheStrengthAndSplitOverTheOpenPointsByWeightArrivingAfterTheDelay() {
        EnforcementAshore e = enforcement(List.of(at("a", 0.5), at("c", 0.5)));
        long[] waiting = {1000, 0, 0};
        double[][] boats = {{10}, {10}, {10}};
        e.startDay(DAY.toEpochDay(), waiting, boats);
        // a: 1000 x 0.5 x 0.2 = 100 leave, 10 give up; 90 split over b (0.3) and c (0.2 x 0.5): 67.5 and 22.5 -> 68 and 22.
        assertEquals(List.of(new EnforcementAshore.Move(0, EnforcementAshore.GAVE_UP, 10), new EnforcementAshore.Move(0, 1, 68),
                new EnforcementAshore.Move(0, 2, 22)), e.movesToday());
        assertEquals(900, waiting[0]);
        assertEquals(0.5, e.launchFactor(0));
        assertEquals(1.0, e.launchFactor(1));
        assertEquals(7.5, boats[0][0], 1e-12, "a quarter of a's boats seized (0.5 x 0.5)");
        assertEquals(10, boats[1][0]);
        assertEquals(90, e.peopleInTransit());
        assertEquals(10, e.gaveUpPeople());
        for (int d = 1; d < 3; d++) e.startDay(DAY.toEpochDay() + d, waiting, boats);
        assertEquals(List.of(), e.movesToday(), "the entry has ended");
        assertEquals(90, e.peopleInTransit(), "still on the way two days later");
        e.startDay(DAY.toEpochDay() + 3, waiting, boats);
        assertEquals(0, e.peopleInTransit());
        assertEquals(68, waiting[1]);
        assertEquals(22, waiting[2]);
    }

    @Test
    void nobodyMovesWhenEveryOtherPointIsClosed() {
        EnforcementAshore e = enforcement(List.of(at("a", 1), at("b", 1), at("c", 1)));
        long[] waiting = {1000, 500, 200};
        e.startDay(DAY.toEpochDay(), waiting, new double[][] {{0}, {0}, {0}});
        assertEquals(List.of(), e.movesToday());
        assertEquals(0.0, e.launchFactor(2));
        assertEquals(1700, waiting[0] + waiting[1] + waiting[2]);
    }
}
