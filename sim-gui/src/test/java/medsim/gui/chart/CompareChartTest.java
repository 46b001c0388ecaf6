package medsim.gui.chart;

import static medsim.gui.chart.SweepChartsTest.medsim;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.category.IntervalCategoryDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code medsim chart} on a compare folder: a hand-made compare.csv and compare.json of the shape compare writes. */
class CompareChartTest {
    @TempDir
    Path dir;

    static final String CSV = """
            metric,unit,mean_a,mean_b,difference,ci95_low,ci95_high,relative_change,excludes_zero,ci_note
            departed_people,people,20000,20100,100,-50,250,0.005,false,
            dead_missing,people,400,300,-100,-150,-50,-0.25,true,
            boats_destroyed.ngo,boats,0,0,0,0,0,,false,
            people_waiting_ashore_end,people,10,2010,2000,1990,2010,200,true,
            death_rate,fraction,0.02,,,,,,,a replication gave no value
            arrivals_people.pozzallo,people,,0,,,,,,only in B
            """;

    static final String JSON = """
            {
              "a_scenario_name": "Base",
              "b_scenario_name": "What if: fewer ships",
              "replications": 10
            }
            """;

    @Test
    void aComparisonGetsOneChartOfRelativeChangesWithTheirIntervals() throws IOException {
        Files.writeString(dir.resolve("compare.csv"), CSV);
        Files.writeString(dir.resolve("compare.json"), JSON);
        assertEquals("wrote 1 chart (PNG and SVG) to " + dir.resolve("charts") + "\n", medsim(0, "chart", dir.toString()));
        BufferedImage img = ImageIO.read(dir.resolve("charts").resolve(CompareChart.STEM + ".png").toFile());
        assertEquals(ChartCommand.WIDTH_PX, img.getWidth());
        assertEquals(ChartCommand.HEIGHT_PX, img.getHeight(), "three rows fit the usual height");
        assertTrue(ChartCommandTest.colors(img) > 10, "nearly uniform");
        assertTrue(Files.readString(dir.resolve("charts").resolve(CompareChart.STEM + ".svg")).contains("dead_missing"));

        CompareChart c = CompareChart.read(dir.resolve("compare.csv"));
        assertEquals(List.of("departed_people", "dead_missing", "people_waiting_ashore_end"), c.items().stream().map(CompareChart.Item::metric).toList(),
                "rows without a relative change (A's mean 0, no value, one scenario only) are left out");
        CategoryPlot plot = c.chart().getCategoryPlot();
        IntervalCategoryDataset d = (IntervalCategoryDataset) plot.getDataset(0);
        assertEquals(-37.5, d.getStartValue(0, 1).doubleValue(), 1e-12, "the interval in percent of A's mean");
        assertEquals(-12.5, d.getEndValue(0, 1).doubleValue(), 1e-12);
        assertEquals(-25.0, plot.getDataset(1).getValue(0, 1).doubleValue(), 1e-12);
        assertEquals(CompareChart.AXIS_LIMIT_PERCENT, plot.getRangeAxis().getUpperBound(), 0.05 * 340, "a +20,000% change does not squash the others");
        org.jfree.chart.JFreeChart chart = c.chart();
        assertEquals(2, chart.getSubtitleCount());
        assertTrue(((TextTitle) chart.getSubtitle(0)).getText().contains("3 metrics with A's mean 0 or in one scenario only not shown"));
        assertEquals("changes beyond ±300% (not drawn): people_waiting_ashore_end +20,000%", ((TextTitle) chart.getSubtitle(1)).getText());
    }

    @Test
    void aComparisonWithoutARelativeChangeIsRefusedInOneLine() throws IOException {
        Path csv = dir.resolve("compare.csv");
        Files.writeString(csv, CSV.lines().filter(l -> l.startsWith("metric") || l.startsWith("boats_destroyed")).reduce("", (a, b) -> a + b + "\n"));
        Files.writeString(dir.resolve("compare.json"), JSON);
        assertEquals(csv + ": has no metric with a relative change (A's mean is 0 or missing in every row), so there is nothing to chart",
                medsim(2, "chart", dir.toString()));
        assertFalse(Files.exists(dir.resolve("charts")), "no chart written");
    }
}
