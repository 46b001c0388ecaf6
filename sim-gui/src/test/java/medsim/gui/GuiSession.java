package medsim.gui;

import java.awt.Graphics2D;
import java.awt.Point;
import java.awt.event.MouseEvent;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;

import javax.imageio.ImageIO;
import javax.swing.SwingUtilities;

import medsim.actor.MigrantBoat;
import medsim.geo.Projection;
import medsim.gui.map.BoatLook;
import medsim.model.MedSim;
import medsim.record.RunOutputs;
import sim.display.Console;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.Inspector;
import sim.util.Double2D;

/**
 * The real GUI, driven as a user would but from code: opens the Console and the display on a
 * scenario, starts it paused, steps the schedule a number of days, clicks a boat, and writes
 * what the test checks: the display painted into display.png, where things are on it
 * (probes.properties), the inspectors the click opened, and the run's daily.csv. Then it
 * plays a two-day run (the model tab's overrides, Stop, Play) to its end and paints the
 * display again (display-at-end.png), as the Console does when a run stops by itself. Runs
 * in a JVM of its own so that it can have an X display of its own ({@link GuiUnderXvfbTest}).
 *
 * <p>Arguments: [--windows-at-start] SCENARIO DAYS OUT_DIR; with --windows-at-start it only
 * writes where the windows opened.
 */
public final class GuiSession {
    /** As a first argument: only open the GUI and write where its windows are (probes.properties), then exit. */
    static final String WINDOWS_ONLY = "--windows-at-start";

    private GuiSession() {}

    public static void main(String[] args) throws Exception {
        // An exception on the event thread (a portrayal that throws on repaint) fails the session.
        List<Throwable> uncaught = Collections.synchronizedList(new ArrayList<>());
        Thread.setDefaultUncaughtExceptionHandler((t, e) -> {
            uncaught.add(e);
            e.printStackTrace();
        });
        boolean windowsOnly = args[0].equals(WINDOWS_ONLY);
        if (windowsOnly) args = java.util.Arrays.copyOfRange(args, 1, args.length);
        Path scenario = Path.of(args[0]);
        int days = Integer.parseInt(args[1]);
        Path out = Files.createDirectories(Path.of(args[2]));
        MedSimWithUI gui = MedSimWithUI.open(scenario, 1);
        Console[] console = new Console[1];
        SwingUtilities.invokeAndWait(() -> console[0] = (Console) gui.createController());
        Properties probes = new Properties();
        SwingUtilities.invokeAndWait(() -> windowsAtStart(gui, probes)); // after the layout the Console's constructor queued
        if (windowsOnly) {
            store(probes, out);
            System.exit(uncaught.isEmpty() ? 0 : 1);
        }
        SwingUtilities.invokeAndWait(() -> console[0].pressPause()); // starts the run, paused at its first tick
        SwingUtilities.invokeAndWait(() -> probes.setProperty("timeline.todayX.start", Integer.toString(gui.timeline().todayX())));
        MedSim sim = gui.run();
        long ticksPerDay = sim.clock().ticksPerDay();
        for (long t = 0; t < days * ticksPerDay; t++) gui.step();
        SwingUtilities.invokeAndWait(() -> { }); // the day's date passed to the timeline
        SwingUtilities.invokeAndWait(() -> {
            probes.setProperty("timeline.todayX.later", Integer.toString(gui.timeline().todayX()));
            probes.setProperty("timeline.today.later", gui.timeline().today().toString());
            probes.setProperty("timeline.ticker.later", gui.timeline().tickerText());
        });
        synchronized (sim.schedule) {
            RunOutputs.writeDaily(out.resolve("daily.csv"), sim.outcome().daily());
        }
        // Go on until a boat is at sea, at most 60 more days (the 2016 scenario has one on its second day).
        for (long t = 0; t < 60 * ticksPerDay && sim.boatsAtSea().numObjs == 0; t++) gui.step();
        SwingUtilities.invokeAndWait(() -> {
            try {
                probe(gui, console[0], sim, out, probes);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        playAShortRunToItsEnd(gui, console[0], out, probes);
        aBehaviourRunShowsWhatItHoldsAshore(gui, console[0], probes);
        store(probes, out);
        SwingUtilities.invokeAndWait(() -> { }); // the repaints queued so far have run
        System.exit(uncaught.isEmpty() ? 0 : 1);
    }

    private static void store(Properties probes, Path out) throws IOException {
        try (Writer w = Files.newBufferedWriter(out.resolve("probes.properties"))) {
            probes.store(w, "screen positions on display.png, from the display's own transform");
        }
    }

    private static void probe(MedSimWithUI gui, Console console, MedSim sim, Path out, Properties probes) throws Exception {
        var display = gui.display();
        ImageIO.write(paint(gui), "png", out.resolve("display.png").toFile());

        DrawInfo2D field = display.getDrawInfo2D(gui.agentsPortrayal(), new Point2D.Double(0, 0));
        Projection proj = sim.world().projection();
        put(probes, "land.sicily", gui, field, new Double2D(proj.xNm(14.2), proj.yNm(37.6)));
        put(probes, "land.tunisia", gui, field, new Double2D(proj.xNm(9.6), proj.yNm(33.2)));
        put(probes, "sea.high-seas", gui, field, new Double2D(proj.xNm(16.5), proj.yNm(34.5)));
        put(probes, "sea.libyan-territorial", gui, field, nearLibyanCoast(sim, proj));
        MigrantBoat boat = (MigrantBoat) sim.boatsAtSea().objs[0];
        Point2D.Double b = put(probes, "boat", gui, field, new Double2D(boat.xNm(), boat.yNm()));
        probes.setProperty("boat.look", BoatLook.of(boat).name());
        probes.setProperty("boat.id", Long.toString(boat.id()));
        probes.setProperty("date", sim.clock().dateTime(sim.tick()).toString());

        // A single click on the boat opens its inspector in the Console.
        MouseEvent click = new MouseEvent(display.insideDisplay, MouseEvent.MOUSE_CLICKED, System.currentTimeMillis(), MouseEvent.BUTTON1_DOWN_MASK,
                (int) Math.round(b.x), (int) Math.round(b.y), 1, false, MouseEvent.BUTTON1);
        display.insideDisplay.dispatchEvent(click);
        List<String> titles = new ArrayList<>();
        for (Object i : console.getAllInspectors()) titles.add(((Inspector) i).getTitle());
        probes.setProperty("inspectors", String.join(" | ", titles));
        probes.setProperty("chart.frames", Integer.toString(gui.charts().frames().size()));
        probes.setProperty("display.title", gui.displayFrame().getTitle());
        Point where = display.insideDisplay.getLocationOnScreen();
        probes.setProperty("display.onScreen", where.x + "," + where.y);
    }

    /**
     * Every window on screen as the GUI opened it, as "title|x,y,width,height" lines, the
     * map's window apart, the screen's usable area, and whether the map shows the whole
     * theatre at its zoom.
     */
    private static void windowsAtStart(MedSimWithUI gui, Properties probes) {
        java.awt.Rectangle screen = java.awt.GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds();
        probes.setProperty("screen", bounds(screen));
        probes.setProperty("window.map", bounds(gui.displayFrame().getBounds()));
        List<String> others = new ArrayList<>(), hidden = new ArrayList<>();
        for (java.awt.Window w : java.awt.Window.getWindows()) {
            if (w == gui.displayFrame()) continue;
            String title = w instanceof java.awt.Frame f ? f.getTitle() : w.getClass().getSimpleName();
            if (w.isShowing()) others.add(title + "|" + bounds(w.getBounds()));
            else if (gui.charts().frames().contains(w)) hidden.add(title + "|" + bounds(w.getBounds()));
        }
        probes.setProperty("window.others", String.join("\n", others));
        probes.setProperty("window.hidden", String.join("\n", hidden));
        var display = gui.display();
        java.awt.Dimension view = display.display.getViewport().getExtentSize();
        double scale = display.getScale();
        probes.setProperty("map.scale", Double.toString(scale));
        probes.setProperty("map.fits", Boolean.toString(display.insideDisplay.width * scale <= view.width + 0.5
                && display.insideDisplay.height * scale <= view.height + 0.5));
    }

    private static String bounds(java.awt.Rectangle r) {
        return r.x + "," + r.y + "," + r.width + "," + r.height;
    }

    /** Two days of the scenario, from the model tab, played until the run stops by itself; then a repaint. */
    private static void playAShortRunToItsEnd(MedSimWithUI gui, Console console, Path out, Properties probes) throws Exception {
        SwingUtilities.invokeAndWait(() -> {
            console.pressStop();
            gui.session().setMoreOverrides("period.end=2016-01-02");
            console.pressPause(); // a new run with the model tab's values, paused at its first tick
        });
        MedSim run = gui.run();
        long steps = 0;
        while (gui.step()) steps++;
        probes.setProperty("end.steps", Long.toString(steps));
        probes.setProperty("end.ticks", Long.toString(run.totalTicks()));
        SwingUtilities.invokeAndWait(() -> {
            BufferedImage img = paint(gui);
            try {
                ImageIO.write(img, "png", out.resolve("display-at-end.png").toFile());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        probes.setProperty("end.date", run.clock().dateTime(run.tick()).toString());
    }

    /**
     * The 2016 year (in behaviour mode since issue 13) chosen again in the model tab, a new run of
     * it, a day of it played, and what the Model tab then shows: its rows' labels and values as text on screen, beside
     * the run's own values ashore.
     */
    private static void aBehaviourRunShowsWhatItHoldsAshore(MedSimWithUI gui, Console console, Properties probes) throws Exception {
        ModelParameters tab = (ModelParameters) gui.getSimulationInspectedObject();
        SwingUtilities.invokeAndWait(() -> {
            console.pressStop();
            tab.setWhatIf(java.util.Arrays.asList((String[]) tab.domWhatIf()).indexOf("none: Central Mediterranean 2016"));
        });
        SwingUtilities.invokeAndWait(() -> console.pressPause()); // a new run, after any rebuild of the tab's rows
        MedSim run = gui.run();
        probes.setProperty("behaviour.title", run.scenario().name());
        for (long t = 0; t < run.clock().ticksPerDay(); t++) gui.step();
        SwingUtilities.invokeAndWait(() -> { }); // the day's values shown
        SwingUtilities.invokeAndWait(() -> {
            javax.swing.JTabbedPane tabs = console.getTabPane();
            List<String> texts = new ArrayList<>();
            collectTexts(tabs.getComponentAt(tabs.indexOfTab("Model")), texts);
            probes.setProperty("behaviour.modelTab", String.join(" | ", texts));
        });
        synchronized (run.schedule) {
            probes.setProperty("behaviour.peopleWaiting", Long.toString((long) Math.floor(run.network().waitingPeople())));
            probes.setProperty("behaviour.boatsInStock", Long.toString(run.network().boatsInStock()));
        }
    }

    /** The text of every label and text field under {@code c}, in the order of the component tree. */
    private static void collectTexts(java.awt.Component c, List<String> out) {
        if (c instanceof javax.swing.JLabel l && l.getText() != null && !l.getText().isBlank()) out.add(l.getText().strip());
        if (c instanceof javax.swing.text.JTextComponent t && !t.getText().isBlank()) out.add(t.getText().strip());
        if (c instanceof java.awt.Container k) for (java.awt.Component child : k.getComponents()) collectTexts(child, out);
    }

    /** The display as it is painted on screen; a portrayal that throws fails the session. */
    private static BufferedImage paint(MedSimWithUI gui) {
        var display = gui.display();
        BufferedImage img = new BufferedImage(display.insideDisplay.getWidth(), display.insideDisplay.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        display.insideDisplay.paintComponent(g);
        g.dispose();
        return img;
    }

    /**
     * A sea point 5 nm off the Gulf of Sirte (16°E), inside Libya's territorial sea whatever
     * the coast's shape, and far from any label that could hide the coastline.
     */
    private static Double2D nearLibyanCoast(MedSim sim, Projection proj) {
        double x = proj.xNm(16.0);
        for (double y = proj.yNm(30.5); y > 0; y -= 0.5) {
            if (!sim.world().raster().isLand(x, y) && sim.distanceFromLibyaNm(x, y) >= 5) return new Double2D(x, y);
        }
        throw new IllegalStateException("no sea north of the Gulf of Sirte");
    }

    private static Point2D.Double put(Properties probes, String name, MedSimWithUI gui, DrawInfo2D field, Double2D nm) {
        Point2D.Double p = gui.agentsPortrayal().getLocationPosition(nm, field);
        probes.setProperty(name + ".x", Double.toString(p.x));
        probes.setProperty(name + ".y", Double.toString(p.y));
        return p;
    }
}
