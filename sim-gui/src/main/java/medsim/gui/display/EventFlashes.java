package medsim.gui.display;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

import medsim.event.EventSink;
import medsim.event.SeaEvent;
import medsim.geo.Projection;
import medsim.gui.map.EventLook;

/**
 * The GUI's event sink: the model reports every event here, and the map flashes rescues,
 * interceptions, seizures and deaths where they happen for a few simulated hours. It only
 * keeps recent events; it draws no random numbers and changes nothing in the model.
 * Called on the model's thread and read by the display's painting, hence synchronized.
 */
public final class EventFlashes implements EventSink {
    /** How long a flash lasts, in simulated hours. */
    public static final double FLASH_HOURS = 6;

    /** One marked event, at its position in nm. */
    public record Flash(long tick, EventLook look, double xNm, double yNm, int people) {}

    private final ArrayDeque<Flash> recent = new ArrayDeque<>();
    private Projection projection;
    private long lifeTicks;

    /** Forgets past flashes before a new run with this geography and flash life. */
    public synchronized void restart(Projection projection, long lifeTicks) {
        this.projection = projection;
        this.lifeTicks = lifeTicks;
        recent.clear();
    }

    @Override
    public synchronized void accept(SeaEvent e) {
        EventLook look = EventLook.of(e.type());
        if (look == null || projection == null) return;
        recent.addLast(new Flash(e.tick(), look, projection.xNm(e.lonDeg()), projection.yNm(e.latDeg()), e.people()));
        while (recent.peekFirst().tick() < e.tick() - lifeTicks) recent.removeFirst();
    }

    /** The flashes still showing at {@code nowTick}, oldest first. */
    public synchronized List<Flash> showing(long nowTick) {
        List<Flash> out = new ArrayList<>();
        for (Flash f : recent) if (f.tick() >= nowTick - lifeTicks && f.tick() <= nowTick) out.add(f);
        return out;
    }

    /** How far through its life a flash is at {@code nowTick}: 0 new, 1 gone. */
    public synchronized double age(Flash f, long nowTick) {
        return lifeTicks == 0 ? 1 : Math.min(1, Math.max(0, (nowTick - f.tick()) / (double) lifeTicks));
    }
}
