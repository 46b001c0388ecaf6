package medsim.gui.map;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;

import medsim.scenario.AssetKind;
import medsim.scenario.BoatType;

/**
 * The symbols of the map, as shapes centred on a point, in pixels: the live display, the
 * legend and the picture of a finished run all draw these. {@code lengthPx} is the symbol's
 * length from bow to stern (or nose to tail).
 */
public final class Glyphs {
    /** Symbol lengths at the display's initial zoom. */
    public static final double DINGHY_PX = 8;
    public static final double WOODEN_BOAT_PX = 11;
    public static final double SHIP_PX = 13;
    public static final double AIRCRAFT_PX = 14;
    public static final double SMUGGLER_CRAFT_PX = 7;

    private Glyphs() {}

    /**
     * Rubber dinghies are drawn as rounded tubes, every other boat type as a wooden hull: the
     * scenarios name their boat types, and the two kinds the sources describe are these.
     */
    public static boolean isDinghy(BoatType type) {
        return type.id().contains("dinghy") || type.id().contains("rubber");
    }

    public static Shape boat(BoatType type, double x, double y, double zoom) {
        return isDinghy(type) ? rubberDinghy(x, y, DINGHY_PX * zoom) : woodenHull(x, y, WOODEN_BOAT_PX * zoom);
    }

    public static Shape asset(AssetKind kind, double x, double y, double zoom) {
        return kind == AssetKind.AIRCRAFT ? aircraft(x, y, AIRCRAFT_PX * zoom) : ship(x, y, SHIP_PX * zoom);
    }

    public static Shape rubberDinghy(double x, double y, double lengthPx) {
        double w = lengthPx * 0.6;
        return new RoundRectangle2D.Double(x - w / 2, y - lengthPx / 2, w, lengthPx, w, w);
    }

    /** A hull seen from above, bow to the north. */
    public static Shape woodenHull(double x, double y, double lengthPx) {
        double w = lengthPx * 0.5;
        Path2D.Double p = new Path2D.Double();
        p.moveTo(x, y - lengthPx / 2);
        p.lineTo(x + w / 2, y - lengthPx / 6);
        p.lineTo(x + w / 2, y + lengthPx / 2);
        p.lineTo(x - w / 2, y + lengthPx / 2);
        p.lineTo(x - w / 2, y - lengthPx / 6);
        p.closePath();
        return p;
    }

    /** A warship-like hull: long, pointed bow, square stern. */
    public static Shape ship(double x, double y, double lengthPx) {
        double w = lengthPx * 0.42;
        Path2D.Double p = new Path2D.Double();
        p.moveTo(x, y - lengthPx / 2);
        p.quadTo(x + w / 2, y - lengthPx / 6, x + w / 2, y + lengthPx / 4);
        p.lineTo(x + w / 2, y + lengthPx / 2);
        p.lineTo(x - w / 2, y + lengthPx / 2);
        p.lineTo(x - w / 2, y + lengthPx / 4);
        p.quadTo(x - w / 2, y - lengthPx / 6, x, y - lengthPx / 2);
        p.closePath();
        return p;
    }

    /** An aeroplane seen from above, nose to the north. */
    public static Shape aircraft(double x, double y, double lengthPx) {
        double l = lengthPx, body = l * 0.14, span = l * 0.95, tail = l * 0.45;
        Path2D.Double p = new Path2D.Double();
        p.moveTo(x, y - l / 2);
        p.lineTo(x + body / 2, y - l / 4);
        p.lineTo(x + span / 2, y + l * 0.02);
        p.lineTo(x + span / 2, y + l * 0.12);
        p.lineTo(x + body / 2, y + l * 0.02);
        p.lineTo(x + body / 2, y + l * 0.32);
        p.lineTo(x + tail / 2, y + l * 0.44);
        p.lineTo(x + tail / 2, y + l / 2);
        p.lineTo(x - tail / 2, y + l / 2);
        p.lineTo(x - tail / 2, y + l * 0.44);
        p.lineTo(x - body / 2, y + l * 0.32);
        p.lineTo(x - body / 2, y + l * 0.02);
        p.lineTo(x - span / 2, y + l * 0.12);
        p.lineTo(x - span / 2, y + l * 0.02);
        p.lineTo(x - body / 2, y - l / 4);
        p.closePath();
        return p;
    }

    /** A fast craft: a small dart. */
    public static Shape smugglerCraft(double x, double y, double lengthPx) {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(x, y - lengthPx / 2);
        p.lineTo(x + lengthPx * 0.35, y + lengthPx / 2);
        p.lineTo(x - lengthPx * 0.35, y + lengthPx / 2);
        p.closePath();
        return p;
    }

    public static Shape circle(double x, double y, double radiusPx) {
        return new Ellipse2D.Double(x - radiusPx, y - radiusPx, 2 * radiusPx, 2 * radiusPx);
    }

    /** The mark of an event on a map: rescues circles, interceptions squares, seizures diamonds, deaths an x. */
    public static Shape event(EventLook look, double x, double y, double sizePx) {
        double h = sizePx / 2;
        return switch (look) {
            case RESCUE -> circle(x, y, h);
            case INTERCEPTION -> new java.awt.geom.Rectangle2D.Double(x - h * 0.9, y - h * 0.9, h * 1.8, h * 1.8);
            case SEIZURE -> {
                Path2D.Double p = new Path2D.Double();
                p.moveTo(x, y - h);
                p.lineTo(x + h, y);
                p.lineTo(x, y + h);
                p.lineTo(x - h, y);
                p.closePath();
                yield p;
            }
            case DEATH -> {
                double t = h * 0.38;
                Path2D.Double p = new Path2D.Double();
                p.moveTo(x - t, y - h);
                p.lineTo(x + t, y - h);
                p.lineTo(x + t, y - t);
                p.lineTo(x + h, y - t);
                p.lineTo(x + h, y + t);
                p.lineTo(x + t, y + t);
                p.lineTo(x + t, y + h);
                p.lineTo(x - t, y + h);
                p.lineTo(x - t, y + t);
                p.lineTo(x - h, y + t);
                p.lineTo(x - h, y - t);
                p.lineTo(x - t, y - t);
                p.closePath();
                // A plus turned a quarter: an x, the usual mark of a death on incident maps.
                yield java.awt.geom.AffineTransform.getRotateInstance(Math.PI / 4, x, y).createTransformedShape(p);
            }
        };
    }

    /** Opaque, thin and shared: outlines are drawn for every agent on every frame. */
    private static final Color OUTLINE = new Color(0x303030);
    private static final BasicStroke OUTLINE_STROKE = new BasicStroke(0.7f);

    /** Fills a symbol in a colour with a thin dark outline, as everywhere on the map. */
    public static void fill(Graphics2D g, Shape s, Color fill) {
        g.setColor(fill);
        g.fill(s);
        g.setColor(OUTLINE);
        g.setStroke(OUTLINE_STROKE);
        g.draw(s);
    }

    /** The ring round a boat whose distress call opened a case. */
    public static void distressRing(Graphics2D g, double x, double y, double zoom) {
        g.setColor(BoatLook.DISTRESS_RING);
        g.setStroke(new BasicStroke(1.2f));
        g.draw(circle(x, y, 7 * zoom));
    }

    /** An event's mark on the map of a finished run, half transparent so that busy places show darker. */
    public static void eventMark(Graphics2D g, EventLook look, double x, double y, double sizePx) {
        Shape s = event(look, x, y, sizePx);
        Color c = look.color();
        g.setColor(new Color(c.getRed(), c.getGreen(), c.getBlue(), 150));
        g.fill(s);
        g.setColor(c.darker());
        g.setStroke(new BasicStroke(0.6f));
        g.draw(s);
    }
}
