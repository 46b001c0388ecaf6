package medsim.gui.display;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.util.function.Supplier;

import medsim.gui.map.Glyphs;
import medsim.gui.map.MapView;
import medsim.model.MedSim;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.FieldPortrayal2D;

/** Draws the event flashes: a ring that widens and fades where something happened, and the event's mark. */
public final class FlashesPortrayal extends FieldPortrayal2D {
    private final EventFlashes flashes;
    private final Supplier<MedSim> sim;

    public FlashesPortrayal(EventFlashes flashes, Supplier<MedSim> sim) {
        this.flashes = flashes;
        this.sim = sim;
    }

    @Override
    public void draw(Object object, Graphics2D g, DrawInfo2D info) {
        MedSim s = sim.get();
        if (s == null || s.sea() == null) return;
        MapView v = MapView.of(info.draw, s.sea().width, s.sea().height);
        long now = s.tick();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        for (EventFlashes.Flash f : flashes.showing(now)) {
            double age = flashes.age(f, now);
            double x = v.xPx(f.xNm()), y = v.yPx(f.yNm());
            Color c = f.look().color();
            int alpha = (int) Math.round(230 * (1 - age));
            g.setColor(new Color(c.getRed(), c.getGreen(), c.getBlue(), alpha));
            g.setStroke(new BasicStroke(2.5f));
            g.draw(Glyphs.circle(x, y, 6 + 22 * age));
            if (age < 0.5) Glyphs.eventMark(g, f.look(), x, y, 9);
        }
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
    }
}
