package medsim.gui.display;

import java.awt.Graphics2D;
import java.awt.Shape;

import medsim.actor.MigrantBoat;
import medsim.gui.inspect.BoatView;
import medsim.gui.map.BoatLook;
import medsim.gui.map.Glyphs;
import medsim.gui.inspect.OrderedProperties;
import medsim.model.MedSim;
import sim.util.Properties;

/** A migrant boat: its shape by type (dinghy or wooden boat), its colour by what is happening aboard. */
public final class BoatPortrayal extends AgentPortrayal<MigrantBoat> {
    private static final long serialVersionUID = 1L;

    public BoatPortrayal(double referencePxPerNm) {
        super(MigrantBoat.class, referencePxPerNm);
    }

    @Override
    Shape symbol(MigrantBoat boat, double x, double y, double zoom) {
        return Glyphs.boat(boat.type(), x, y, zoom);
    }

    @Override
    void paint(MigrantBoat boat, Graphics2D g, Shape symbol, double x, double y, double zoom) {
        Glyphs.fill(g, symbol, BoatLook.of(boat).color());
        if (BoatLook.showsDistressRing(boat)) Glyphs.distressRing(g, x, y, zoom);
    }

    @Override
    Properties inspected(MigrantBoat boat, MedSim sim) {
        return new OrderedProperties(new BoatView(boat, sim), BoatView.ORDER);
    }
}
