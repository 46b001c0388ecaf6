package medsim.gui.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.data.xy.XYBarDataset;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * Sensitivity indices of a sweep as horizontal bars with their 95% intervals as whiskers, one
 * group of bars per parameter: Sobol's first- and total-order indices (sobol.csv), or Morris's
 * mu* with its bootstrap interval and sigma (morris.csv). One chart per metric.
 */
public final class IndexBars {
    /** Bar colours by series, in order (blue, orange, grey): told apart by colour-blind viewers too. */
    private static final List<Color> COLORS = List.of(new Color(0x1F77B4), new Color(0xFF7F0E), new Color(0x999999));
    private static final int ROW_PX = 22;

    /**
     * One series of bars: a value per parameter and its 95% interval; a series whose bounds are
     * all NaN has no whiskers.
     */
    public record Series(String name, double[] values, double[] low, double[] high) {
        boolean hasInterval() {
            for (int i = 0; i < values.length; i++) if (!Double.isNaN(low[i]) && !Double.isNaN(high[i])) return true;
            return false;
        }
    }

    private IndexBars() {}

    /** Tall enough for a readable bar per parameter and series, and never shorter than 320 px. */
    public static int heightPx(int parameters, int series) {
        return Math.max(320, 150 + ROW_PX * parameters * series);
    }

    /**
     * The chart: {@code parameters} down the side, a bar per series for each, the value axis
     * labelled {@code valueLabel} and including zero.
     */
    public static JFreeChart chart(String title, String subtitle, String valueLabel, List<String> parameters, List<Series> series) {
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        double groupWidth = 0.8, barWidth = groupWidth / series.size();
        for (int s = 0; s < series.size(); s++) {
            Series it = series.get(s);
            YIntervalSeries ys = new YIntervalSeries(it.name(), false, true);
            // Series 0 at the top of each group: the axis runs upwards from parameter 0.
            double offset = groupWidth / 2 - barWidth * (s + 0.5);
            for (int p = 0; p < parameters.size(); p++) {
                boolean interval = !Double.isNaN(it.low()[p]) && !Double.isNaN(it.high()[p]);
                double v = it.values()[p];
                ys.add(parameters.size() - 1 - p + offset, v, interval ? it.low()[p] : v, interval ? it.high()[p] : v);
            }
            data.addSeries(ys);
        }
        SymbolAxis names = new SymbolAxis(null, reversed(parameters));
        names.setGridBandsVisible(false);
        names.setTickLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        names.setRange(-0.6, parameters.size() - 0.4);
        NumberAxis values = new NumberAxis(valueLabel);
        values.setAutoRangeIncludesZero(true);

        XYBarRenderer bars = new XYBarRenderer();
        bars.setBarPainter(new StandardXYBarPainter());
        bars.setShadowVisible(false);
        bars.setDrawBarOutline(false);
        XYErrorRenderer whiskers = new XYErrorRenderer();
        whiskers.setBaseLinesVisible(false);
        whiskers.setBaseShapesVisible(false);
        whiskers.setDrawXError(false);
        whiskers.setDrawYError(true);
        whiskers.setErrorPaint(Color.BLACK);
        whiskers.setErrorStroke(new BasicStroke(1.2f));
        whiskers.setCapLength(6);
        for (int s = 0; s < series.size(); s++) {
            bars.setSeriesPaint(s, COLORS.get(s % COLORS.size()));
            whiskers.setSeriesVisible(s, series.get(s).hasInterval());
            whiskers.setSeriesVisibleInLegend(s, false);
        }
        XYPlot plot = new XYPlot(new XYBarDataset(data, barWidth * 0.9), names, values, bars);
        plot.setDataset(1, data);
        plot.setRenderer(1, whiskers);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD); // whiskers over the bars
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.addRangeMarker(new ValueMarker(0, Color.BLACK, new BasicStroke(1f)));
        JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        ChartStyle.style(chart, subtitle);
        return chart;
    }

    private static String[] reversed(List<String> names) {
        String[] out = new String[names.size()];
        for (int i = 0; i < out.length; i++) out[i] = names.get(out.length - 1 - i);
        return out;
    }
}
