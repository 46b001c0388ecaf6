package medsim.gui.map;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import medsim.scenario.AssetKind;
import medsim.scenario.AssetSpec;
import medsim.scenario.BoatType;
import medsim.scenario.Force;

/**
 * The key to the map's colours and symbols, in sections. The live display shows it beside
 * the map; the map of a finished run draws it in its margin. Both build it from the same
 * {@link SeaMap}, so it always names the scenario's own forces and boat types.
 */
public final class Legend {
    /** Width of the legend in pixels. */
    public static final int WIDTH_PX = 250;
    private static final int ROW_PX = 16;
    private static final int TITLE_PX = 20;
    private static final Font TITLE_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 11);
    private static final Font ENTRY_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
    private static final Color TEXT = new Color(0x202020);

    /** Draws a symbol centred on (cx, cy). */
    public interface Swatch {
        void paint(Graphics2D g, double cx, double cy);
    }

    public record Entry(String label, Swatch swatch) {}

    public record Section(String title, List<Entry> entries) {}

    private final List<Section> sections;

    private Legend(List<Section> sections) {
        this.sections = List.copyOf(sections);
    }

    public List<Section> sections() { return sections; }

    /** The key to the live map: zones, boats, forces, places and lines, and the event flashes. */
    public static Legend forLiveMap(SeaMap map) {
        List<Section> s = new ArrayList<>();
        s.add(zones());
        List<Entry> boats = new ArrayList<>();
        for (BoatType t : map.scenario().boatTypes().values()) {
            boats.add(new Entry(t.id().replace('-', ' ') + " (" + t.minPeople() + "-" + t.maxPeople() + " people)",
                    (g, x, y) -> Glyphs.fill(g, Glyphs.boat(t, x, y, 1), BoatLook.UNDERWAY.color())));
        }
        for (BoatLook look : BoatLook.values()) {
            boats.add(new Entry(look.label(), (g, x, y) -> Glyphs.fill(g, Glyphs.rubberDinghy(x, y, Glyphs.DINGHY_PX), look.color())));
        }
        boats.add(new Entry(BoatLook.DISTRESS_RING_LABEL, (g, x, y) -> {
            Glyphs.fill(g, Glyphs.rubberDinghy(x, y, Glyphs.DINGHY_PX), BoatLook.ADRIFT.color());
            Glyphs.distressRing(g, x, y, 1);
        }));
        boats.add(new Entry("smuggler craft (escort)", (g, x, y) -> Glyphs.fill(g, Glyphs.smugglerCraft(x, y, Glyphs.SMUGGLER_CRAFT_PX + 2), Color.BLACK)));
        s.add(new Section("Migrant boats", boats));
        s.add(forces(map));
        List<Entry> events = new ArrayList<>();
        for (EventLook look : EventLook.values()) {
            events.add(new Entry(look.label(), (g, x, y) -> {
                g.setColor(look.color());
                g.setStroke(new BasicStroke(2f));
                g.draw(Glyphs.circle(x, y, 6));
            }));
        }
        s.add(new Section("Flashes where it happens", events));
        s.add(placesAndLines(true));
        return new Legend(s);
    }

    /** The key to the map of a finished run: zones, the events with how many of each, places and lines. */
    public static Legend forEventMap(Map<EventLook, Integer> counts) {
        NumberFormat n = NumberFormat.getIntegerInstance(Locale.ENGLISH);
        List<Entry> events = new ArrayList<>();
        for (EventLook look : EventLook.values()) {
            events.add(new Entry(look.label() + " (" + n.format(counts.getOrDefault(look, 0)) + ")",
                    (g, x, y) -> Glyphs.eventMark(g, look, x, y, 9)));
        }
        return new Legend(List.of(new Section("Events (how many)", events), zones(), placesAndLines(false)));
    }

    private static Section zones() {
        List<Entry> zones = new ArrayList<>();
        for (ZoneShade z : ZoneShade.values()) {
            zones.add(new Entry(z.label(), (g, x, y) -> {
                Rectangle2D box = new Rectangle2D.Double(x - 8, y - 5, 16, 10);
                g.setColor(z.color());
                g.fill(box);
                g.setColor(z == ZoneShade.LAND ? ZoneShade.COAST : new Color(0x9AA7B3));
                g.setStroke(new BasicStroke(0.8f));
                g.draw(box);
            }));
        }
        return new Section("Sea zones", zones);
    }

    private static Section forces(SeaMap map) {
        ForcePalette palette = map.palette();
        List<Entry> forces = new ArrayList<>();
        for (Force f : map.scenario().forces().values()) {
            boolean ships = false, aircraft = false;
            for (AssetSpec a : f.assets()) {
                if (a.count() == 0) continue;
                ships |= a.kind() == AssetKind.SHIP;
                aircraft |= a.kind() == AssetKind.AIRCRAFT;
            }
            if (!ships && !aircraft) continue;
            Color c = palette.color(f.id());
            boolean both = ships && aircraft, onlyAircraft = aircraft && !ships;
            forces.add(new Entry(f.name(), (g, x, y) -> {
                if (both) {
                    Glyphs.fill(g, Glyphs.ship(x - 5, y, Glyphs.SHIP_PX - 1), c);
                    Glyphs.fill(g, Glyphs.aircraft(x + 5, y, Glyphs.AIRCRAFT_PX - 2), c);
                } else {
                    Glyphs.fill(g, onlyAircraft ? Glyphs.aircraft(x, y, Glyphs.AIRCRAFT_PX) : Glyphs.ship(x, y, Glyphs.SHIP_PX), c);
                }
            }));
        }
        forces.add(new Entry("ship / aircraft, faint trail behind", (g, x, y) -> {
            g.setColor(new Color(120, 120, 120, 150));
            g.setStroke(new BasicStroke(2f));
            g.draw(new Line2D.Double(x - 10, y + 6, x - 5, y + 1));
            Glyphs.fill(g, Glyphs.ship(x - 4, y, Glyphs.SHIP_PX - 2), Color.GRAY);
            Glyphs.fill(g, Glyphs.aircraft(x + 6, y, Glyphs.AIRCRAFT_PX - 3), Color.GRAY);
        }));
        return new Section("Forces (colour) and their assets", forces);
    }

    private static Section placesAndLines(boolean withPatrolAreas) {
        List<Entry> entries = new ArrayList<>();
        for (PlaceMark m : PlaceMark.values()) entries.add(new Entry(m.label(), m::paint));
        entries.add(new Entry("search-and-rescue region", (g, x, y) -> line(g, SeaMap.SRR_LINE, SeaMap.srrStroke(), x, y)));
        if (withPatrolAreas) {
            entries.add(new Entry("patrol area (force colour)", (g, x, y) -> line(g, Color.DARK_GRAY, SeaMap.patrolAreaStroke(), x, y)));
        }
        return new Section("Places and lines", entries);
    }

    private static void line(Graphics2D g, Color c, java.awt.Stroke stroke, double x, double y) {
        g.setColor(c);
        g.setStroke(stroke);
        g.draw(new Line2D.Double(x - 10, y, x + 10, y));
    }

    /** Height in pixels of the painted legend. */
    public int heightPx() {
        int h = 0;
        for (Section s : sections) h += TITLE_PX + s.entries().size() * ROW_PX + 6;
        return h;
    }

    /** Paints the legend with its top-left corner at (x, y). */
    public void paint(Graphics2D g, double x, double y) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        double top = y;
        for (Section s : sections) {
            g.setFont(TITLE_FONT);
            g.setColor(TEXT);
            g.drawString(s.title(), (float) x + 4, (float) (top + 14));
            top += TITLE_PX;
            g.setFont(ENTRY_FONT);
            for (Entry e : s.entries()) {
                e.swatch().paint(g, x + 18, top + ROW_PX / 2.0);
                g.setColor(TEXT);
                g.drawString(e.label(), (float) x + 36, (float) (top + ROW_PX / 2.0 + 4));
                top += ROW_PX;
            }
            top += 6;
        }
    }
}
