package medsim.gui.display;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.RoundRectangle2D;
import java.text.NumberFormat;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Supplier;

import medsim.gui.map.MapView;
import medsim.gui.map.SeaMap;
import medsim.model.MedSim;
import medsim.record.Plural;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.FieldPortrayal2D;

/**
 * What stays in the corners of the visible map whatever the zoom: the simulated date and
 * time with the day, sea state and people at sea (top left), and the scale bar (bottom left).
 */
public final class ClockPortrayal extends FieldPortrayal2D {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH);
    private static final Font BIG = new Font(Font.SANS_SERIF, Font.BOLD, 14);
    private static final Font SMALL = new Font(Font.SANS_SERIF, Font.PLAIN, 11);

    private final Supplier<MedSim> sim;
    private final Supplier<SeaMap> map;

    public ClockPortrayal(Supplier<MedSim> sim, Supplier<SeaMap> map) {
        this.sim = sim;
        this.map = map;
    }

    /** The clock's two lines for the model's current tick, or the scenario's name before a run starts. */
    static String[] clockLines(MedSim s, SeaMap m) {
        if (s == null || s.clock() == null) return new String[] {m.scenario().name(), "press Play to start"};
        long tick = s.tick();
        LocalDateTime t = s.clock().dateTime(tick);
        NumberFormat n = NumberFormat.getIntegerInstance(Locale.ENGLISH);
        return new String[] {WHEN.format(t), String.format(Locale.ROOT, "day %d of %d  ·  Beaufort %.0f  ·  %s %s at sea",
                s.clock().dayIndex(tick) + 1, s.scenario().days(), s.seaState().beaufort(), n.format(s.peopleAtSea()),
                Plural.noun(s.peopleAtSea(), "person", "people"))};
    }

    @Override
    public void draw(Object object, Graphics2D g, DrawInfo2D info) {
        SeaMap m = map.get();
        if (m == null) return;
        String[] lines = clockLines(sim.get(), m);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        double x = Math.max(info.clip.x, info.draw.x) + 8, y = Math.max(info.clip.y, info.draw.y) + 8;
        g.setFont(BIG);
        double w = Math.max(g.getFontMetrics().stringWidth(lines[0]), g.getFontMetrics(SMALL).stringWidth(lines[1])) + 16;
        g.setColor(new Color(255, 255, 255, 215));
        g.fill(new RoundRectangle2D.Double(x, y, w, 40, 8, 8));
        g.setColor(Color.BLACK);
        g.drawString(lines[0], (float) x + 8, (float) y + 17);
        g.setFont(SMALL);
        g.setColor(new Color(0x333333));
        g.drawString(lines[1], (float) x + 8, (float) y + 33);
        MapView v = MapView.of(info.draw, m.widthNm(), m.heightNm());
        double bottom = Math.min(info.clip.y + info.clip.height, info.draw.y + info.draw.height);
        m.paintScaleBar(g, v, Math.max(info.clip.x, info.draw.x) + 16, bottom - 18);
    }
}
