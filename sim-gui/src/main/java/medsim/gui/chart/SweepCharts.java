package medsim.gui.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import medsim.format.Numbers;
import medsim.record.Plural;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * One chart per metric of a sweep: the mean over replications with its 95% confidence
 * band, against the first numeric parameter that varies; one line for each combination of
 * the other varying parameters. A sweep whose points vary no numeric parameter is drawn
 * against the design point's order.
 */
public final class SweepCharts {
    private static final List<Color> COLORS = List.of(new Color(0x1F77B4), new Color(0xD62728), new Color(0x2CA02C),
            new Color(0x9467BD), new Color(0xFF7F0E), new Color(0x17BECF), new Color(0x8C564B), new Color(0xE377C2));

    private SweepCharts() {}

    public static List<RunCharts.Chart> of(SweepPoints points) {
        List<String> varying = points.varyingParameters();
        String x = varying.stream().filter(points::isNumeric).findFirst().orElse(null);
        List<String> others = varying.stream().filter(p -> !p.equals(x)).toList();
        List<RunCharts.Chart> out = new ArrayList<>();
        for (SweepPoints.Metric m : points.metrics()) {
            YIntervalSeriesCollection data = new YIntervalSeriesCollection();
            List<String> groups = new ArrayList<>();
            for (int i = 0; i < points.size(); i++) {
                String group = groupOf(points, i, others, m.name());
                int g = groups.indexOf(group);
                if (g < 0) {
                    groups.add(group);
                    data.addSeries(new YIntervalSeries(group));
                    g = groups.size() - 1;
                }
                double xv = x == null ? i + 1 : Numbers.parse(points.parameterText(i, x));
                data.getSeries(g).add(xv, points.value(i, m.mean()), points.value(i, m.low()), points.value(i, m.high()));
            }
            out.add(new RunCharts.Chart("sweep-" + m.name().replaceAll("[^A-Za-z0-9._-]", "_"), chart(points, m, x, data)));
        }
        return out;
    }

    private static String groupOf(SweepPoints points, int i, List<String> others, String metric) {
        if (others.isEmpty()) return metric;
        List<String> parts = new ArrayList<>();
        for (String p : others) parts.add(p + " = " + points.parameterText(i, p));
        return String.join(", ", parts);
    }

    private static JFreeChart chart(SweepPoints points, SweepPoints.Metric m, String x, YIntervalSeriesCollection data) {
        NumberAxis xAxis = new NumberAxis(x == null ? "design point" : x);
        xAxis.setAutoRangeIncludesZero(false);
        // Design points and counts (ships, boats) tick at whole numbers only, never at 0.2 or 0.4.
        if (x == null || points.isWholeNumber(x)) xAxis.setStandardTickUnits(NumberAxis.createIntegerTickUnits(Locale.ENGLISH));
        NumberAxis yAxis = new NumberAxis(m.name() + " (mean over replications)");
        NumberFormat fmt = NumberFormat.getNumberInstance(Locale.ENGLISH);
        fmt.setMaximumFractionDigits(3);
        yAxis.setNumberFormatOverride(fmt);
        yAxis.setAutoRangeIncludesZero(false);
        DeviationRenderer r = new DeviationRenderer(true, true);
        for (int i = 0; i < data.getSeriesCount(); i++) {
            Color c = COLORS.get(i % COLORS.size());
            r.setSeriesPaint(i, c);
            r.setSeriesFillPaint(i, c);
            r.setSeriesStroke(i, new BasicStroke(2f));
        }
        r.setAlpha(0.2f);
        XYPlot plot = new XYPlot(data, xAxis, yAxis, r);
        plot.setOrientation(PlotOrientation.VERTICAL);
        JFreeChart chart = new JFreeChart(m.name(), JFreeChart.DEFAULT_TITLE_FONT, plot, data.getSeriesCount() > 1);
        ChartStyle.style(chart, String.format(Locale.ROOT, "%s: %s; mean and 95%% confidence interval over replications",
                points.file().getFileName(), Plural.of(points.size(), "design point")));
        return chart;
    }
}
