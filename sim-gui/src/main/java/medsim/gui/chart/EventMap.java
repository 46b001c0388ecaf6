package medsim.gui.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Rectangle2D;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import medsim.event.EventType;
import medsim.geo.Projection;
import medsim.gui.map.EventLook;
import medsim.gui.map.Glyphs;
import medsim.gui.map.Legend;
import medsim.gui.map.MapView;
import medsim.gui.map.SeaMap;

/**
 * The map of a finished run: where rescues, interceptions, seizures and deaths happened,
 * as points on the zone map, with the search-and-rescue regions in force during the run
 * and a legend that counts each kind. Deaths are sized by how many people died.
 */
public final class EventMap implements Picture {
    private static final double PX_PER_NM = 1.35;
    private static final int TOP_PX = 58;
    private static final int MARGIN_PX = 12;

    /** An event to mark, at its position in nm. */
    public record Mark(EventLook look, double xNm, double yNm, int people) {}

    private final SeaMap map;
    private final List<Mark> marks;
    private final String title;
    private final String subtitle;
    private final LocalDate from;
    private final LocalDate to;

    public EventMap(SeaMap map, List<Mark> marks, String subtitle, LocalDate from, LocalDate to) {
        this.map = map;
        this.marks = List.copyOf(marks);
        this.title = "Where rescues, interceptions, seizures and deaths happened";
        this.subtitle = subtitle + ", " + from + " to " + to;
        this.from = from;
        this.to = to;
    }

    /** The events of events.csv that the map marks. */
    public static List<Mark> read(Path eventsCsv, Projection projection) {
        CsvTable t = CsvTable.read(eventsCsv);
        int typeCol = t.column("type"), latCol = t.column("lat"), lonCol = t.column("lon"), peopleCol = t.column("people");
        List<Mark> out = new ArrayList<>();
        for (int row = 0; row < t.size(); row++) {
            EventType type = typeOf(t.text(row, typeCol));
            if (type == null) throw t.error(row, "type", "is not an event type (got '" + t.text(row, typeCol) + "')");
            EventLook look = EventLook.of(type);
            if (look == null) continue;
            out.add(new Mark(look, projection.xNm(t.number(row, lonCol)), projection.yNm(t.number(row, latCol)), (int) t.number(row, peopleCol)));
        }
        return out;
    }

    private static EventType typeOf(String key) {
        for (EventType e : EventType.values()) if (e.key().equals(key)) return e;
        return null;
    }

    public Map<EventLook, Integer> counts() {
        Map<EventLook, Integer> n = new EnumMap<>(EventLook.class);
        for (Mark m : marks) n.merge(m.look(), 1, Integer::sum);
        return Collections.unmodifiableMap(n);
    }

    public List<Mark> marks() { return marks; }

    @Override
    public int widthPx() {
        return (int) Math.ceil(map.widthNm() * PX_PER_NM) + 3 * MARGIN_PX + Legend.WIDTH_PX;
    }

    @Override
    public int heightPx() {
        return Math.max((int) Math.ceil(map.heightNm() * PX_PER_NM), legend().heightPx()) + TOP_PX + MARGIN_PX;
    }

    private Legend legend() {
        return Legend.forEventMap(counts());
    }

    @Override
    public void paint(Graphics2D g) {
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, widthPx(), heightPx());
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
        g.drawString(title, MARGIN_PX, 24);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        g.drawString(subtitle, MARGIN_PX, 44);

        MapView v = MapView.square(MARGIN_PX, TOP_PX, PX_PER_NM);
        Rectangle2D frame = new Rectangle2D.Double(MARGIN_PX, TOP_PX, map.widthNm() * PX_PER_NM, map.heightNm() * PX_PER_NM);
        Shape clip = g.getClip();
        g.clip(frame);
        map.paintSeaAndLand(g, v);
        map.paintSearchRescueRegions(g, v, r -> !r.from().isAfter(to) && (r.to() == null || !r.to().isBefore(from)));
        for (EventLook look : EventLook.values()) {
            for (Mark m : marks) {
                if (m.look() != look) continue;
                double size = look == EventLook.DEATH ? Math.min(22, 6 + 1.6 * Math.sqrt(m.people())) : 7;
                Glyphs.eventMark(g, look, v.xPx(m.xNm()), v.yPx(m.yNm()), size);
            }
        }
        map.paintPlaces(g, v); // after the events: the departure points' names sit among them
        map.paintScaleBar(g, v, frame.getX() + 16, frame.getMaxY() - 18);
        g.setClip(clip);
        g.setColor(Color.GRAY);
        g.setStroke(new BasicStroke(1f));
        g.draw(frame);
        legend().paint(g, frame.getMaxX() + MARGIN_PX, TOP_PX);
    }
}
