package medsim.gui.display;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;

import medsim.actor.SmugglerCraft;
import medsim.gui.inspect.SmugglerCraftView;
import medsim.gui.map.Glyphs;
import medsim.gui.inspect.OrderedProperties;
import medsim.model.MedSim;
import sim.util.Properties;

/** A smuggler's escort craft: a small black dart. */
public final class SmugglerCraftPortrayal extends AgentPortrayal<SmugglerCraft> {
    private static final long serialVersionUID = 1L;

    public SmugglerCraftPortrayal(double referencePxPerNm) {
        super(SmugglerCraft.class, referencePxPerNm);
    }

    @Override
    Shape symbol(SmugglerCraft craft, double x, double y, double zoom) {
        return Glyphs.smugglerCraft(x, y, Glyphs.SMUGGLER_CRAFT_PX * zoom);
    }

    @Override
    void paint(SmugglerCraft craft, Graphics2D g, Shape symbol, double x, double y, double zoom) {
        Glyphs.fill(g, symbol, Color.BLACK);
    }

    @Override
    Properties inspected(SmugglerCraft craft, MedSim sim) {
        return new OrderedProperties(new SmugglerCraftView(craft, sim), SmugglerCraftView.ORDER);
    }
}
