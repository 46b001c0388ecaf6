package medsim.model;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** Converts schedule steps (ticks of a few minutes) into calendar time. Starts at 00:00 UTC of the first day. */
public final class SimClock {
    private final LocalDate start;
    private final int tickMinutes;
    private final int ticksPerDay;

    public SimClock(LocalDate start, int tickMinutes) {
        this.start = start;
        this.tickMinutes = tickMinutes;
        this.ticksPerDay = 24 * 60 / tickMinutes;
    }

    public int ticksPerDay() { return ticksPerDay; }
    public double tickHours() { return tickMinutes / 60.0; }
    public int tickMinutes() { return tickMinutes; }
    public LocalDate startDate() { return start; }

    public int dayIndex(long tick) { return (int) (tick / ticksPerDay); }
    public LocalDate date(long tick) { return start.plusDays(dayIndex(tick)); }
    public boolean isStartOfDay(long tick) { return tick % ticksPerDay == 0; }
    public double hours(long ticks) { return ticks * tickMinutes / 60.0; }

    public LocalDateTime dateTime(long tick) {
        return start.atStartOfDay().plusMinutes(tick * tickMinutes);
    }

    /** Ticks in {@code minutes}, rounded up to a whole tick (a delay that ends on a tick boundary is not lengthened). */
    public long ticksAtLeast(double minutes) {
        return (long) Math.ceil(minutes / tickMinutes - 1e-9);
    }

    /** Ticks in {@code hours}, rounded to the nearest tick (at least 0). */
    public long ticks(double hours) {
        return Math.max(0, Math.round(hours * 60 / tickMinutes));
    }
}
