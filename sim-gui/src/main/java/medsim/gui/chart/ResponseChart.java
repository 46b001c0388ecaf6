package medsim.gui.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Ellipse2D;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CombinedRangeXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.ui.RectangleInsets;
import org.jfree.data.xy.YIntervalSeriesCollection;

import medsim.format.Numbers;
import medsim.record.Plural;

/**
 * A sweep's parameter-response chart for one metric: a panel per varying numeric parameter
 * (at most {@link #PANELS} in one chart), side by side on a shared metric axis, with a dot per
 * design point at its parameter value and the metric's mean over replications, and the 95%
 * confidence interval as a whisker where the point has one. Unlike {@link SweepCharts}'s
 * lines, this reads for any design: a grid, a Latin hypercube, a Sobol or Saltelli sample,
 * a Morris trajectory. Where the other varying parameters take few values together (a full
 * factorial's grid: at most {@link #KEYED} combinations), each combination is a series of its
 * own colour, named in the legend, so that an interaction shows; a sample's points, each its
 * own combination, share one colour. A parameter whose values are all positive and span a
 * factor of 10 or more gets a logarithmic axis.
 */
public final class ResponseChart {
    /** The most parameter panels in one chart, so that each stays readable at 1000 px. */
    public static final int PANELS = 3;
    /** The height of each chart, in px (1000 px wide, as every chart). */
    public static final int HEIGHT_PX = 460;
    private static final Color DOT = new Color(0x1F77B4);
    /** The most combinations of the other parameters that get a colour each. */
    static final int KEYED = 6;
    /** Okabe-Ito's colours, told apart by colour-blind viewers too, for the keyed combinations. */
    private static final List<Color> KEY_COLORS = List.of(new Color(0x0072B2), new Color(0xE69F00), new Color(0x009E73), new Color(0xCC79A7),
            new Color(0x56B4E9), new Color(0xD55E00));

    private ResponseChart() {}

    /** The charts of a metric: one per {@link #PANELS} varying numeric parameters, in the points' column order. */
    public static List<JFreeChart> of(SweepPoints points, SweepPoints.Metric metric) {
        List<String> numeric = points.varyingParameters().stream().filter(points::isNumeric).toList();
        List<JFreeChart> out = new ArrayList<>();
        for (int from = 0; from < numeric.size(); from += PANELS) {
            out.add(chart(points, metric, numeric.subList(from, Math.min(numeric.size(), from + PANELS))));
        }
        return out;
    }

    private static JFreeChart chart(SweepPoints points, SweepPoints.Metric metric, List<String> parameters) {
        NumberAxis values = new NumberAxis(metric.name() + " (mean over replications)");
        values.setAutoRangeIncludesZero(false);
        NumberFormat fmt = NumberFormat.getNumberInstance(ChartStyle.LOCALE);
        fmt.setMaximumFractionDigits(3);
        values.setNumberFormatOverride(fmt);
        CombinedRangeXYPlot plot = new CombinedRangeXYPlot(values);
        plot.setGap(12);
        boolean anyKeyed = false;
        for (String p : parameters) {
            List<String> others = points.varyingParameters().stream().filter(o -> !o.equals(p)).toList();
            // The combination of the other parameters' values at each point, in the points' order of first appearance.
            java.util.Map<String, YIntervalSeries> byCombination = new java.util.LinkedHashMap<>();
            List<String> combinationOf = new ArrayList<>();
            for (int i = 0; i < points.size(); i++) {
                StringBuilder key = new StringBuilder();
                for (String o : others) key.append(key.length() == 0 ? "" : ", ").append(o).append(" = ").append(points.parameterText(i, o));
                combinationOf.add(key.toString());
            }
            boolean keyed = !others.isEmpty() && new java.util.HashSet<>(combinationOf).size() <= KEYED;
            anyKeyed |= keyed;
            double min = Double.POSITIVE_INFINITY, max = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < points.size(); i++) {
                double x = Numbers.parse(points.parameterText(i, p)), y = points.value(i, metric.mean());
                if (Double.isNaN(y)) continue; // a point whose runs all failed
                double lo = points.value(i, metric.low()), hi = points.value(i, metric.high());
                boolean interval = !Double.isNaN(lo) && !Double.isNaN(hi);
                String name = keyed ? combinationOf.get(i) : p;
                byCombination.computeIfAbsent(name, k -> new YIntervalSeries(k, false, true)).add(x, y, interval ? lo : y, interval ? hi : y);
                min = Math.min(min, x);
                max = Math.max(max, x);
            }
            YIntervalSeriesCollection data = new YIntervalSeriesCollection();
            for (YIntervalSeries s : byCombination.values()) data.addSeries(s);
            XYErrorRenderer r = new XYErrorRenderer();
            r.setBaseLinesVisible(keyed); // a keyed combination's dots joined, so its response reads as a line
            r.setBaseShapesVisible(true);
            r.setDrawXError(false);
            r.setErrorStroke(new BasicStroke(1f));
            for (int s = 0; s < data.getSeriesCount(); s++) {
                Color c = keyed ? KEY_COLORS.get(s % KEY_COLORS.size()) : DOT;
                r.setSeriesShape(s, new Ellipse2D.Double(-3.5, -3.5, 7, 7));
                r.setSeriesPaint(s, c);
                r.setSeriesVisibleInLegend(s, keyed); // each item names the parameter it keys, so the panels share one legend
            }
            r.setErrorPaint(null); // each whisker in its series' colour
            XYPlot sub = new XYPlot(data, axis(points, p, min, max), null, r);
            sub.setBackgroundPaint(Color.WHITE);
            sub.setDomainGridlinePaint(new Color(0xDDDDDD));
            sub.setRangeGridlinePaint(new Color(0xDDDDDD));
            plot.add(sub, 1);
        }
        JFreeChart chart = new JFreeChart(metric.name() + " against the parameters", JFreeChart.DEFAULT_TITLE_FONT, plot, anyKeyed);
        ChartStyle.style(chart, String.format(Locale.ROOT, "%s: %s; a dot per point: mean over replications, whisker: 95%% confidence interval (5 replications or more)",
                points.file().getFileName(), Plural.of(points.size(), "design point")));
        chart.setPadding(new RectangleInsets(4, 4, 4, 24)); // room for half the last tick label of the right-hand panel
        return chart;
    }

    private static ValueAxis axis(SweepPoints points, String parameter, double min, double max) {
        Font label = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
        if (min > 0 && max / min >= 10) {
            LogAxis log = new LogAxis(parameter + " (log scale)");
            log.setBase(10);
            log.setSmallestValue(min / 2);
            log.setLabelFont(label);
            log.setNumberFormatOverride(new java.text.DecimalFormat("0.######", java.text.DecimalFormatSymbols.getInstance(ChartStyle.LOCALE)));
            return log;
        }
        NumberAxis axis = new NumberAxis(parameter);
        axis.setAutoRangeIncludesZero(false);
        axis.setLabelFont(label);
        if (points.isWholeNumber(parameter)) axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits(Locale.ENGLISH));
        // A margin of a twentieth of the span (half a unit for a single value) on each side, so
        // that the end points and their whiskers stand clear of the frame.
        if (min <= max) {
            double pad = max > min ? (max - min) / 20 : 0.5;
            axis.setRange(min - pad, max + pad);
        }
        return axis;
    }
}
