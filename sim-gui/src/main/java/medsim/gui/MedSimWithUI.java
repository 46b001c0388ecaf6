package medsim.gui;

import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.nio.file.Path;
import java.time.LocalDate;

import javax.swing.JFileChooser;
import javax.swing.JFrame;
import javax.swing.JMenu;
import javax.swing.JMenuItem;
import javax.swing.JOptionPane;
import javax.swing.JScrollPane;
import javax.swing.JTabbedPane;
import javax.swing.SwingUtilities;
import javax.swing.WindowConstants;
import javax.swing.filechooser.FileNameExtensionFilter;

import medsim.actor.Asset;
import medsim.actor.MigrantBoat;
import medsim.actor.SmugglerCraft;
import medsim.gui.chart.LiveCharts;
import medsim.gui.display.AssetPortrayal;
import medsim.gui.display.AssetTrails;
import medsim.gui.display.BoatPortrayal;
import medsim.gui.display.ClockPortrayal;
import medsim.gui.display.EventFlashes;
import medsim.gui.display.FlashesPortrayal;
import medsim.gui.display.LegendPanel;
import medsim.gui.display.MapDisplay;
import medsim.gui.display.MapLayerPortrayal;
import medsim.gui.display.SmugglerCraftPortrayal;
import medsim.gui.inspect.OrderedProperties;
import medsim.gui.map.Legend;
import medsim.gui.map.SeaMap;
import medsim.gui.map.ZoneShade;
import medsim.gui.timeline.MandateTimeline;
import medsim.gui.timeline.TimelinePanel;
import medsim.model.MedSim;
import medsim.model.SimClock;
import medsim.model.WorldCache;
import medsim.scenario.DeparturesSpec;
import medsim.scenario.Scenario;
import medsim.yaml.InputException;
import sim.display.Console;
import sim.display.Controller;
import sim.display.Display2D;
import sim.display.GUIState;
import sim.engine.SimState;
import sim.engine.Steppable;
import sim.portrayal.Inspector;
import sim.portrayal.SimpleInspector;
import sim.portrayal.continuous.ContinuousPortrayal2D;
import sim.util.Bag;

/**
 * The GUI: MASON's Console and a display of the Central Mediterranean with the migrant
 * boats, smuggler craft, ships and aircraft at sea, event flashes, the date, and a legend;
 * live charts in their own windows; the main parameters in the Console's model tab.
 *
 * <p>Each run is built from scratch: {@link #start()} loads the session's scenario (the
 * opened file, a what-if variant, the model tab's overrides) and replaces {@link #state}
 * with a new {@link MedSim} seeded with the Console's seed, as MASON does when it loads a
 * checkpoint. The model never knows it is watched: the GUI only reads it, and observes its
 * events through the {@link EventFlashes} sink it passes to the model.
 */
public final class MedSimWithUI extends GUIState {
    /** The scenario of MASON's File > New menu, from the folder medsim runs in. */
    public static final String DEFAULT_SCENARIO = "scenarios/central-med-2016.yaml";
    /** Width of the map at zoom 1; its height follows the theatre's shape. */
    static final int DISPLAY_WIDTH_PX = 620;
    /** The map is redrawn every this many minutes of simulated time (see {@link MapDisplay}). */
    static final int REDRAW_EVERY_MINUTES = 15;

    private final ScenarioSession session;
    private final EventFlashes flashes;
    private final ModelParameters parameters;
    private final ContinuousPortrayal2D agents = new ContinuousPortrayal2D();
    private final ContinuousPortrayal2D trails = new ContinuousPortrayal2D();
    private Display2D display;
    private JFrame displayFrame;
    private LegendPanel legendPanel;
    private LiveCharts charts;
    private TimelinePanel timeline;
    private JFrame timelineFrame;
    private double referencePxPerNm;
    /** The inspector in the Console's Model tab (the Console keeps the first one; {@link #refreshModelTab} replaces it). */
    private Inspector modelTab;

    private record Parts(MedSim initial, ScenarioSession session, EventFlashes flashes) {}

    private MedSimWithUI(Parts p) {
        super(p.initial());
        this.session = p.session();
        this.flashes = p.flashes();
        this.parameters = new ModelParameters(session, this::complain, () -> SwingUtilities.invokeLater(this::refreshModelTab));
    }

    /** For MASON's File > New: the 2016 scenario, seed 1. */
    public MedSimWithUI() {
        this(parts(Path.of(DEFAULT_SCENARIO), 1, false));
    }

    /**
     * A GUI on a scenario file; throws {@link InputException} if it does not load, or if it
     * is held out (see {@link ScenarioSession}). {@code seed} is the Console's first seed.
     */
    public static MedSimWithUI open(Path scenarioFile, long seed) {
        return new MedSimWithUI(parts(scenarioFile, seed, false));
    }

    /** As {@link #open(Path, long)}; with {@code forecast} held-out scenarios open too (medsim gui --forecast). */
    public static MedSimWithUI open(Path scenarioFile, long seed, boolean forecast) {
        return new MedSimWithUI(parts(scenarioFile, seed, forecast));
    }

    private static Parts parts(Path scenarioFile, long seed, boolean forecast) {
        ScenarioSession session = new ScenarioSession(scenarioFile, new WorldCache(), forecast);
        EventFlashes flashes = new EventFlashes();
        Scenario s = session.loaded();
        // Never started: it gives the Console its first seed; start() builds each run.
        return new Parts(new MedSim(seed, s, session.world(s), flashes), session, flashes);
    }

    public static String getName() { return "medsim: Central Mediterranean"; }

    public static Object getInfo() {
        return "<html><body style='font-family:sans-serif'><h2>medsim</h2>"
                + "<p>Migrant boats leave the Libyan coast; ships and aircraft of each force search, rescue, intercept and "
                + "seize, each only where and when its legal mandate allows.</p>"
                + "<p><b>Play</b> runs the scenario; <b>Pause</b> stops it and <b>Pause</b> again goes on; while paused, the step button (Play's place) goes one tick (5 minutes) at a time; "
                + "the speed slider slows it down. Click a boat, craft, ship or aircraft to inspect it. The <b>Model</b> tab "
                + "holds the main parameters and what-if choices: they apply from the next run (Stop, then Play). "
                + "<b>Scenario &gt; Open scenario file...</b> loads another scenario.</p>"
                + "<p>The <b>mandate timeline</b> shows what each force may do, where and when, with a line for today and "
                + "the day's changes below; click a bar for its legal basis. The timeline and the charts (outcomes, people "
                + "at sea, rescues, hours at sea, the Libyan coastguard's capacity, the smugglers ashore) are listed in the "
                + "<b>Displays</b> tab.</p></body></html>";
    }

    @Override
    public Object getSimulationInspectedObject() { return parameters; }

    /** The model tab, its parameters in a fixed order (MASON's own order is reflection's, which varies). */
    @Override
    public Inspector getInspector() {
        Inspector i = new SimpleInspector(new OrderedProperties(parameters, ModelParameters.ORDER), this, null, getMaximumPropertiesForInspector());
        i.setVolatile(false); // the values ashore are refreshed once a simulated day (AshoreUpdate), not every tick
        modelTab = i;
        return i;
    }

    public ScenarioSession session() { return session; }
    public Display2D display() { return display; }
    public JFrame displayFrame() { return displayFrame; }
    public LiveCharts charts() { return charts; }
    public TimelinePanel timeline() { return timeline; }
    public JFrame timelineFrame() { return timelineFrame; }
    public ContinuousPortrayal2D agentsPortrayal() { return agents; }

    /** The run on screen, or null before the first Play. */
    public MedSim run() {
        return state instanceof MedSim m && m.clock() != null ? m : null;
    }

    @Override
    public void init(Controller controller) {
        super.init(controller);
        SeaMap map = session.seaMap();
        referencePxPerNm = DISPLAY_WIDTH_PX / map.widthNm();
        long redrawTicks = Math.max(1, REDRAW_EVERY_MINUTES / map.scenario().tickMinutes());
        display = new MapDisplay(DISPLAY_WIDTH_PX, DISPLAY_WIDTH_PX * map.heightNm() / map.widthNm(), this, redrawTicks);
        display.setBackdrop(ZoneShade.HIGH_SEAS.color());
        display.attach(new MapLayerPortrayal(session::seaMap, (m, g, v) -> m.paintSeaAndLand(g, v)), "Sea zones and land");
        display.attach(new MapLayerPortrayal(session::seaMap, (m, g, v) -> m.paintPatrolAreas(g, v)), "Patrol areas");
        display.attach(new MapLayerPortrayal(session::seaMap, (m, g, v) -> m.paintSearchRescueRegions(g, v, r -> r.inForce(today())),
                this::today), "Search-and-rescue regions");
        display.attach(new MapLayerPortrayal(session::seaMap, (m, g, v) -> m.paintPlaces(g, v)), "Ports and departure points");
        display.attach(trails, "Trails of ships and aircraft");
        display.attach(new FlashesPortrayal(flashes, this::run), "Rescues, interceptions, seizures, deaths");
        display.attach(agents, "Boats, smuggler craft, ships and aircraft");
        display.attach(new ClockPortrayal(this::run, session::seaMap), "Date, time and scale");
        inspectOnSingleClick();

        displayFrame = display.createFrame();
        legendPanel = new LegendPanel(Legend.forLiveMap(map));
        displayFrame.getContentPane().add(new JScrollPane(legendPanel), BorderLayout.EAST);
        displayFrame.setTitle("medsim: " + map.scenario().name());
        displayFrame.pack();
        controller.registerFrame(displayFrame);
        displayFrame.setVisible(true);

        timeline = new TimelinePanel(new MandateTimeline(map.scenario()), map.palette());
        timelineFrame = new JFrame("Mandates: who may do what, where, when");
        timelineFrame.setDefaultCloseOperation(WindowConstants.HIDE_ON_CLOSE);
        timelineFrame.getContentPane().add(timeline);
        timelineFrame.pack();
        controller.registerFrame(timelineFrame);
        timelineFrame.setVisible(true);

        charts = new LiveCharts(controller);
        charts.frames().get(0).setVisible(true);

        if (controller instanceof Console console) {
            // Stop, then Play, reruns the same seed: what-if comparisons use common random numbers.
            console.setIncrementSeedOnStop(false);
            addScenarioMenu(console);
            // The Console places itself when init returns: lay the windows out after it.
            SwingUtilities.invokeLater(() -> layOut(console));
        }
    }

    /**
     * Puts the map, the Console, the mandate timeline and the first chart side by side on the
     * screen ({@link WindowLayout}), and zooms the map so that the whole theatre shows.
     */
    /** How far down each further chart window opens from the one before, px: a title bar. */
    private static final int CASCADE_PX = 28;

    void layOut(Console console) {
        Dimension view = display.display.getViewport().getExtentSize();
        WindowLayout l = WindowLayout.of(GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds(),
                display.insideDisplay.height / display.insideDisplay.width,
                displayFrame.getWidth() - view.width, displayFrame.getHeight() - view.height);
        displayFrame.setBounds(l.map());
        console.setBounds(l.console());
        timelineFrame.setBounds(l.timeline());
        // Every chart in the first chart's place, each a title bar lower than the one before: one
        // opened from the Displays tab lands in the right-hand column, not over the map.
        List<JFrame> chartFrames = charts.frames();
        for (int i = 0; i < chartFrames.size(); i++) {
            Rectangle r = new Rectangle(l.chart());
            int shift = Math.min(i * CASCADE_PX, Math.max(0, r.height / 2));
            r.translate(0, shift);
            r.height -= shift;
            chartFrames.get(i).setBounds(i == 0 ? l.chart() : r);
        }
        refreshModelTab(); // in a pane as wide as the Console, not as wide as the longest what-if's name
        displayFrame.validate();
        fitMap();
        timelineFrame.validate();
    }

    /** Zooms the map so that the whole theatre fits its window; the Scale box on its toolbar zooms from there. */
    void fitMap() {
        Dimension view = display.display.getViewport().getExtentSize();
        double w = view.width, h = view.height;
        double scale = Math.floor(100 * Math.min(w / display.insideDisplay.width, h / display.insideDisplay.height)) / 100;
        if (scale > 0) display.setScale(scale);
        display.setScrollPosition(0, 0);
    }

    @Override
    public void start() {
        Scenario scenario = scenarioForNextRun();
        MedSim sim = new MedSim(state.seed(), scenario, session.world(scenario), flashes);
        // The Console shows the date and time of the run, not its ticks: the schedule names them.
        sim.schedule = new DatedSchedule(new SimClock(scenario.startDate(), scenario.tickMinutes()), (long) scenario.days() * scenario.ticksPerDay() - 1);
        state = sim;
        super.start();
        setupPortrayals();
    }

    private Scenario scenarioForNextRun() {
        try {
            return session.scenario();
        } catch (InputException e) {
            complain(e.getMessage() + "\nThe model tab's changes are undone; this run uses the scenario as it is.");
            refreshModelTab();
            return session.withoutOverrides();
        }
    }

    private void setupPortrayals() {
        MedSim sim = (MedSim) state;
        SeaMap map = session.seaMap();
        agents.setField(sim.sea());
        agents.setPortrayalForClass(MigrantBoat.class, new BoatPortrayal(referencePxPerNm));
        agents.setPortrayalForClass(SmugglerCraft.class, new SmugglerCraftPortrayal(referencePxPerNm));
        agents.setPortrayalForClass(Asset.class, new AssetPortrayal(map.palette(), referencePxPerNm));
        AssetTrails.follow(trails, sim, this, map.palette());
        flashes.restart(sim.world().projection(), sim.clock().ticks(EventFlashes.FLASH_HOURS));
        legendPanel.setLegend(Legend.forLiveMap(map));
        String subtitle = sim.scenario().name() + ", seed " + sim.seed();
        charts.restart(this, sim, subtitle);
        timeline.restart(this, sim, map.palette());
        showAshore(Ashore.of(sim));
        if (sim.scenario().departures().mode() == DeparturesSpec.Mode.BEHAVIOUR) scheduleRepeatingImmediatelyAfter(new AshoreUpdate());
        scheduleRepeatingImmediatelyAfter(new EndOfPeriod());
        displayFrame.setTitle("medsim: " + subtitle);
        display.reset();
        display.repaint();
    }

    /** Shows the Model tab what the networks hold ashore: copied on the model's thread, shown on Swing's. */
    private void showAshore(Ashore now) {
        parameters.showAshore(now);
        SwingUtilities.invokeLater(() -> {
            if (modelTab == null) return;
            modelTab.updateInspector();
            WidthOfViewport.showStarts(modelTab);
            modelTab.repaint();
        });
    }

    /** Runs after every step; when the model has closed a new day, shows the Model tab the day's values ashore. */
    private final class AshoreUpdate implements Steppable {
        private static final long serialVersionUID = 1L;
        private int daysShown;

        @Override
        public void step(SimState state) {
            MedSim sim = (MedSim) state;
            int days = sim.recorder().daysRecorded();
            if (days == daysShown) return;
            daysShown = days;
            showAshore(Ashore.of(sim));
        }
    }

    /** Stops the run after the scenario's last day, as the headless run does. */
    private static final class EndOfPeriod implements Steppable {
        private static final long serialVersionUID = 1L;

        @Override
        public void step(SimState state) {
            MedSim sim = (MedSim) state;
            if (sim.schedule.getSteps() >= sim.totalTicks()) sim.kill();
        }
    }

    private LocalDate today() {
        MedSim sim = run();
        return sim != null ? sim.date() : session.loaded().startDate();
    }

    /** MASON inspects on a double click; a single click on an agent inspects it too, as students expect. */
    private void inspectOnSingleClick() {
        display.insideDisplay.addMouseListener(new MouseAdapter() {
            @Override
            public void mouseClicked(MouseEvent e) {
                if (e.getClickCount() != 1 || !SwingUtilities.isLeftMouseButton(e)) return;
                Rectangle2D.Double spot = new Rectangle2D.Double(e.getX(), e.getY(), 1, 1);
                for (Bag hits : display.objectsHitBy(spot)) {
                    if (hits.numObjs > 0) {
                        display.createInspectors(spot, MedSimWithUI.this);
                        return;
                    }
                }
            }
        });
    }

    private void addScenarioMenu(Console console) {
        JMenu menu = new JMenu("Scenario");
        JMenuItem open = new JMenuItem("Open scenario file...");
        open.addActionListener(e -> {
            JFileChooser chooser = new JFileChooser(session.openedFile().toAbsolutePath().getParent().toFile());
            chooser.setFileFilter(new FileNameExtensionFilter("medsim scenarios (*.yaml)", "yaml", "yml"));
            if (chooser.showOpenDialog(console) == JFileChooser.APPROVE_OPTION) openScenario(console, chooser.getSelectedFile().toPath());
        });
        menu.add(open);
        console.getJMenuBar().add(menu);
        console.getJMenuBar().revalidate();
    }

    /** Stops the run, opens another scenario file and starts it paused at its first tick; a file that does not load changes nothing. */
    public void openScenario(Console console, Path file) {
        console.pressStop();
        try {
            session.open(file);
        } catch (InputException e) {
            complain(e.getMessage());
            return;
        }
        refreshModelTab();
        console.pressPause();
    }

    /** Rebuilds the Console's model tab: another scenario has other values and what-if choices. */
    private void refreshModelTab() {
        if (!(controller instanceof Console console)) return;
        JTabbedPane tabs = console.getTabPane();
        int i = tabs.indexOfTab("Model");
        if (i >= 0) tabs.setComponentAt(i, new JScrollPane(new WidthOfViewport(getInspector())));
    }

    private void complain(String message) {
        if (controller == null) return;
        SwingUtilities.invokeLater(() -> JOptionPane.showMessageDialog(displayFrame, message, "medsim", JOptionPane.ERROR_MESSAGE));
    }

    @Override
    public void quit() {
        super.quit();
        if (displayFrame != null) displayFrame.dispose();
        if (charts != null) charts.frames().forEach(JFrame::dispose);
        if (timelineFrame != null) timelineFrame.dispose();
        displayFrame = null;
        display = null;
    }
}
