package medsim.gui;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

import medsim.model.SimClock;
import sim.engine.Schedule;

/**
 * MASON's schedule with the Console's time shown as the simulated date and time: the
 * Console's time label (its "Time" choice) asks the schedule for {@link #getTimestamp}, which
 * MASON lets a model override to name its own time. Nothing else differs from
 * {@link Schedule}: the steps, their order and the model's draws are the headless run's.
 */
final class DatedSchedule extends Schedule {
    private static final long serialVersionUID = 1L;
    /** Short enough for the Console's time label; the map's clock says UTC. */
    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ENGLISH);

    private final SimClock clock;
    private final long lastTick;

    /** {@code clock} the run's; {@code lastTick} its last tick (a later time shows as that tick's). */
    DatedSchedule(SimClock clock, long lastTick) {
        this.clock = clock;
        this.lastTick = lastTick;
    }

    /** The date and time (UTC) of the tick at {@code time}: "16 Jul 2016 05:55", or MASON's words before the start and after the end. */
    @Override
    public String getTimestamp(double time, String beforeSimulationString, String afterSimulationString) {
        if (time < EPOCH) return beforeSimulationString;
        if (time >= AFTER_SIMULATION) return afterSimulationString;
        return WHEN.format(clock.dateTime((long) Math.min(time, lastTick)));
    }
}
