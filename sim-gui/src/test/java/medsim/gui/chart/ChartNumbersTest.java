package medsim.gui.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import medsim.format.Numbers;
import medsim.yaml.InputException;

/** The charts read numbers exactly as medsim writes them, with the core's one parser. */
class ChartNumbersTest {
    @TempDir
    Path dir;

    @Test
    void aSweepsNumbersReadBackWithTheSameBits() throws IOException {
        double[] hazards = {1e-7, 4.641588833612779e-3};
        double[][] metric = {{0.1 + 0.2, 5e-324, -0.0, Double.NaN}, {35.54191281820424, Double.MAX_VALUE, Double.POSITIVE_INFINITY, 1e22}};
        StringBuilder csv = new StringBuilder("point,boatTypes.rubber-dinghy.capsizeHazardPerHour,death_rate_mean,death_rate_sd,death_rate_ci95_low,death_rate_ci95_high\n");
        for (int p = 0; p < 2; p++) {
            csv.append(p).append(',').append(Numbers.format(hazards[p]));
            for (double v : metric[p]) csv.append(',').append(Numbers.format(v));
            csv.append('\n');
        }
        Path file = dir.resolve("points.csv");
        Files.writeString(file, csv);
        SweepPoints points = SweepPoints.read(file);
        assertTrue(points.isNumeric("boatTypes.rubber-dinghy.capsizeHazardPerHour"));
        SweepPoints.Metric m = points.metrics().get(0);
        int[] columns = {m.mean(), m.sd(), m.low(), m.high()};
        for (int p = 0; p < 2; p++) {
            for (int i = 0; i < columns.length; i++) {
                assertEquals(Double.doubleToRawLongBits(metric[p][i]), Double.doubleToRawLongBits(points.value(p, columns[i])), csv.toString());
            }
        }
        assertEquals(1e-7, SweepCharts.of(points).get(0).chart().getXYPlot().getDataset().getXValue(0, 0));
    }

    @Test
    void aNumberSpelledAnotherWayIsBadInput() throws IOException {
        Path file = dir.resolve("points.csv");
        Files.writeString(file, "point,x,a_mean,a_sd,a_ci95_low,a_ci95_high\n0,1,NaN,,,\n");
        InputException e = assertThrows(InputException.class, () -> SweepPoints.read(file));
        assertEquals(file + ":2:3: a_mean must be a number (got 'NaN')", e.getMessage());
    }
}
