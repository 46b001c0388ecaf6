package medsim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import medsim.event.EventSink;
import medsim.event.EventType;
import medsim.event.SeaEvent;
import medsim.metric.Derivation;
import medsim.metric.EventFilter;
import medsim.metric.EventMeasure;
import medsim.metric.Metric;
import medsim.metric.Recorder;
import medsim.scenario.ValidationTarget;

class ValidationTest {

    /** A run of 90 days from 1 Jan whose daily count doubles in February and triples in March. */
    private static RunResult run(double arrivals, double rescued, double ngo, double perDay) {
        Recorder r = new Recorder(EventSink.NONE, List.of(Metric.flow("arrivals", "people",
                Derivation.FromEvents.of(EventMeasure.PEOPLE, EventFilter.all(EventType.LANDING)))), List.of(), List.of());
        for (int d = 0; d < 90; d++) {
            int people = (int) (perDay * (d < 31 ? 1 : d < 60 ? 2 : 3));
            r.event(new SeaEvent(0, EventType.LANDING, 35.5, 12.6, "lampedusa", d + 1, people, "territorial:ITA", 150, "rubber-dinghy"));
            r.endDay(level -> { throw new AssertionError("no levels declared"); });
        }
        Map<String, Double> s = new LinkedHashMap<>();
        s.put("arrivals", arrivals);
        s.put("rescued", rescued);
        s.put("rescued.ngo", ngo);
        return new RunResult(1, s, r.daily(LocalDate.of(2016, 1, 1)));
    }

    @Test
    void aTotalIsJudgedByTheRelativeErrorOfTheMeanWithAConfidenceInterval() {
        List<RunResult> runs = List.of(run(100, 0, 0, 1), run(110, 0, 0, 1), run(120, 0, 0, 1), run(105, 0, 0, 1), run(115, 0, 0, 1));
        ValidationTarget t = new ValidationTarget("a", ValidationTarget.Use.FIT, ValidationTarget.Kind.TOTAL, "arrivals", null, 100, null, 0.15, "f");
        ValidationRow row = Validation.evaluate(t, runs);
        assertEquals(110, row.simulatedMean(), 1e-9);
        assertEquals(0.10, row.error(), 1e-9);
        assertTrue(row.withinTolerance());
        // t(0.975, 4 df) = 2.7764; sd = sqrt(62.5); half width = 2.7764 * sd / sqrt(5)
        assertEquals(110 - 2.776445 * Math.sqrt(62.5) / Math.sqrt(5), row.ciLow(), 1e-4);
        ValidationTarget strict = new ValidationTarget("a", ValidationTarget.Use.FIT, ValidationTarget.Kind.TOTAL, "arrivals", null, 100, null, 0.05, "f");
        assertFalse(Validation.evaluate(strict, runs).withinTolerance());
        assertEquals(4.0, Validation.evaluate(strict, runs).loss(), 1e-9, "(0.10 / 0.05)^2");
        ValidationRow few = Validation.evaluate(t, runs.subList(0, 3));
        assertEquals(110, few.simulatedMean(), 1e-9);
        assertTrue(Double.isNaN(few.ciLow()) && Double.isNaN(few.ciHigh()), "three replications give no interval");
        assertEquals(3, few.replications());
    }

    @Test
    void aSharesErrorIsRelativeToTheShareSoZeroNeverPassesForASmallShare() {
        List<RunResult> runs = List.of(run(0, 100, 30, 1), run(0, 200, 50, 1));
        ValidationTarget t = new ValidationTarget("s", ValidationTarget.Use.FIT, ValidationTarget.Kind.SHARE, "rescued.ngo", "rescued", 0.26, null, 0.10, "f");
        ValidationRow row = Validation.evaluate(t, runs);
        assertEquals(0.275, row.simulatedMean(), 1e-9);
        assertEquals(0.015 / 0.26, row.error(), 1e-9);
        assertTrue(row.withinTolerance());
        ValidationTarget small = new ValidationTarget("f", ValidationTarget.Use.CHECK, ValidationTarget.Kind.SHARE, "rescued.ngo", "rescued", 0.076, null, 0.15, "f");
        List<RunResult> none = List.of(run(0, 100, 0, 1), run(0, 200, 0, 1));
        ValidationRow zero = Validation.evaluate(small, none);
        assertEquals(-1, zero.error(), 1e-9);
        assertFalse(zero.withinTolerance(), "0% against 7.6% is off by the whole share, whatever the tolerance in points would have said");
    }

    @Test
    void aTotalHasPredictiveIntervalsOfItsRunsAndSaysWhetherTheRecordFallsInside() {
        List<RunResult> runs = new ArrayList<>();
        for (int i = 1; i <= 21; i++) runs.add(run(100 + i, 0, 0, 1)); // 101 .. 121
        ValidationRow row = Validation.evaluate(new ValidationTarget("a", ValidationTarget.Use.CHECK, ValidationTarget.Kind.TOTAL, "arrivals", null,
                100, null, 0.15, "f"), runs);
        assertEquals(101.5, row.pi95Low(), 1e-9, "R-7: the 2.5% quantile of 21 values lies halfway between the first two");
        assertEquals(120.5, row.pi95High(), 1e-9);
        assertEquals(103, row.pi80Low(), 1e-9);
        assertEquals(119, row.pi80High(), 1e-9);
        assertFalse(row.insidePredictive95(), "100 lies below every run");
        ValidationRow inside = Validation.evaluate(new ValidationTarget("b", ValidationTarget.Use.CHECK, ValidationTarget.Kind.TOTAL, "arrivals", null,
                110, null, 0.15, "f"), runs);
        assertTrue(inside.insidePredictive95());
        ValidationRow few = Validation.evaluate(new ValidationTarget("c", ValidationTarget.Use.CHECK, ValidationTarget.Kind.TOTAL, "arrivals", null,
                110, null, 0.15, "f"), runs.subList(0, 4));
        assertFalse(few.hasPredictive(), "four runs give no predictive interval");
    }

    @Test
    void aBusiestDayTargetTakesEachRunsLargestDayInItsPeriod() {
        RunResult r = run(0, 0, 0, 1); // 1 a day in January, 2 in February, 3 in March
        ValidationTarget feb = new ValidationTarget("b", ValidationTarget.Use.CHECK, ValidationTarget.Kind.BUSIEST_DAY, "arrivals", null, 2, null, 0.05,
                "stated", LocalDate.of(2016, 1, 15), LocalDate.of(2016, 2, 29), "f", null);
        assertEquals(2, Validation.evaluate(feb, List.of(r)).simulatedMean(), 1e-9, "February's days, not March's");
        ValidationTarget all = new ValidationTarget("c", ValidationTarget.Use.CHECK, ValidationTarget.Kind.BUSIEST_DAY, "arrivals", null, 2, null, 0.05, "f");
        ValidationRow row = Validation.evaluate(all, List.of(r));
        assertEquals(3, row.simulatedMean(), 1e-9);
        assertEquals(0.5, row.error(), 1e-9);
        assertFalse(row.withinTolerance());
    }

    @Test
    void aTargetWithAPeriodCountsOnlyItsDays() {
        RunResult r = run(0, 0, 0, 1);
        double inFebruary = 29 * 2; // 29 days of 2016's February, 2 people a day
        ValidationTarget feb = new ValidationTarget("p", ValidationTarget.Use.CHECK, ValidationTarget.Kind.TOTAL, "arrivals", null, inFebruary, null, 0.05,
                "stated", LocalDate.of(2016, 2, 1), LocalDate.of(2016, 2, 29), "f", null);
        ValidationRow row = Validation.evaluate(feb, List.of(r));
        assertEquals(inFebruary, row.simulatedMean(), 1e-9);
        assertTrue(row.withinTolerance());
    }

    @Test
    void aMonthlySeriesIsJudgedByItsCorrelationWithTheRecord() {
        List<RunResult> runs = List.of(run(0, 0, 0, 1), run(0, 0, 0, 2));
        ValidationRow up = Validation.evaluate(monthly(10, 20, 30), runs);
        assertTrue(up.simulatedMean() > 0.99, "same shape: " + up.simulatedMean());
        assertTrue(up.withinTolerance());
        ValidationRow down = Validation.evaluate(monthly(30, 20, 10), runs);
        assertTrue(down.simulatedMean() < -0.9, "opposite shape: " + down.simulatedMean());
        assertFalse(down.withinTolerance());
        List<RunResult> five = List.of(run(0, 0, 0, 1), run(0, 0, 0, 2), run(0, 0, 0, 3), run(0, 0, 0, 1.5), run(0, 0, 0, 2.5));
        ValidationRow close = Validation.evaluate(monthly(10, 21, 30), five);
        assertTrue(close.ciLow() > 0.9 && close.ciHigh() <= 1, "Fisher's z keeps a correlation's interval within [-1, 1]: " + close);
    }

    private static ValidationTarget monthly(double jan, double feb, double mar) {
        Map<YearMonth, Double> m = new LinkedHashMap<>();
        m.put(YearMonth.of(2016, 1), jan);
        m.put(YearMonth.of(2016, 2), feb);
        m.put(YearMonth.of(2016, 3), mar);
        return new ValidationTarget("m", ValidationTarget.Use.CHECK, ValidationTarget.Kind.MONTHLY, "arrivals", null, Double.NaN, m, 0.8, "f");
    }

    @Test
    void aMonthlyTargetKeepsItsMonthsInCalendarOrderWhateverTheOrderGiven() {
        Map<YearMonth, Double> given = new LinkedHashMap<>();
        for (int month : new int[] {11, 3, 7, 1, 12, 5, 9, 2, 8, 4, 10, 6}) given.put(YearMonth.of(2016, month), (double) month);
        ValidationTarget t = new ValidationTarget("m", ValidationTarget.Use.CHECK, ValidationTarget.Kind.MONTHLY, "arrivals", null, Double.NaN, given, 0.8, "f");
        List<YearMonth> calendar = new ArrayList<>(given.keySet());
        Collections.sort(calendar);
        assertEquals(calendar, List.copyOf(t.monthly().keySet()), "the months decide the order a correlation is summed in, so its last bits");
    }
}
