package medsim.gui.display;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Rectangle2D;

import medsim.model.MedSim;
import sim.display.GUIState;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.Inspector;
import sim.portrayal.LocationWrapper;
import sim.portrayal.SimplePortrayal2D;
import sim.portrayal.SimpleInspector;
import sim.util.Properties;

/**
 * Draws an agent of the sea as a symbol of a fixed size on screen (a boat of 10 m would be
 * invisible at 1 px per nm), growing gently when the user zooms in; hits within a few pixels
 * of the symbol; and inspects the agent through a view that reads its domain state.
 */
abstract class AgentPortrayal<T> extends SimplePortrayal2D {
    private static final long serialVersionUID = 1L;
    /** Clicks this close to a symbol hit it: small symbols are hard to click. */
    private static final double HIT_SLACK_PX = 3;

    private final Class<T> type;
    private final double referencePxPerNm;

    /** {@code referencePxPerNm} is the display's scale at zoom 1, where symbols have their nominal size. */
    AgentPortrayal(Class<T> type, double referencePxPerNm) {
        this.type = type;
        this.referencePxPerNm = referencePxPerNm;
    }

    /** Symbols grow with the square root of the zoom, and never below 70%. */
    final double zoom(DrawInfo2D info) {
        return Math.max(0.7, Math.min(3.0, Math.sqrt(info.draw.width / referencePxPerNm)));
    }

    abstract Shape symbol(T agent, double x, double y, double zoom);

    abstract void paint(T agent, Graphics2D g, Shape symbol, double x, double y, double zoom);

    /** What the inspector shows of the agent: its view's properties, in the view's order. */
    abstract Properties inspected(T agent, MedSim sim);

    @Override
    public final void draw(Object object, Graphics2D g, DrawInfo2D info) {
        T agent = type.cast(object);
        double z = zoom(info);
        Shape s = symbol(agent, info.draw.x, info.draw.y, z);
        paint(agent, g, s, info.draw.x, info.draw.y, z);
        if (info.selected) {
            Rectangle2D b = s.getBounds2D();
            g.setColor(Color.WHITE);
            g.setStroke(new BasicStroke(2f));
            g.draw(new Rectangle2D.Double(b.getX() - 3, b.getY() - 3, b.getWidth() + 6, b.getHeight() + 6));
        }
    }

    @Override
    public final boolean hitObject(Object object, DrawInfo2D range) {
        Rectangle2D b = symbol(type.cast(object), range.draw.x, range.draw.y, zoom(range)).getBounds2D();
        return range.clip.intersects(b.getX() - HIT_SLACK_PX, b.getY() - HIT_SLACK_PX,
                b.getWidth() + 2 * HIT_SLACK_PX, b.getHeight() + 2 * HIT_SLACK_PX);
    }

    @Override
    public final Inspector getInspector(LocationWrapper wrapper, GUIState gui) {
        if (wrapper == null) return null;
        return new SimpleInspector(inspected(type.cast(wrapper.getObject()), (MedSim) gui.state), gui, getName(wrapper));
    }

    @Override
    public final String getName(LocationWrapper wrapper) {
        return wrapper == null ? "" : String.valueOf(wrapper.getObject());
    }
}
