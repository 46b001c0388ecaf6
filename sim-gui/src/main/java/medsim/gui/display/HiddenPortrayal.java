package medsim.gui.display;

import java.awt.Graphics2D;

import sim.portrayal.DrawInfo2D;
import sim.portrayal.SimplePortrayal2D;

/**
 * Draws nothing and is never hit: what the trail layer shows of objects without a trail,
 * and the stand-in child of each trail (the symbol itself is drawn by the agents' layer;
 * a visible child would draw it twice and open two inspectors per click).
 */
final class HiddenPortrayal extends SimplePortrayal2D {
    private static final long serialVersionUID = 1L;

    @Override
    public void draw(Object object, Graphics2D graphics, DrawInfo2D info) { }

    @Override
    public boolean hitObject(Object object, DrawInfo2D range) { return false; }
}
