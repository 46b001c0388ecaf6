package medsim.gui.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import medsim.gui.MedsimGuiMain;

/** {@code medsim chart} on a sweep folder: a hand-made points.csv of the shape sweeps write. */
class SweepChartsTest {
    @TempDir
    Path dir;

    /** Two parameters (planScale 0.5, 1, 1.5 by 2 or 4 NGO ships), two metrics. */
    static final String POINTS = """
            point,smuggling.planScale,forces.ngo.assets.large-ship.count,dead_missing_mean,dead_missing_sd,dead_missing_ci95_low,dead_missing_ci95_high,rescued_people.ngo_mean,rescued_people.ngo_sd,rescued_people.ngo_ci95_low,rescued_people.ngo_ci95_high
            p1,0.5,2,2100,150,1990,2210,20000,900,19300,20700
            p2,1.0,2,4300,220,4140,4460,41000,1500,39900,42100
            p3,1.5,2,6900,300,6680,7120,60500,2100,58900,62100
            p4,0.5,4,1900,140,1800,2000,31000,1000,30300,31700
            p5,1.0,4,3800,200,3650,3950,62000,1800,60700,63300
            p6,1.5,4,6100,280,5900,6300,90500,2500,88700,92300
            """;

    static String medsim(int expectedCode, String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int code = MedsimGuiMain.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        assertEquals(expectedCode, code, err.toString());
        return code == 0 ? out.toString() : err.toString().strip();
    }

    @Test
    void eachMetricGetsAChartAgainstTheFirstVaryingParameterWithALinePerOtherValue() throws IOException {
        Files.writeString(dir.resolve("points.csv"), POINTS);
        assertEquals("wrote 2 charts (PNG and SVG) to " + dir.resolve("charts") + "\n", medsim(0, "chart", dir.toString()));
        for (String stem : List.of("sweep-dead_missing", "sweep-rescued_people.ngo")) {
            BufferedImage img = ImageIO.read(dir.resolve("charts").resolve(stem + ".png").toFile());
            assertEquals(ChartCommand.WIDTH_PX, img.getWidth());
            assertEquals(ChartCommand.HEIGHT_PX, img.getHeight());
            assertTrue(ChartCommandTest.colors(img) > 10, stem + " is nearly uniform");
            assertTrue(Files.isRegularFile(dir.resolve("charts").resolve(stem + ".svg")));
        }
        List<RunCharts.Chart> charts = SweepCharts.of(SweepPoints.read(dir.resolve("points.csv")));
        YIntervalSeriesCollection dead = (YIntervalSeriesCollection) charts.get(0).chart().getXYPlot().getDataset();
        assertEquals(2, dead.getSeriesCount());
        assertEquals("forces.ngo.assets.large-ship.count = 2", dead.getSeriesKey(0));
        assertEquals(3, dead.getItemCount(0));
        assertEquals(1.0, dead.getXValue(0, 1));
        assertEquals(4300, dead.getYValue(0, 1));
        assertEquals(4140, dead.getStartYValue(0, 1));
        assertEquals(4460, dead.getEndYValue(0, 1));
        assertEquals("smuggling.planScale", charts.get(0).chart().getXYPlot().getDomainAxis().getLabel());
    }

    @Test
    void aCountOfShipsTicksOnlyAtWholeNumbers() throws IOException {
        Files.writeString(dir.resolve("points.csv"), """
                point,forces.ngo.assets.large-ship.count,dead_missing_mean,dead_missing_sd,dead_missing_ci95_low,dead_missing_ci95_high
                p1,2,2100,150,1990,2210
                p2,3,2000,150,1890,2110
                """);
        JFreeChart chart = SweepCharts.of(SweepPoints.read(dir.resolve("points.csv"))).get(0).chart();
        chart.createBufferedImage(ChartCommand.WIDTH_PX, ChartCommand.HEIGHT_PX); // lays out the axis, choosing its ticks
        double tick = ((NumberAxis) chart.getXYPlot().getDomainAxis()).getTickUnit().getSize();
        assertTrue(tick >= 1 && tick == Math.rint(tick), "tick every " + tick);
    }

    @Test
    void pointsWithoutMetricColumnsOrWithABadNumberAreBadInput() throws IOException {
        Path points = dir.resolve("points.csv");
        Files.writeString(points, "point,smuggling.planScale\np1,0.5\n");
        assertEquals(points + ":1: has no metric columns (expected <metric>_mean,<metric>_sd,<metric>_ci95_low,<metric>_ci95_high)",
                medsim(2, "chart", dir.toString()));
        Files.writeString(points, POINTS.replace("4300,220", "abc,220"));
        assertEquals(points + ":3:4: dead_missing_mean must be a number (got 'abc')", medsim(2, "chart", dir.toString()));
        Files.writeString(points, "point,x,a_mean,a_sd\np1,1,2,3\n");
        assertEquals(points + ":1: a_mean needs the columns a_sd, a_ci95_low and a_ci95_high", medsim(2, "chart", dir.toString()));
    }

    @Test
    void aSweepWithoutASuccessfulPointIsRefusedInOneLine() throws IOException {
        Path points = dir.resolve("points.csv");
        Files.writeString(points, "point,x,a_mean,a_sd,a_ci95_low,a_ci95_high,runs_ok\np1,1,,,,,0\np2,2,,,,,0\n");
        assertEquals(points + ": has no design point with a successful run (every mean is empty), so there is nothing to chart",
                medsim(2, "chart", dir.toString()));
        Files.delete(points);
        Files.writeString(dir.resolve("runs.csv"), "run_id,point,replication,seed,x,a,status,error\n0,0,0,1,1,,failed,boom\n");
        assertEquals(dir + ": holds a sweep without points.csv: some of its runs failed (their errors are in runs.csv), so there is nothing to chart",
                medsim(2, "chart", dir.toString()));
        assertFalse(Files.exists(dir.resolve("charts")), "no chart written");
    }
}
