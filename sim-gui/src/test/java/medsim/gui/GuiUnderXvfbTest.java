package medsim.gui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import medsim.event.EventSink;
import medsim.gui.map.BoatLook;
import medsim.gui.map.ZoneShade;
import medsim.model.RunOutcome;
import medsim.model.ScenarioRun;
import medsim.model.World;
import medsim.record.RunOutputs;
import medsim.scenario.Scenario;
import medsim.scenario.ScenarioLoader;

/**
 * Starts the real GUI (Console, display, charts) on the shipped 2016 scenario in a JVM of
 * its own on an X display ({@link XDisplay}), runs it 20 simulated days, clicks a boat, and
 * checks the picture of the display and the run against the headless core; then plays a
 * two-day run to its end and checks that the map still paints.
 */
class GuiUnderXvfbTest {
    static final Path SCENARIO = Path.of("..", "scenarios", "central-med-2016.yaml");
    static final int DAYS = 20;
    static final Path OUT = Path.of("target", "gui-session");
    /** Kept for people to look at: the display as the test saw it. */
    static final Path SCREENSHOT = Path.of("target", "gui-screenshot.png");

    private static XDisplay x;
    private static BufferedImage display;
    private static Properties probes;

    @BeforeAll
    static void runTheGui() throws IOException, InterruptedException {
        if (XDisplay.missing() != null && !"true".equals(System.getenv("CI"))) return; // each test is then skipped
        XDisplay.assumeAvailable();
        x = XDisplay.acquire();
        Files.createDirectories(OUT);
        Path log = OUT.resolve("session.log");
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classpath, GuiSession.class.getName(), SCENARIO.toString(), Integer.toString(DAYS), OUT.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().put("DISPLAY", x.name());
        Process p = pb.start();
        boolean done = p.waitFor(120, TimeUnit.SECONDS);
        if (!done) p.destroyForcibly();
        assertTrue(done && p.exitValue() == 0, "the GUI session failed; its output:\n" + Files.readString(log));
        display = ImageIO.read(OUT.resolve("display.png").toFile());
        Files.copy(OUT.resolve("display.png"), SCREENSHOT, StandardCopyOption.REPLACE_EXISTING);
        probes = new Properties();
        try (Reader r = Files.newBufferedReader(OUT.resolve("probes.properties"))) {
            probes.load(r);
        }
    }

    /** Reported per test, so that a skip shows in the test counts. */
    @BeforeEach
    void needsADisplay() {
        XDisplay.assumeAvailable();
    }

    @AfterAll
    static void stopTheDisplay() {
        if (x != null) x.close();
    }

    @Test
    void theDisplayIsNotBlank() {
        Set<Integer> colors = new HashSet<>();
        for (int y = 0; y < display.getHeight(); y += 3) for (int x = 0; x < display.getWidth(); x += 3) colors.add(display.getRGB(x, y));
        assertTrue(display.getWidth() >= 600 && display.getHeight() >= 600, display.getWidth() + "x" + display.getHeight());
        assertTrue(colors.size() > 20, "only " + colors.size() + " colours on the display");
    }

    @Test
    void landAndSeaZonesAreDrawnWhereTheyAre() {
        assertEquals(ZoneShade.LAND.color(), colorAt("land.sicily"), "Sicily");
        assertEquals(ZoneShade.LAND.color(), colorAt("land.tunisia"), "Tunisia");
        assertEquals(ZoneShade.HIGH_SEAS.color(), colorAt("sea.high-seas"), "Ionian Sea");
        assertEquals(ZoneShade.LIBYAN_TERRITORIAL_SEA.color(), colorAt("sea.libyan-territorial"), "off the Gulf of Sirte");
    }

    @Test
    void theCoastlineIsDrawnBetweenSeaAndLand() {
        // From the sea off the Libyan coast south to the land: the coastline's colour lies on the way.
        int x0 = (int) Math.round(number("sea.libyan-territorial.x"));
        int y0 = (int) Math.round(number("sea.libyan-territorial.y"));
        boolean coast = false;
        for (int y = y0; y < Math.min(display.getHeight(), y0 + 40) && !coast; y++) {
            for (int dx = -1; dx <= 1; dx++) coast |= new Color(display.getRGB(x0 + dx, y)).equals(ZoneShade.COAST);
        }
        assertTrue(coast, "no coastline pixel south of " + x0 + "," + y0);
    }

    @Test
    void aBoatIsDrawnAtItsPositionInItsStateColour() {
        Color expected = BoatLook.valueOf(probes.getProperty("boat.look")).color();
        int bx = (int) Math.round(number("boat.x")), by = (int) Math.round(number("boat.y"));
        int found = 0;
        for (int y = by - 3; y <= by + 3; y++) {
            for (int x = bx - 3; x <= bx + 3; x++) if (new Color(display.getRGB(x, y)).equals(expected)) found++;
        }
        assertTrue(found >= 4, "boat " + probes.getProperty("boat.id") + " at " + bx + "," + by + ": " + found + " pixels of " + expected);
    }

    @Test
    void clickingABoatOpensItsInspector() {
        assertTrue(probes.getProperty("inspectors").contains("Boat " + probes.getProperty("boat.id") + " "),
                "inspectors after the click: " + probes.getProperty("inspectors"));
    }

    @Test
    void theChartsAreRegisteredAndTheTitleNamesTheRun() {
        assertEquals("6", probes.getProperty("chart.frames"));
        assertEquals("medsim: Central Mediterranean 2016, seed 1", probes.getProperty("display.title"));
    }

    @Test
    void theGuiRunIsTheHeadlessRun() throws IOException {
        Scenario s = ScenarioLoader.load(SCENARIO).withDays(DAYS);
        RunOutcome headless = ScenarioRun.execute(s, World.build(s.geography()), 1, EventSink.NONE, ScenarioRun.Progress.NONE);
        Path file = OUT.resolve("headless-daily.csv");
        RunOutputs.writeDaily(file, headless.daily());
        List<String> gui = Files.readAllLines(OUT.resolve("daily.csv"));
        List<String> core = Files.readAllLines(file);
        assertTrue(core.size() > DAYS * 50, "daily.csv of " + core.size() + " lines");
        assertEquals(core.size(), gui.size());
        assertArrayEquals(core.toArray(), gui.toArray(), "daily totals of the GUI's run and of the headless core");
    }

    @Test
    void aRunPlayedToItsEndStopsOnItsLastTickAndTheMapStillPaints() {
        // The session fails if painting the display at the end throws, on its own call or on the event thread.
        assertEquals(probes.getProperty("end.ticks"), probes.getProperty("end.steps"), "steps of a two-day run");
        assertEquals("2016-01-02T23:55", probes.getProperty("end.date"), "the clock stays on the last tick");
        assertTrue(Files.isRegularFile(OUT.resolve("display-at-end.png")));
    }

    @Test
    void theModelTabOfABehaviourRunShowsItsInflowAndWhatItHoldsAshoreAndNoPlanScale() {
        assertEquals("Central Mediterranean 2016", probes.getProperty("behaviour.title"));
        List<String> tab = List.of(probes.getProperty("behaviour.modelTab").split(" \\| "));
        for (String row : List.of("Departures", "InflowPeoplePerDay", "MaxShareOfWaitingPerDay", "PeopleWaiting", "PeopleInDetention", "BoatsInStock")) {
            assertTrue(tab.contains(row), row + " in " + tab);
        }
        assertTrue(!tab.contains("PlanScale"), "no PlanScale row in behaviour mode: " + tab);
        assertTrue(tab.contains("behaviour"), tab.toString());
        int waiting = tab.indexOf("PeopleWaiting");
        assertEquals(probes.getProperty("behaviour.peopleWaiting"), tab.get(waiting + 1), "the day's people waiting: " + tab);
        int boats = tab.indexOf("BoatsInStock");
        assertEquals(probes.getProperty("behaviour.boatsInStock"), tab.get(boats + 1), "the day's boats in stock: " + tab);
    }

    @Test
    void atStartNoWindowCoversTheMapAndEveryWindowIsOnTheScreen() {
        assertNoWindowCoversTheMap(probes);
    }

    @Test
    void atStartTheMapShowsTheWholeTheatre() {
        assertEquals("true", probes.getProperty("map.fits"), "scale " + probes.getProperty("map.scale"));
    }

    /** The GUI's windows as {@link GuiSession} found them at start: the map's window on the screen and no other over it. */
    static void assertNoWindowCoversTheMap(Properties probes) {
        Rectangle screen = rectangle(probes.getProperty("screen"));
        Rectangle map = rectangle(probes.getProperty("window.map"));
        assertTrue(screen.contains(map), "map window " + map + " on screen " + screen);
        List<String> others = List.of(probes.getProperty("window.others").split("\n"));
        assertTrue(others.size() >= 3, "the Console, the timeline and a chart are open: " + others);
        for (String w : others) {
            Rectangle r = rectangle(w.substring(w.lastIndexOf('|') + 1));
            assertTrue(!r.intersects(map), w + " covers the map window " + map);
            assertTrue(screen.contains(r), w + " off the screen " + screen);
        }
        assertTrue(others.stream().anyMatch(w -> w.startsWith("Mandates")), "the mandate timeline is open: " + others);
        List<String> hidden = List.of(probes.getProperty("window.hidden").split("\n"));
        assertTrue(hidden.size() >= 4, "the other charts wait hidden, to open from the Displays tab: " + hidden);
        for (String w : hidden) {
            Rectangle r = rectangle(w.substring(w.lastIndexOf('|') + 1));
            assertTrue(!r.intersects(map) && screen.contains(r), w + " would open over the map window " + map + " or off the screen");
        }
    }

    @Test
    void theTimelinesTodayLineMovesAsTheRunAdvances() {
        int start = (int) number("timeline.todayX.start"), later = (int) number("timeline.todayX.later");
        assertEquals("2016-01-20", probes.getProperty("timeline.today.later"), "the timeline's date on the last of " + DAYS + " days");
        assertTrue(later > start, "today's line at x=" + start + " on the first day and x=" + later + " " + DAYS + " days on");
        assertTrue(probes.getProperty("timeline.ticker.later").startsWith("20 Jan 2016:"), probes.getProperty("timeline.ticker.later"));
    }

    private static Rectangle rectangle(String xywh) {
        String[] v = xywh.split(",");
        return new Rectangle(Integer.parseInt(v[0]), Integer.parseInt(v[1]), Integer.parseInt(v[2]), Integer.parseInt(v[3]));
    }

    private Color colorAt(String probe) {
        return new Color(display.getRGB((int) Math.round(number(probe + ".x")), (int) Math.round(number(probe + ".y"))));
    }

    private static double number(String key) {
        String v = probes.getProperty(key);
        assertTrue(v != null, "probe " + key + " missing");
        return Double.parseDouble(v);
    }
}
