package medsim.gui.timeline;

import java.awt.BasicStroke;
import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import javax.swing.BorderFactory;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.Scrollable;
import javax.swing.SwingConstants;
import javax.swing.SwingUtilities;

import medsim.gui.map.ForcePalette;
import medsim.model.MedSim;
import sim.display.GUIState;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * The mandate timeline: one bar per force and set of actions over the period, in the force's
 * map colour, labelled with the actions and the sea zones; a "today" line that moves as the
 * run advances; markers on the date axis where something changes; a ticker of today's
 * changes (else the last and the next); and, for a bar or marker clicked, its legal basis.
 * Swing only: the model's thread passes it the date ({@link #restart}).
 */
public final class TimelinePanel extends JPanel {
    private static final long serialVersionUID = 1L;
    /** The "today" line: Okabe-Ito's vermillion, a colour no force has. */
    public static final Color TODAY = new Color(0xD55E00);
    private static final Font LABEL = new Font(Font.SANS_SERIF, Font.BOLD, 11);
    private static final Font BAR = new Font(Font.SANS_SERIF, Font.PLAIN, 10);
    private static final Font AXIS = new Font(Font.SANS_SERIF, Font.PLAIN, 10);
    /** The date axis's labels: the month, with its year in January. */
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM", Locale.ENGLISH),
            JANUARY = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);
    static final int LABEL_W = 150, HEADER_H = 26, ROW_H = 15, LINE_H = 12, NAME_LINES = 3, FORCE_GAP = 4, RIGHT_PAD = 8;

    private final Gantt gantt = new Gantt();
    private final JLabel ticker = new JLabel(" ");
    private final JTextArea detail = new JTextArea(4, 40);
    private MandateTimeline timeline;
    private ForcePalette palette;
    private LocalDate today;

    public TimelinePanel(MandateTimeline timeline, ForcePalette palette) {
        super(new BorderLayout());
        ticker.setBorder(BorderFactory.createEmptyBorder(3, 6, 3, 6));
        ticker.setOpaque(true);
        ticker.setVerticalAlignment(SwingConstants.TOP);
        detail.setEditable(false);
        detail.setLineWrap(true);
        detail.setWrapStyleWord(true);
        detail.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        detail.setBorder(BorderFactory.createEmptyBorder(3, 6, 3, 6));
        JPanel south = new JPanel(new BorderLayout());
        south.add(ticker, BorderLayout.NORTH);
        south.add(new JScrollPane(detail), BorderLayout.CENTER);
        add(new JScrollPane(gantt), BorderLayout.CENTER);
        add(south, BorderLayout.SOUTH);
        gantt.addMouseListener(new MouseAdapter() {
            @Override
            public void mouseClicked(MouseEvent e) {
                click(e.getPoint());
            }
        });
        setTimeline(timeline, palette);
    }

    /** Shows another scenario's mandates, today at its first day. */
    public void setTimeline(MandateTimeline timeline, ForcePalette palette) {
        this.timeline = timeline;
        this.palette = palette;
        detail.setText("Click a bar for the legal basis of what it allows, or a marker on the date axis for that day's changes.");
        gantt.revalidate();
        setToday(timeline.start());
    }

    /** Moves the "today" line and the ticker to {@code date}. */
    public void setToday(LocalDate date) {
        today = date;
        List<MandateTimeline.Change> now = timeline.on(date);
        StringBuilder b = new StringBuilder("<html><b>").append(MandateTimeline.DAY.format(date)).append("</b>: ");
        if (!now.isEmpty()) {
            b.append(now.stream().map(c -> escape(c.text())).collect(Collectors.joining("; ")));
            ticker.setBackground(new Color(0xFFE8CC));
        } else {
            MandateTimeline.Change last = timeline.lastBefore(date), next = timeline.nextAfter(date);
            b.append("no change today.");
            if (last != null) b.append(" Last: ").append(MandateTimeline.DAY.format(last.date())).append(", ").append(escape(last.text())).append('.');
            if (next != null) b.append(" Next: ").append(MandateTimeline.DAY.format(next.date())).append(", ").append(escape(next.text())).append('.');
            ticker.setBackground(getBackground());
        }
        ticker.setText(b.append("</html>").toString());
        gantt.repaint();
    }

    /** Clears the timeline for a new run of {@code sim} and schedules its daily update after each step of the model. */
    public void restart(GUIState gui, MedSim sim, ForcePalette palette) {
        setTimeline(new MandateTimeline(sim.scenario()), palette);
        gui.scheduleRepeatingImmediatelyAfter(new DailyUpdate(sim.scenario().startDate()));
    }

    /** Runs after every step; passes the Swing thread the date when the model has started a new day. */
    private final class DailyUpdate implements Steppable {
        private static final long serialVersionUID = 1L;
        private LocalDate shown;

        DailyUpdate(LocalDate start) { shown = start; }

        @Override
        public void step(SimState state) {
            LocalDate d = ((MedSim) state).date();
            if (d == null || d.equals(shown)) return;
            shown = d;
            SwingUtilities.invokeLater(() -> setToday(d));
        }
    }

    public LocalDate today() { return today; }

    /** The x of the "today" line on the timeline, px (at the middle of today). */
    public int todayX() { return x(today); }

    /** The ticker's text, without markup. */
    public String tickerText() { return ticker.getText().replaceAll("<[^>]+>", ""); }

    /** What the last click showed. */
    public String detailText() { return detail.getText(); }

    /** The x of the middle of {@code date}'s day on the timeline, px: where its change marker is. */
    public int x(LocalDate date) { return gantt.x(date) + gantt.dayWidth() / 2; }

    /** The bars' places on the timeline, px, in {@link MandateTimeline#bars()} order. */
    public List<Rectangle> barBounds() {
        List<Rectangle> out = new ArrayList<>();
        for (Row r : gantt.rows()) out.add(r.bounds);
        return out;
    }

    /** The component the bars are drawn on (for clicks in tests). */
    public JComponent bars() { return gantt; }

    /** Shows the legal basis of the bar at {@code p}, or the changes of the date of the marker there. */
    void click(Point p) {
        for (Row r : gantt.rows()) {
            if (r.bounds.contains(p)) {
                detail.setText(r.bar.explanation());
                detail.setCaretPosition(0);
                return;
            }
        }
        if (p.y < HEADER_H) {
            for (MandateTimeline.Change c : timeline.changes()) {
                if (Math.abs(x(c.date()) - p.x) <= 4) {
                    List<MandateTimeline.Change> day = timeline.on(c.date());
                    detail.setText(day.stream().map(x -> MandateTimeline.DAY.format(x.date()) + ": " + x.text()
                            + (x.basis().isEmpty() ? "" : "\n  basis: " + x.basis())).collect(Collectors.joining("\n")));
                    detail.setCaretPosition(0);
                    return;
                }
            }
        }
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private record Row(MandateTimeline.Bar bar, boolean firstOfForce, Rectangle bounds) {}

    /** The bars, the date axis and the "today" line. */
    private final class Gantt extends JComponent implements Scrollable {
        private static final long serialVersionUID = 1L;

        Gantt() {
            setOpaque(true);
            setBackground(Color.WHITE);
            setToolTipText("");
        }

        int days() { return (int) ChronoUnit.DAYS.between(timeline.start(), timeline.end()) + 1; }

        int plotWidth() { return Math.max(50, getWidth() - LABEL_W - RIGHT_PAD); }

        int dayWidth() { return Math.max(1, plotWidth() / days()); }

        /** The left edge of {@code d}'s day, clamped to the period. */
        int x(LocalDate d) {
            long i = ChronoUnit.DAYS.between(timeline.start(), d);
            i = Math.max(0, Math.min(days(), i));
            return LABEL_W + (int) Math.round((double) i * plotWidth() / days());
        }

        /** The bars' places: each force's bars one under another, with room for its name's lines (at most {@link #NAME_LINES}) beside them. */
        List<Row> rows() {
            List<Row> out = new ArrayList<>();
            FontMetrics fm = getFontMetrics(LABEL);
            int y = HEADER_H, forceTop = y, nameHeight = 0;
            String force = null;
            for (MandateTimeline.Bar b : timeline.bars()) {
                boolean first = !b.force().id().equals(force);
                if (first) {
                    if (force != null) y = Math.max(y, forceTop + nameHeight) + FORCE_GAP;
                    forceTop = y;
                    nameHeight = wrap(fm, b.force().name(), LABEL_W - 8, NAME_LINES).size() * LINE_H + 3;
                }
                force = b.force().id();
                int x0 = x(b.from());
                int x1 = b.to() == null ? x(timeline.end().plusDays(1)) : x(b.to().plusDays(1));
                out.add(new Row(b, first, new Rectangle(x0, y + 1, Math.max(2, x1 - x0), ROW_H - 2)));
                y += ROW_H;
            }
            return out;
        }

        @Override
        public Dimension getPreferredSize() {
            List<Row> rows = rows();
            int h = rows.isEmpty() ? HEADER_H + ROW_H : rows.get(rows.size() - 1).bounds.y + ROW_H + LINE_H + 4; // room for the last name's second line
            return new Dimension(LABEL_W + 300, h);
        }

        @Override
        public String getToolTipText(MouseEvent e) {
            for (Row r : rows()) if (r.bounds.contains(e.getPoint())) return r.bar.force().name() + ": " + r.bar.actions() + " in " + r.bar.zoneText();
            return null;
        }

        @Override
        protected void paintComponent(Graphics graphics) {
            Graphics2D g = (Graphics2D) graphics.create();
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(getBackground());
            g.fillRect(0, 0, getWidth(), getHeight());
            paintAxis(g);
            for (Row r : rows()) paintRow(g, r);
            int tx = todayX();
            g.setColor(TODAY);
            g.setStroke(new BasicStroke(2f));
            g.drawLine(tx, HEADER_H - 6, tx, getHeight());
            g.dispose();
        }

        private void paintAxis(Graphics2D g) {
            g.setFont(AXIS);
            g.setColor(new Color(0x606060));
            LocalDate m = timeline.start().withDayOfMonth(1);
            if (m.isBefore(timeline.start())) m = m.plusMonths(1);
            FontMetrics fm = g.getFontMetrics();
            int lastLabelEnd = -1;
            for (; !m.isAfter(timeline.end()); m = m.plusMonths(1)) {
                int x = x(m);
                g.setColor(new Color(0xE0E0E0));
                g.drawLine(x, HEADER_H - 4, x, getHeight());
                String label = (m.getMonthValue() == 1 ? JANUARY : MONTH).format(m);
                if (x > lastLabelEnd && x + fm.stringWidth(label) < getWidth()) {
                    g.setColor(new Color(0x606060));
                    g.drawString(label, x + 2, 11);
                    lastLabelEnd = x + fm.stringWidth(label) + 4;
                }
            }
            // A marker per dated change, in its force's colour.
            for (MandateTimeline.Change c : timeline.changes()) {
                int x = TimelinePanel.this.x(c.date());
                g.setColor(c.forceId().isEmpty() ? Color.DARK_GRAY : palette.color(c.forceId()));
                g.fillPolygon(new int[] {x - 4, x + 4, x}, new int[] {HEADER_H - 11, HEADER_H - 11, HEADER_H - 4}, 3);
            }
        }

        private void paintRow(Graphics2D g, Row r) {
            Color c = palette.color(r.bar.force().id());
            if (r.firstOfForce) {
                g.setFont(LABEL);
                g.setColor(c);
                List<String> lines = wrap(g.getFontMetrics(), r.bar.force().name(), LABEL_W - 8, NAME_LINES);
                for (int i = 0; i < lines.size(); i++) g.drawString(lines.get(i), 4, r.bounds.y + ROW_H - 4 + i * LINE_H);
            }
            g.setColor(c);
            g.fill(r.bounds);
            g.setFont(BAR);
            g.setColor(luminance(c) > 0.45 ? Color.BLACK : Color.WHITE);
            Rectangle vis = r.bounds.intersection(new Rectangle(LABEL_W, 0, getWidth(), getHeight()));
            String text = clip(g.getFontMetrics(), r.bar.actions() + "  ·  " + r.bar.zoneText(), vis.width - 6);
            g.drawString(text, vis.x + 3, r.bounds.y + ROW_H - 5);
        }

        @Override
        public Dimension getPreferredScrollableViewportSize() { return getPreferredSize(); }

        @Override
        public int getScrollableUnitIncrement(Rectangle visible, int orientation, int direction) { return ROW_H; }

        @Override
        public int getScrollableBlockIncrement(Rectangle visible, int orientation, int direction) { return visible.height - ROW_H; }

        @Override
        public boolean getScrollableTracksViewportWidth() { return true; }

        @Override
        public boolean getScrollableTracksViewportHeight() { return false; }
    }

    /** {@code s} in lines of at most {@code width} px, broken between words, at most {@code maxLines} (the last one clipped). */
    private static List<String> wrap(FontMetrics fm, String s, int width, int maxLines) {
        List<String> lines = new ArrayList<>();
        String line = "";
        for (String word : s.split(" ")) {
            String longer = line.isEmpty() ? word : line + " " + word;
            if (fm.stringWidth(longer) <= width || line.isEmpty()) {
                line = longer;
            } else {
                lines.add(line);
                line = word;
            }
        }
        lines.add(line);
        if (lines.size() <= maxLines) return lines;
        List<String> out = new ArrayList<>(lines.subList(0, maxLines - 1));
        out.add(clip(fm, String.join(" ", lines.subList(maxLines - 1, lines.size())), width));
        return out;
    }

    private static String clip(FontMetrics fm, String s, int width) {
        if (fm.stringWidth(s) <= width) return s;
        String out = s;
        while (!out.isEmpty() && fm.stringWidth(out + "…") > width) out = out.substring(0, out.length() - 1);
        return out.isEmpty() ? "" : out + "…";
    }

    /** Relative luminance, 0 (black) to 1 (white), sRGB weights without gamma: enough to choose black or white text. */
    private static double luminance(Color c) {
        return (0.2126 * c.getRed() + 0.7152 * c.getGreen() + 0.0722 * c.getBlue()) / 255;
    }
}
