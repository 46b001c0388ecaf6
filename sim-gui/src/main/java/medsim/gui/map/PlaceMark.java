package medsim.gui.map;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Rectangle2D;

import medsim.scenario.Place;
import medsim.scenario.PlaceRole;

/** How a place is marked on the map, by its main role. */
public enum PlaceMark {
    DEPARTURE("departure point", new Color(0xA0332A)),
    PLACE_OF_SAFETY("place of safety (port)", new Color(0x1F5FA8)),
    BASE("base", new Color(0x404040));

    private final String label;
    private final Color color;

    PlaceMark(String label, Color color) {
        this.label = label;
        this.color = color;
    }

    public String label() { return label; }

    public static PlaceMark of(Place p) {
        if (p.is(PlaceRole.DEPARTURE)) return DEPARTURE;
        if (p.is(PlaceRole.PLACE_OF_SAFETY)) return PLACE_OF_SAFETY;
        return BASE;
    }

    public Shape shape(double x, double y) {
        return switch (this) {
            case DEPARTURE -> Glyphs.smugglerCraft(x, y, 8);
            case PLACE_OF_SAFETY -> new Rectangle2D.Double(x - 3, y - 3, 6, 6);
            case BASE -> Glyphs.circle(x, y, 3);
        };
    }

    public void paint(Graphics2D g, double x, double y) {
        Shape s = shape(x, y);
        g.setColor(color);
        g.fill(s);
        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke(0.8f));
        g.draw(s);
    }
}
