package medsim.gui.map;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.font.FontRenderContext;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

import medsim.geo.GeoPoint;
import medsim.geo.GeoPolygon;
import medsim.geo.LandPolygon;
import medsim.geo.Projection;
import medsim.geo.SeaRaster;
import medsim.model.World;
import medsim.scenario.AssetSpec;
import medsim.scenario.Force;
import medsim.scenario.Place;
import medsim.scenario.Scenario;
import medsim.scenario.SearchRescueRegion;

/**
 * The chart of the theatre that stays put while the model runs: the sea shaded by legal
 * zone, the Natural Earth land, search-and-rescue regions, patrol areas, ports and departure
 * points, and a scale bar. Built once per scenario and world; the live display and the map
 * of a finished run both paint it, through a {@link MapView}.
 */
public final class SeaMap {
    public static final Color SRR_LINE = new Color(0x1B3A6B);
    private static final Color LABEL = new Color(0x202020);
    private static final Color HALO = new Color(255, 255, 255, 200);
    private static final Font PLACE_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 10);
    private static final Font SRR_FONT = new Font(Font.SANS_SERIF, Font.ITALIC, 10);

    private final Scenario scenario;
    private final World world;
    private final ForcePalette palette;
    private final BufferedImage zoneImage;
    private final Path2D.Double landNm = new Path2D.Double(Path2D.WIND_EVEN_ODD);
    private final Map<SearchRescueRegion, Path2D.Double> srrNm = new LinkedHashMap<>();
    private final List<PatrolArea> patrolAreas = new ArrayList<>();

    private record PatrolArea(String forceId, String areaId, Path2D.Double outlineNm) {}

    public SeaMap(Scenario scenario, World world) {
        this.scenario = scenario;
        this.world = world;
        this.palette = new ForcePalette(scenario);
        this.zoneImage = zoneImage(world.raster());
        Projection proj = world.projection();
        for (LandPolygon land : world.land()) landNm.append(pathNm(land.polygon(), proj), false);
        for (SearchRescueRegion r : scenario.searchRescueRegions()) srrNm.put(r, pathNm(r.polygon(), proj));
        for (Force f : scenario.forces().values()) {
            List<String> seen = new ArrayList<>();
            for (AssetSpec a : f.assets()) {
                if (a.count() == 0 || seen.contains(a.patrolArea())) continue;
                seen.add(a.patrolArea());
                patrolAreas.add(new PatrolArea(f.id(), a.patrolArea(), pathNm(scenario.areas().get(a.patrolArea()).polygon(), proj)));
            }
        }
    }

    /** One pixel per raster cell, coloured by the cell's zone. */
    private static BufferedImage zoneImage(SeaRaster raster) {
        BufferedImage img = new BufferedImage(raster.width(), raster.height(), BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < raster.height(); y++) {
            double yNm = raster.cellCentreNm(y);
            for (int x = 0; x < raster.width(); x++) {
                img.setRGB(x, y, ZoneShade.of(raster.zoneAt(raster.cellCentreNm(x), yNm), Scenario.LIBYA).color().getRGB());
            }
        }
        return img;
    }

    private static Path2D.Double pathNm(GeoPolygon polygon, Projection proj) {
        Path2D.Double p = new Path2D.Double();
        boolean first = true;
        for (GeoPoint g : polygon.ring()) {
            double x = proj.xNm(g.lonDeg()), y = proj.yNm(g.latDeg());
            if (first) p.moveTo(x, y);
            else p.lineTo(x, y);
            first = false;
        }
        p.closePath();
        return p;
    }

    public Scenario scenario() { return scenario; }
    public World world() { return world; }
    public ForcePalette palette() { return palette; }
    public double widthNm() { return world.projection().widthNm(); }
    public double heightNm() { return world.projection().heightNm(); }

    /** The sea shaded by zone, and the land, with its coastline. */
    public void paintSeaAndLand(Graphics2D g, MapView v) {
        SeaRaster r = world.raster();
        Object interpolation = g.getRenderingHint(RenderingHints.KEY_INTERPOLATION);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
        g.drawImage(zoneImage, (int) Math.round(v.originXPx()), (int) Math.round(v.originYPx()),
                (int) Math.round(r.width() * r.cellNm() * v.pxPerNmX()), (int) Math.round(r.height() * r.cellNm() * v.pxPerNmY()), null);
        if (interpolation != null) g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, interpolation);
        Shape land = v.transform().createTransformedShape(landNm);
        g.setColor(ZoneShade.LAND.color());
        g.fill(land);
        g.setColor(ZoneShade.COAST);
        g.setStroke(new BasicStroke(0.8f));
        g.draw(land);
    }

    /** Search-and-rescue regions chosen by {@code shown} (those in force today, on the live map), dashed, with their MRCC. */
    public void paintSearchRescueRegions(Graphics2D g, MapView v, Predicate<SearchRescueRegion> shown) {
        Stroke dashed = srrStroke();
        g.setFont(SRR_FONT);
        for (Map.Entry<SearchRescueRegion, Path2D.Double> e : srrNm.entrySet()) {
            if (!shown.test(e.getKey())) continue;
            g.setColor(SRR_LINE);
            g.setStroke(dashed);
            g.draw(v.transform().createTransformedShape(e.getValue()));
            Rectangle2D box = v.transform().createTransformedShape(e.getValue()).getBounds2D();
            String mrcc = scenario.mrccs().get(e.getKey().mrcc()).name();
            haloText(g, "SRR " + e.getKey().id() + " (" + mrcc + ")", box.getMaxX() - 4, box.getMinY() + 13, SRR_LINE, true);
        }
    }

    /** Each force's patrol areas, dotted in the force's colour. */
    public void paintPatrolAreas(Graphics2D g, MapView v) {
        g.setStroke(patrolAreaStroke());
        for (PatrolArea a : patrolAreas) {
            Color c = palette.color(a.forceId());
            // Faint: many areas overlap, and the ships in them matter more than their outlines.
            g.setColor(new Color(c.getRed(), c.getGreen(), c.getBlue(), 140));
            g.draw(v.transform().createTransformedShape(a.outlineNm()));
        }
    }

    /**
     * Ports, bases and departure points with their names. Labels are placed greedily, in the
     * scenario's order of places, at the first of a few spots round the marker where they
     * overlap no earlier label or marker, so close ports (Messina and Reggio) stay readable.
     */
    public void paintPlaces(Graphics2D g, MapView v) {
        Projection proj = world.projection();
        g.setFont(PLACE_FONT);
        FontMetrics fm = g.getFontMetrics();
        List<Rectangle2D> taken = new ArrayList<>();
        List<Place> places = new ArrayList<>(scenario.places().values());
        for (Place p : places) {
            double x = v.xPx(proj.xNm(p.location().lonDeg())), y = v.yPx(proj.yNm(p.location().latDeg()));
            taken.add(new Rectangle2D.Double(x - 4, y - 4, 8, 8));
        }
        for (Place p : places) {
            double x = v.xPx(proj.xNm(p.location().lonDeg())), y = v.yPx(proj.yNm(p.location().latDeg()));
            PlaceMark.of(p).paint(g, x, y);
            double w = fm.stringWidth(p.name()), h = fm.getAscent();
            double[][] spots = {{x + 6, y + h / 2 - 1}, {x - 6 - w, y + h / 2 - 1}, {x - w / 2, y + h + 5}, {x - w / 2, y - 6},
                {x + 5, y + h + 4}, {x - 5 - w, y + h + 4}, {x + 5, y - 5}, {x - 5 - w, y - 5}, {x - w / 2, y + 2 * h + 7}};
            double[] spot = spots[0];
            for (double[] s : spots) {
                Rectangle2D r = new Rectangle2D.Double(s[0] - 1, s[1] - h, w + 2, h + 3);
                if (taken.stream().noneMatch(t -> t.intersects(r))) {
                    spot = s;
                    break;
                }
            }
            taken.add(new Rectangle2D.Double(spot[0] - 1, spot[1] - h, w + 2, h + 3));
            haloText(g, p.name(), spot[0], spot[1], LABEL, false);
        }
    }

    public static Stroke srrStroke() {
        return new BasicStroke(1.4f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {7f, 4f}, 0f);
    }

    public static Stroke patrolAreaStroke() {
        return new BasicStroke(1.1f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 10f, new float[] {1.5f, 3.5f}, 0f);
    }

    /** A scale bar in nautical miles whose left end is at (x, y); its length is a round number near 120 px. */
    public void paintScaleBar(Graphics2D g, MapView v, double x, double y) {
        double nm = 10;
        for (double candidate : new double[] {10, 20, 25, 50, 100, 200, 250, 500}) {
            if (v.lengthPx(candidate) <= 140) nm = candidate;
        }
        double len = v.lengthPx(nm);
        g.setColor(new Color(255, 255, 255, 190));
        g.fill(new Rectangle2D.Double(x - 6, y - 16, len + 48, 28));
        g.setStroke(new BasicStroke(1f));
        for (int i = 0; i < 4; i++) {
            Rectangle2D seg = new Rectangle2D.Double(x + i * len / 4, y, len / 4, 5);
            g.setColor(i % 2 == 0 ? Color.BLACK : Color.WHITE);
            g.fill(seg);
            g.setColor(Color.BLACK);
            g.draw(seg);
        }
        g.setFont(PLACE_FONT);
        g.drawString("0", (float) x - 3, (float) y - 3);
        g.drawString(String.format(Locale.ROOT, "%.0f nm", nm), (float) (x + len - 6), (float) y - 3);
    }

    /** Text with a light halo, readable on land and sea alike; {@code alignRight} puts its end at x. */
    static void haloText(Graphics2D g, String text, double x, double y, Color color, boolean alignRight) {
        FontRenderContext frc = g.getFontRenderContext();
        TextLayout layout = new TextLayout(text, g.getFont(), frc);
        double left = alignRight ? x - layout.getAdvance() : x;
        Shape outline = layout.getOutline(AffineTransform.getTranslateInstance(left, y));
        Object aa = g.getRenderingHint(RenderingHints.KEY_ANTIALIASING);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(HALO);
        g.setStroke(new BasicStroke(2.6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(outline);
        g.setColor(color);
        g.fill(outline);
        if (aa != null) g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, aa);
    }
}
