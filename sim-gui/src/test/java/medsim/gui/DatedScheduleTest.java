package medsim.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import medsim.model.SimClock;
import sim.engine.Schedule;

/** The Console's time label: the simulated date and time of the tick, not the tick's number. */
class DatedScheduleTest {
    final DatedSchedule schedule = new DatedSchedule(new SimClock(LocalDate.of(2016, 1, 1), 5), 366L * 288 - 1);

    @Test
    void aTickIsShownAsItsDateAndTimeInUtc() {
        assertEquals("31 Dec 2016 23:55", schedule.getTimestamp(366 * 288 - 1, "At Start", "At End"));
        assertEquals("1 Jan 2016 00:00", schedule.getTimestamp(0, "At Start", "At End"));
        assertEquals("16 Jul 2016 05:55", schedule.getTimestamp(197 * 288 + 71, "At Start", "At End"));
    }

    @Test
    void beforeTheStartAndAfterTheEndMasonsWordsStay() {
        assertEquals("At Start", schedule.getTimestamp(Schedule.BEFORE_SIMULATION, "At Start", "At End"));
        assertEquals("At End", schedule.getTimestamp(Schedule.AFTER_SIMULATION, "At Start", "At End"));
    }
}
