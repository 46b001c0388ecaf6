package medsim.gui.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Point;
import java.awt.Rectangle;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import medsim.gui.map.ForcePalette;
import medsim.scenario.Scenario;
import medsim.scenario.ScenarioLoader;

/** The mandate timeline of the shipped 2016 scenario: its bars, its dated changes, its ticker and a click's legal basis. */
class MandateTimelineTest {
    static final Scenario S2016 = ScenarioLoader.load(Path.of("..", "scenarios", "central-med-2016.yaml"));
    final MandateTimeline timeline = new MandateTimeline(S2016);

    @Test
    void sophiasArmsEmbargoInspectionsStartOn30August2016WithTheirLegalBasis() {
        List<MandateTimeline.Change> day = timeline.on(LocalDate.of(2016, 8, 30));
        assertTrue(day.stream().anyMatch(c -> c.forceId().equals("sophia") && c.text().endsWith("may inspect in high seas")
                && c.basis().contains("UNSCR 2292")), day.toString());
        MandateTimeline.Bar inspect = timeline.bars().stream().filter(b -> b.actions().equals("inspect")).findFirst().orElseThrow();
        assertEquals(LocalDate.of(2016, 8, 30), inspect.from());
        assertTrue(inspect.explanation().contains("Legal basis (inspect): arms-embargo task"), inspect.explanation());
    }

    @Test
    void seaGuardiansFirstPatrolIsAChangeInNovember2016() {
        assertTrue(timeline.changes().stream().anyMatch(c -> c.forceId().equals("sea-guardian") && c.text().contains("deployed")
                && c.date().getMonthValue() == 11), timeline.changes().toString());
    }

    @Test
    void entriesWithTheSameZonesAndDatesShareABarAndEveryForceHasOne() {
        MandateTimeline.Bar boarding = timeline.bars().stream().filter(b -> b.force().id().equals("sophia") && b.actions().startsWith("board"))
                .findFirst().orElseThrow();
        assertEquals("board, seize, destroy, divert", boarding.actions());
        for (String force : S2016.forces().keySet()) {
            assertTrue(timeline.bars().stream().anyMatch(b -> b.force().id().equals(force)), force);
        }
    }

    @Test
    void theChangesAreInDateOrderWithinThePeriod() {
        LocalDate last = S2016.startDate();
        for (MandateTimeline.Change c : timeline.changes()) {
            assertTrue(!c.date().isBefore(last) && !c.date().isAfter(S2016.endDate()), c.toString());
            last = c.date();
        }
    }

    @Test
    void theTickerSaysTodaysChangesElseTheLastAndTheNextAndTheTodayLineMovesWithTheDate() {
        TimelinePanel panel = new TimelinePanel(timeline, new ForcePalette(S2016));
        panel.setToday(LocalDate.of(2016, 8, 30));
        int august = panel.todayX();
        assertTrue(panel.tickerText().startsWith("30 Aug 2016: ") && panel.tickerText().contains("may inspect"), panel.tickerText());
        panel.setToday(LocalDate.of(2016, 8, 31));
        assertTrue(panel.tickerText().contains("no change today. Last: 30 Aug 2016"), panel.tickerText());
        panel.setToday(LocalDate.of(2016, 12, 1));
        assertTrue(panel.todayX() > august, "today's line at " + august + " on 30 Aug and " + panel.todayX() + " on 1 Dec");
    }

    @Test
    void clickingABarShowsItsLegalBasis() {
        TimelinePanel panel = new TimelinePanel(timeline, new ForcePalette(S2016));
        int i = timeline.bars().indexOf(timeline.bars().stream().filter(b -> b.actions().equals("inspect")).findFirst().orElseThrow());
        Rectangle bar = panel.barBounds().get(i);
        panel.click(new Point(bar.x + bar.width / 2, bar.y + bar.height / 2));
        assertTrue(panel.detailText().startsWith("EUNAVFOR MED Operation Sophia may inspect in high seas, from 30 Aug 2016")
                && panel.detailText().contains("UNSCR 2292"), panel.detailText());
    }

    @Test
    void clickingAChangeMarkerShowsThatDaysChangesWithTheirBases() {
        TimelinePanel panel = new TimelinePanel(timeline, new ForcePalette(S2016));
        panel.setSize(900, 400);
        panel.bars().setSize(880, 300);
        panel.click(new Point(panel.x(LocalDate.of(2016, 11, 9)), TimelinePanel.HEADER_H - 6));
        assertTrue(panel.detailText().contains("9 Nov 2016: NATO Operation Sea Guardian: 3 frigates deployed")
                && panel.detailText().contains("basis: NATO logistics support to Sophia"), panel.detailText());
    }
}
