package medsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import medsim.actor.AssetActivity;
import medsim.actor.MrccNetwork;
import medsim.event.EventType;
import medsim.event.SeaEvent;
import medsim.experiment.Intervals;
import medsim.metric.DailySeries;
import medsim.scenario.Place;
import medsim.scenario.PlaceRole;
import medsim.scenario.Scenario;
import medsim.scenario.ScenarioLoader;

/**
 * The Libyan coastguard's capacity at sea (coastguardCapacity): more trainees and boats change
 * nothing before the training lag and more after it; a unit with a deal lets boats from its
 * town go; the Libyan SRR what-if moves coordination on its date; people returned land at
 * named return points. Small scenarios: small-lcg*.yaml (three weeks of June 2016).
 */
class CoastguardCapacityTest {
    private static final Scenario BASE = TestRuns.load("small-lcg.yaml");
    private static final Scenario TRAINED = TestRuns.load("small-lcg-trained.yaml");
    private static final Scenario DEAL = TestRuns.load("small-lcg-deal.yaml");
    /** small-lcg-trained.yaml's graduates serve, and its boats arrive, on this day. */
    private static final LocalDate LAG_DAY = LocalDate.of(2016, 6, 9);
    private static final int PAIRS = 6;

    @Test
    void theLedgerPutsTheTrainedAndEquippedCoastguardsExtraBoatsInServiceOnlyFromTheLagDay() {
        MedSim base = TestRuns.started(BASE, 1), trained = TestRuns.started(TRAINED, 1);
        for (LocalDate d = BASE.startDate(); !d.isAfter(BASE.endDate()); d = d.plusDays(1)) {
            base.coastguard().advanceTo(d);
            trained.coastguard().advanceTo(d);
            if (d.isBefore(LAG_DAY)) {
                assertEquals(base.coastguard().boatsInService(), trained.coastguard().boatsInService(), d.toString());
                assertEquals(base.coastguard().rangeNm(), trained.coastguard().rangeNm(), d.toString());
                assertEquals(0, trained.coastguard().trainedPersonnel(), d.toString());
            } else {
                assertEquals(4, base.coastguard().boatsInService(), d.toString());
                assertEquals(8, trained.coastguard().boatsInService(), "4 boats handed over, crews enough: " + d);
                assertTrue(trained.coastguard().rangeNm() > base.coastguard().rangeNm(), "trained crews go further out: " + d);
                double trainedNow = trained.coastguard().trainedPersonnel();
                assertTrue(d.equals(LAG_DAY) ? trainedNow == 60 : trainedNow < 60, "graduates leave for the militias from the day they serve: " + d + " " + trainedNow);
            }
        }
    }

    @Test
    void moreTraineesAndBoatsChangeNothingBeforeTheTrainingLagThenBringMorePatrolHoursAndInterceptions() {
        double[] hoursA = new double[PAIRS], hoursB = new double[PAIRS], interceptedA = new double[PAIRS], interceptedB = new double[PAIRS];
        for (int i = 0; i < PAIRS; i++) {
            long seed = 11 + i;
            TestRuns.Result a = TestRuns.run(BASE, seed), b = TestRuns.run(TRAINED, seed);
            if (i == 0) sameBeforeTheLag(a, b);
            hoursA[i] = patrolHours(a);
            hoursB[i] = patrolHours(b);
            interceptedA[i] = a.outcome().summary().get("intercepted_people");
            interceptedB[i] = b.outcome().summary().get("intercepted_people");
        }
        Intervals.Estimate hours = Intervals.pairedDifference(hoursA, hoursB);
        Intervals.Estimate intercepted = Intervals.pairedDifference(interceptedA, interceptedB);
        assertTrue(hours.low() > 0, "more coastguard patrol hours (B - A): " + hours);
        assertTrue(intercepted.low() > 0, "more people intercepted (B - A): " + intercepted);
    }

    /** Every event before the lag day, but the course's own graduation, and every daily metric of those days, but the coastguard's stocks, are the same. */
    private static void sameBeforeTheLag(TestRuns.Result a, TestRuns.Result b) {
        long lagTick = (long) (LAG_DAY.toEpochDay() - BASE.startDate().toEpochDay()) * BASE.ticksPerDay();
        List<SeaEvent> ea = a.events().stream().filter(e -> e.tick() < lagTick).toList();
        List<SeaEvent> eb = b.events().stream().filter(e -> e.tick() < lagTick && e.type() != EventType.COURSE_GRADUATION).toList();
        assertTrue(ea.stream().anyMatch(e -> e.type() == EventType.INTERCEPTION), "the coastguard intercepted boats before the lag");
        assertEquals(ea, eb, "events before the training lag");
        assertTrue(a.events().size() != b.events().size() || !a.events().equals(b.events()), "the runs differ after it");
        DailySeries da = a.outcome().daily(), db = b.outcome().daily();
        int days = (int) (LAG_DAY.toEpochDay() - BASE.startDate().toEpochDay());
        for (int d = 0; d < days; d++) {
            for (int m = 0; m < da.flows().size(); m++) {
                String name = da.flows().get(m).name();
                if (!name.startsWith("coastguard_")) assertEquals(da.flow(d, m), db.flow(d, db.flowIndex(name)), name + " on day " + d);
            }
            for (int m = 0; m < da.levels().size(); m++) {
                String name = da.levels().get(m).name();
                if (!name.startsWith("coastguard_")) assertEquals(da.level(d, m), db.level(d, db.levelIndex(name)), name + " on day " + d);
            }
        }
    }

    private static double patrolHours(TestRuns.Result r) {
        return r.outcome().assets().stream().filter(h -> h.force().equals("libyan-coastguard"))
                .mapToDouble(h -> h.hours().getOrDefault(AssetActivity.PATROL, 0.0)).sum();
    }

    @Test
    void aServingCourseLargerThanThePersonnelTakesOnlyThoseServingAndMakesNoOneFromNothing(@TempDir Path dir) throws IOException {
        Path child = dir.resolve("big-course.yaml");
        Files.writeString(child, "extends: " + TestRuns.scenarioFile("small-lcg.yaml").toAbsolutePath() + "\n"
                + "coastguardCapacity:\n  personnel: 10\n  trainingLagDays: 0\n  attritionPerYear: 0\n  courses:\n"
                + "    - {id: big, start: 2016-06-02, end: 2016-06-03, trainees: 500, graduates: 400, intake: serving, source: test}\n"
                + "    - {id: later, start: 2016-06-05, end: 2016-06-06, trainees: 8, graduates: 8, intake: serving, source: test}\n");
        Scenario s = ScenarioLoader.load(child);
        medsim.actor.CoastguardLedger ledger = new medsim.actor.CoastguardLedger(s.coastguardCapacity(), s.forces().get(s.coastguardCapacity().force()));
        assertEquals(10, ledger.servingIntake(s.coastguardCapacity().courses().get(0)), 1e-9, "the big course takes the 10 serving");
        assertEquals(2, ledger.servingIntake(s.coastguardCapacity().courses().get(1)), 1e-9, "the 8 graduates are trained: only the 2 who failed are left untrained");
        for (LocalDate d = s.startDate(); !d.isAfter(s.endDate()); d = d.plusDays(1)) {
            ledger.advanceTo(d);
            assertTrue(ledger.servingPersonnel() <= 10 + 1e-9, d + ": " + ledger.servingPersonnel() + " serving of 10");
        }
        assertEquals(10, ledger.trainedPersonnel(), 1e-9, "400 of 500 graduate (8 of the 10 taken), then the 2 left, all of whom graduate");
    }

    @Test
    void aUnitWhoseTownHasADealWithTheSmugglersInterceptsFewerBoatsFromThere() {
        double[] withoutDeal = new double[PAIRS], withDeal = new double[PAIRS], othersWithout = new double[PAIRS], othersWith = new double[PAIRS];
        for (int i = 0; i < PAIRS; i++) {
            long seed = 21 + i;
            TestRuns.Result a = TestRuns.run(BASE, seed), b = TestRuns.run(DEAL, seed);
            withoutDeal[i] = boatsIntercepted(a, "libyan-coastguard/zawiya", "zawiya");
            withDeal[i] = boatsIntercepted(b, "libyan-coastguard/zawiya", "zawiya");
            othersWithout[i] = boatsIntercepted(a, "libyan-coastguard/zawiya", "tripoli");
            othersWith[i] = boatsIntercepted(b, "libyan-coastguard/zawiya", "tripoli");
        }
        Intervals.Estimate fromZawiya = Intervals.pairedDifference(withoutDeal, withDeal);
        assertTrue(fromZawiya.high() < 0, "Zawiya's unit intercepts fewer boats from Zawiya (deal - none): " + fromZawiya);
        Intervals.Estimate fromTripoli = Intervals.pairedDifference(othersWithout, othersWith);
        assertTrue(fromTripoli.high() >= 0, "and not fewer from Tripoli, where it has no deal (deal - none): " + fromTripoli);
    }

    /** Boats from {@code point} intercepted by the assets of the class {@code assetClass}. */
    private static double boatsIntercepted(TestRuns.Result r, String assetClass, String point) {
        Set<Long> fromPoint = r.events().stream().filter(e -> e.type() == EventType.DEPARTURE && e.actor().equals(point))
                .map(SeaEvent::boatId).collect(Collectors.toSet());
        return r.events().stream().filter(e -> e.type() == EventType.INTERCEPTION && e.actor().startsWith(assetClass + "-")
                && fromPoint.contains(e.boatId())).map(SeaEvent::boatId).distinct().count();
    }

    @Test
    void theLibyanSrrWhatIfMovesCoordinationToTripoliOnItsDate() {
        Path file = Path.of("..", "scenarios", "whatif", "2016-libyan-srr-early.yaml");
        Scenario whatIf = ScenarioLoader.load(file).withDays(1);
        Scenario base = ScenarioLoader.load(Path.of("..", "scenarios", "central-med-2016.yaml")).withDays(1);
        MedSim w = TestRuns.started(whatIf, 1), b = TestRuns.started(base, 1);
        MrccNetwork net = w.mrccNetwork();
        Place tripoli = whatIf.places().get("tripoli");
        double x = w.xOf(tripoli), y = w.yOf(tripoli) - 40; // 40 nm north of Tripoli: high seas, inside the Libyan SRR's polygon
        assertEquals("high-seas", w.zoneAt(x, y).code());
        assertEquals("rome", net.responsibleFor(w, x, y, LocalDate.of(2016, 6, 30)).id());
        assertEquals("tripoli", net.responsibleFor(w, x, y, LocalDate.of(2016, 7, 1)).id());
        assertEquals("rome", b.mrccNetwork().responsibleFor(b, x, y, LocalDate.of(2016, 7, 1)).id(), "the shipped 2016 keeps MRCC Rome");
        var lcg = whatIf.forces().get("libyan-coastguard").mandate();
        var highSeas = w.zoneAt(x, y);
        assertFalse(lcg.allows(medsim.mandate.Action.RESCUE, highSeas, LocalDate.of(2016, 6, 30)));
        assertTrue(lcg.allows(medsim.mandate.Action.RESCUE, highSeas, LocalDate.of(2016, 7, 1)), "its boats answer JRCC Tripoli's cases there");
        assertEquals(base.forces().get("libyan-coastguard").mandate().entries().size(), lcg.entries().size());
    }

    @Test
    void inARunOfTheSrrWhatIfJrccTripoliOpensAndTasksCasesFromItsDateOnly(@TempDir Path dir) throws IOException {
        // The what-if over the fortnight around its date (its own period would take half a year to get there).
        Path fortnight = Files.writeString(dir.resolve("fortnight.yaml"), "extends: "
                + Path.of("..", "scenarios", "whatif", "2016-libyan-srr-early.yaml").toAbsolutePath().normalize()
                + "\nperiod: {start: 2016-06-24, end: 2016-07-07}\n");
        Scenario whatIf = ScenarioLoader.load(fortnight);
        LocalDate from = LocalDate.of(2016, 7, 1);
        TestRuns.Result r = TestRuns.run(whatIf, 1);
        long fromTick = (from.toEpochDay() - whatIf.startDate().toEpochDay()) * whatIf.ticksPerDay();
        long before = 0, after = 0, tasked = 0;
        for (SeaEvent e : r.events()) {
            boolean tripoli = e.type() == EventType.CASE_OPENED && e.actor().equals("tripoli");
            if (tripoli && e.tick() < fromTick) before++;
            if (tripoli && e.tick() >= fromTick) after++;
            if (e.type() == EventType.TASKING && e.detail().equals("tripoli")) {
                assertTrue(e.tick() >= fromTick && e.actor().startsWith("libyan-coastguard/"), "JRCC Tripoli tasks its coastguard from July: " + e);
                tasked++;
            }
        }
        assertEquals(0, before, "no case is JRCC Tripoli's before its region is in force");
        assertTrue(after > 0 && tasked > 0, "cases in its region are its own from " + from + ": " + after + " opened, " + tasked + " taskings");
    }

    @Test
    void peopleReturnedLandAtNamedReturnPointsAndWaitToCrossAgain() {
        TestRuns.Result r = TestRuns.run(TestRuns.load("small-behaviour.yaml"), 3);
        Set<String> returnPoints = r.sim().scenario().places().values().stream().filter(p -> p.is(PlaceRole.LIBYAN_RETURN_POINT))
                .map(Place::id).collect(Collectors.toSet());
        Map<String, Integer> byPort = new HashMap<>();
        for (SeaEvent e : r.events()) if (e.type() == EventType.RETURN_TO_LIBYA) byPort.merge(e.detail(), e.people(), Integer::sum);
        assertFalse(byPort.isEmpty(), "people were returned");
        assertTrue(returnPoints.containsAll(byPort.keySet()), "returned at " + byPort.keySet() + ", return points " + returnPoints);
        assertTrue(r.outcome().summary().get("reattempting_people") > 0, "some of them waited to cross again");
    }
}
