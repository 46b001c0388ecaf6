package medsim.gui.display;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Shape;

import medsim.actor.Asset;
import medsim.gui.inspect.AssetView;
import medsim.gui.map.ForcePalette;
import medsim.gui.map.Glyphs;
import medsim.gui.inspect.OrderedProperties;
import medsim.model.MedSim;
import sim.util.Properties;

/** A ship or aircraft in its force's colour; a ship with people aboard shows how many. */
public final class AssetPortrayal extends AgentPortrayal<Asset> {
    private static final long serialVersionUID = 1L;
    private static final Font ABOARD_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 9);

    private final ForcePalette palette;

    public AssetPortrayal(ForcePalette palette, double referencePxPerNm) {
        super(Asset.class, referencePxPerNm);
        this.palette = palette;
    }

    @Override
    Shape symbol(Asset asset, double x, double y, double zoom) {
        return Glyphs.asset(asset.spec().kind(), x, y, zoom);
    }

    @Override
    void paint(Asset asset, Graphics2D g, Shape symbol, double x, double y, double zoom) {
        Glyphs.fill(g, symbol, palette.color(asset.force().id()));
        if (asset.aboard() > 0) {
            g.setFont(ABOARD_FONT);
            g.setColor(Color.BLACK);
            g.drawString(Integer.toString(asset.aboard()), (float) (x + 6 * zoom), (float) (y + 3));
        }
    }

    @Override
    Properties inspected(Asset asset, MedSim sim) {
        return new OrderedProperties(new AssetView(asset, sim), AssetView.ORDER);
    }
}
