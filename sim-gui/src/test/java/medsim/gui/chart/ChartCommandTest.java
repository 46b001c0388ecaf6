package medsim.gui.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.jfree.data.category.CategoryDataset;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import medsim.actor.AssetActivity;
import medsim.gui.MedsimGuiMain;
import medsim.gui.map.EventLook;
import medsim.gui.map.SeaMap;
import medsim.model.World;
import medsim.scenario.Scenario;
import medsim.scenario.ScenarioLoader;

/** {@code medsim chart} on a real 40-day run of the 2016 scenario, without a display. */
class ChartCommandTest {
    static final Path SCENARIO = Path.of("..", "scenarios", "central-med-2016.yaml");
    static final int DAYS = 40;

    @TempDir
    static Path dir;
    static Path run;

    record Outcome(int code, String out, String err) {}

    static Outcome medsim(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int code = MedsimGuiMain.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Outcome(code, out.toString(), err.toString());
    }

    @BeforeAll
    static void runTheScenario() {
        run = dir.resolve("run");
        Outcome o = medsim("run", SCENARIO.toString(), "--days", Integer.toString(DAYS), "--out", run.toString(), "-q");
        assertEquals(0, o.code(), o.err());
        Outcome c = medsim("chart", run.toString());
        assertEquals(0, c.code(), c.err());
        assertEquals("wrote 5 charts (PNG and SVG) to " + run.resolve("charts") + "\n", c.out());
    }

    @Test
    void everyChartIsWrittenAsPngOfItsSizeAndAsSvg() throws IOException {
        try (Stream<Path> files = Files.list(run.resolve("charts"))) {
            assertEquals(List.of("asset-hours.png", "asset-hours.svg", "event-map.png", "event-map.svg", "outcomes.png", "outcomes.svg",
                    "people-at-sea.png", "people-at-sea.svg", "rescues-by-actor.png", "rescues-by-actor.svg"),
                    files.map(p -> p.getFileName().toString()).sorted().toList());
        }
        for (String stem : List.of("outcomes", "people-at-sea", "rescues-by-actor", "asset-hours")) {
            BufferedImage img = ImageIO.read(run.resolve("charts").resolve(stem + ".png").toFile());
            assertEquals(ChartCommand.WIDTH_PX, img.getWidth(), stem);
            assertEquals(ChartCommand.HEIGHT_PX, img.getHeight(), stem);
            assertTrue(colors(img) > 10, stem + " is nearly uniform");
            assertTrue(Files.readString(run.resolve("charts").resolve(stem + ".svg")).contains("<svg"), stem + ".svg");
        }
    }

    @Test
    void theTimeSeriesHaveADayPerPointAndEndAtTheRunsTotals() throws IOException {
        RunCharts charts = chartsOfTheRun();
        XYDataset outcomes = charts.all().get(0).chart().getXYPlot().getDataset();
        assertEquals(RunCharts.OUTCOMES.size(), outcomes.getSeriesCount());
        for (int s = 0; s < outcomes.getSeriesCount(); s++) assertEquals(DAYS, outcomes.getItemCount(s));
        // Cumulative: the last point of each line is the run's total in summary.csv.
        for (int s = 0; s < RunCharts.OUTCOMES.size(); s++) {
            assertEquals(summary(RunCharts.OUTCOMES.get(s).metric()), outcomes.getYValue(s, DAYS - 1), 1e-9, RunCharts.OUTCOMES.get(s).metric());
        }
        assertTrue(outcomes.getYValue(1, DAYS - 1) > 0, "someone was rescued in 40 days");
        XYDataset atSea = charts.all().get(1).chart().getXYPlot().getDataset();
        assertEquals(DAYS, atSea.getItemCount(0));
        double max = 0;
        for (int d = 0; d < DAYS; d++) max = Math.max(max, atSea.getYValue(0, d));
        assertTrue(max > 0, "people were at sea on some day");
    }

    @Test
    void rescuesByActorGroupAddUpToEveryoneRescued() throws IOException {
        CategoryDataset groups = chartsOfTheRun().all().get(2).chart().getCategoryPlot().getDataset();
        double sum = 0;
        for (int c = 0; c < groups.getColumnCount(); c++) sum += groups.getValue(0, c).doubleValue();
        assertTrue(groups.getColumnCount() >= 5, "actor groups: " + groups.getColumnKeys());
        assertEquals(summary("rescued_people"), sum, 1e-9);
    }

    @Test
    void eachForcesHoursAtSeaAreSharesThatAddUpToAHundredWithItsHoursInItsName() {
        CategoryDataset shares = chartsOfTheRun().all().get(3).chart().getCategoryPlot().getDataset();
        assertEquals(RunCharts.ACTIVITIES.size(), shares.getRowCount());
        for (int c = 0; c < shares.getColumnCount(); c++) {
            double sum = 0;
            for (int r = 0; r < shares.getRowCount(); r++) sum += shares.getValue(r, c).doubleValue();
            String force = shares.getColumnKey(c).toString();
            assertTrue(force.matches(".+ \\([0-9,]+ h\\)"), force);
            assertEquals(force.endsWith("(0 h)") ? 0 : 100, sum, 1e-9, force);
        }
        int coastguard = shares.getColumnIndex(shares.getColumnKeys().stream()
                .filter(k -> k.toString().startsWith("Italian Coast Guard (")).findFirst().orElseThrow().toString());
        assertTrue(shares.getValue(RunCharts.ACTIVITIES.indexOf(AssetActivity.RESCUE), coastguard).doubleValue() > 1,
                "the Italian coastguard's rescue hours are a visible share of its hours at sea");
    }

    @Test
    void forcesAndActorGroupsAreNamedFromTheScenarioAndByIdWithoutIt() {
        RunCharts named = chartsOfTheRun();
        List<?> groups = named.all().get(2).chart().getCategoryPlot().getDataset().getColumnKeys();
        assertTrue(groups.contains("EUNAVFOR MED Operation Sophia"), groups.toString());
        assertFalse(groups.contains("eunavfor-med"), groups.toString());
        RunCharts ids = new RunCharts("test");
        ids.show(RunSeries.read(run, "test"));
        assertTrue(ids.all().get(2).chart().getCategoryPlot().getDataset().getColumnKeys().contains("eunavfor-med"));
    }

    @Test
    void theLastDateLabelOfAWholeYearIsNotCutAtTheChartsRightEdge() throws IOException {
        Path year = Files.createDirectories(dir.resolve("year"));
        StringBuilder daily = new StringBuilder("date,metric,value\n");
        for (LocalDate d = LocalDate.of(2016, 1, 1); d.getYear() == 2016; d = d.plusDays(1)) daily.append(d).append(",arrivals_people,500\n");
        Files.writeString(year.resolve("daily.csv"), daily);
        Files.writeString(year.resolve("assets.csv"), "asset,force,group,kind,activity,hours\n");
        RunCharts charts = new RunCharts("a year ending on 31 December");
        charts.show(RunSeries.read(year, "year"));
        BufferedImage img = charts.all().get(0).chart().createBufferedImage(ChartCommand.WIDTH_PX, ChartCommand.HEIGHT_PX);
        for (int x = img.getWidth() - 4; x < img.getWidth(); x++) {
            for (int y = 0; y < img.getHeight(); y++) {
                assertEquals(0xFFFFFF, img.getRGB(x, y) & 0xFFFFFF, "ink at the right edge, x " + x + ", y " + y);
            }
        }
    }

    @Test
    void theEventMapMarksEveryRescueOfTheRun() throws IOException {
        Scenario s = ScenarioLoader.load(SCENARIO);
        World w = World.build(s.geography());
        List<EventMap.Mark> marks = EventMap.read(run.resolve("events.csv"), w.projection());
        long rescues;
        try (Stream<String> lines = Files.lines(run.resolve("events.csv"))) {
            rescues = lines.filter(l -> l.split(",")[1].equals("rescue")).count();
        }
        assertTrue(rescues > 0);
        EventMap map = new EventMap(new SeaMap(s, w), marks, "test", s.startDate(), s.startDate().plusDays(DAYS - 1));
        assertEquals((int) rescues, map.counts().get(EventLook.RESCUE));
        BufferedImage img = ImageIO.read(run.resolve("charts").resolve("event-map.png").toFile());
        assertEquals(map.widthPx(), img.getWidth());
        assertEquals(map.heightPx(), img.getHeight());
        assertTrue(colors(img) > 20);
        // Rescue marks are drawn in their colour (half transparent over the sea): count pixels greener than the sea and land.
        int green = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int rgb = img.getRGB(x, y), r = (rgb >> 16) & 255, g = (rgb >> 8) & 255, b = rgb & 255;
                if (g > r + 40 && g > b + 20) green++;
            }
        }
        assertTrue(green > 20, "green pixels of rescue marks: " + green);
    }

    @Test
    void chartingARunAgainWritesTheSameBytesSvgIncluded() throws IOException {
        Path charts = run.resolve("charts");
        Map<String, byte[]> before = new TreeMap<>();
        try (Stream<Path> files = Files.list(charts)) {
            for (Path f : files.toList()) before.put(f.getFileName().toString(), Files.readAllBytes(f));
        }
        assertEquals(0, medsim("chart", run.toString()).code());
        for (Map.Entry<String, byte[]> e : before.entrySet()) {
            assertArrayEquals(e.getValue(), Files.readAllBytes(charts.resolve(e.getKey())), e.getKey());
        }
        assertTrue(new String(before.get("outcomes.svg"), StandardCharsets.UTF_8).contains("id='outcomes-clip-0'"), "ids from the file's stem");
    }

    /** The run's files in a folder of their own, with run.json as {@code edit} makes it. */
    private Path moved(String name, java.util.function.UnaryOperator<String> edit) throws IOException {
        Path moved = Files.createDirectories(dir.resolve(name));
        for (String f : List.of("daily.csv", "events.csv", "assets.csv", "summary.csv")) Files.copy(run.resolve(f), moved.resolve(f));
        Files.writeString(moved.resolve("run.json"), edit.apply(Files.readString(run.resolve("run.json"))));
        return moved;
    }

    /** As when medsim chart runs in another folder than the run did: run.json's scenario path leads nowhere, but where the run read it is recorded. */
    @Test
    void aRunWhoseScenarioIsNotThereFromThisFolderIsMappedFromWhereTheRunReadIt() throws IOException {
        String named = "\"scenario\": \"" + SCENARIO + "\"";
        assertTrue(Files.readString(run.resolve("run.json")).contains(named));
        Path moved = moved("moved-relative", json -> json.replace(named, "\"scenario\": \"elsewhere/central-med-2016.yaml\""));
        Outcome o = medsim("chart", moved.toString());
        assertEquals(0, o.code(), o.err());
        assertEquals("wrote 5 charts (PNG and SVG) to " + moved.resolve("charts") + "\n", o.out(), "the map too, from run.json's inputs");
        assertEquals("", o.err());
    }

    /** A run whose scenario is neither where run.json names it nor where the run read it. */
    @Test
    void aRunWhoseScenarioIsNotThereGetsEveryChartButTheMapAndALineSayingWhy() throws IOException {
        String named = "\"scenario\": \"" + SCENARIO + "\"";
        String read = "\"path\": \"" + SCENARIO.toAbsolutePath().normalize() + "\"";
        String json = Files.readString(run.resolve("run.json"));
        assertTrue(json.contains(named) && json.contains(read), json);
        Path moved = moved("moved", j -> j.replace(named, "\"scenario\": \"elsewhere/central-med-2016.yaml\"")
                .replace(read, "\"path\": \"/nowhere/central-med-2016.yaml\""));

        Outcome o = medsim("chart", moved.toString());
        assertEquals(0, o.code(), o.err());
        assertEquals("wrote 4 charts (PNG and SVG) to " + moved.resolve("charts") + "\n", o.out());
        assertEquals("medsim: event-map not drawn: " + moved.resolve("run.json") + " names the scenario elsewhere/central-med-2016.yaml, "
                + "which is not there from this folder nor where the run read it; pass --scenario FILE for the map's geography\n", o.err());
        try (Stream<Path> files = Files.list(moved.resolve("charts"))) {
            assertEquals(8, files.filter(f -> !f.getFileName().toString().startsWith("event-map")).count());
        }
        assertFalse(Files.exists(moved.resolve("charts").resolve("event-map.png")));

        Outcome given = medsim("chart", moved.toString(), "--scenario", dir.resolve("nowhere.yaml").toString());
        assertEquals(2, given.code(), "a --scenario that is not there is bad input");
        assertEquals(1, given.err().strip().lines().count(), given.err());
    }

    @Test
    void aChartsFolderThatCannotBeMadeIsOneLineAndExitCodeOne() throws IOException {
        Path blocked = Files.createDirectories(dir.resolve("blocked"));
        for (String f : List.of("daily.csv", "events.csv", "assets.csv", "summary.csv", "run.json")) Files.copy(run.resolve(f), blocked.resolve(f));
        Files.writeString(blocked.resolve("charts"), "a file where the charts folder goes");
        Outcome o = medsim("chart", blocked.toString(), "--scenario", SCENARIO.toString());
        assertEquals(1, o.code(), o.err());
        assertEquals("medsim: cannot create folder " + blocked.resolve("charts") + ": it is a file\n", o.err());
    }

    @Test
    void aFolderWithoutARunOrASweepIsBadInput() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        Outcome o = medsim("chart", empty.toString());
        assertEquals(2, o.code());
        assertEquals(empty + ": holds neither a run (daily.csv, events.csv, assets.csv, run.json), nor a sweep (points.csv), nor a comparison (compare.csv)", o.err().strip());
        Outcome missing = medsim("chart", dir.resolve("nowhere").toString());
        assertEquals(2, missing.code());
        assertEquals(1, missing.err().strip().lines().count(), missing.err());
    }

    @Test
    void theGuiCommandWithoutADisplayIsBadInput() {
        Outcome o = medsim("gui", SCENARIO.toString());
        assertEquals(2, o.code());
        assertEquals("medsim gui needs a display (DISPLAY is not set); without one, use medsim run and medsim chart", o.err().strip());
    }

    /** The run's charts with the scenario's names for forces and groups. */
    static RunCharts chartsOfTheRun() {
        RunCharts charts = new RunCharts("test");
        charts.setNames(ForceNames.of(ScenarioLoader.load(SCENARIO)));
        charts.show(RunSeries.read(run, "test"));
        return charts;
    }

    static double summary(String metric) throws IOException {
        List<String> lines = Files.readAllLines(run.resolve("summary.csv"));
        int i = List.of(lines.get(0).split(",")).indexOf(metric);
        return Double.parseDouble(lines.get(1).split(",")[i]);
    }

    static int colors(BufferedImage img) {
        Set<Integer> c = new HashSet<>();
        for (int y = 0; y < img.getHeight(); y += 2) for (int x = 0; x < img.getWidth(); x += 2) c.add(img.getRGB(x, y));
        return c.size();
    }
}
