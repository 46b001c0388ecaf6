package medsim.gui.display;

import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.function.Supplier;

import medsim.gui.map.MapView;
import medsim.gui.map.SeaMap;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.FieldPortrayal2D;

/**
 * One layer of the static chart (sea and land, SRRs, patrol areas, places) attached to the
 * MASON display, so each has its own entry in the display's Layers menu. It holds no field
 * and no objects: it paints, and nothing in it can be clicked.
 *
 * <p>The layer is drawn once into an image and reused until the view, the visible part or
 * what it {@code changesWith} (the date, for SRRs in force) changes: labels with halos and
 * dashed lines cost tens of milliseconds, and MASON's Console waits for each repaint
 * before the next step.
 */
public final class MapLayerPortrayal extends FieldPortrayal2D {
    /** Paints the layer of a map through the display's current view. */
    public interface Painter {
        void paint(SeaMap map, Graphics2D g, MapView view);
    }

    private final Supplier<SeaMap> map;
    private final Painter painter;
    private final Supplier<Object> changesWith;
    private BufferedImage cache;
    private List<Object> cacheKey;

    public MapLayerPortrayal(Supplier<SeaMap> map, Painter painter) {
        this(map, painter, () -> "");
    }

    public MapLayerPortrayal(Supplier<SeaMap> map, Painter painter, Supplier<Object> changesWith) {
        this.map = map;
        this.painter = painter;
        this.changesWith = changesWith;
    }

    @Override
    public void draw(Object object, Graphics2D g, DrawInfo2D info) {
        SeaMap m = map.get();
        if (m == null) return;
        MapView view = MapView.of(info.draw, m.widthNm(), m.heightNm());
        Rectangle visible = info.clip.getBounds();
        if (visible.isEmpty()) return;
        List<Object> key = List.of(m, view, visible, changesWith.get());
        if (!key.equals(cacheKey)) {
            cache = new BufferedImage(visible.width, visible.height, BufferedImage.TYPE_INT_ARGB);
            Graphics2D c = cache.createGraphics();
            c.setRenderingHints(g.getRenderingHints());
            c.translate(-visible.x, -visible.y);
            painter.paint(m, c, view);
            c.dispose();
            cacheKey = key;
        }
        g.drawImage(cache, visible.x, visible.y, null);
    }
}
