package medsim.gui.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.geom.Ellipse2D;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.IntervalBarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.category.DefaultIntervalCategoryDataset;

import medsim.yaml.InputException;
import medsim.yaml.YamlMap;
import medsim.yaml.YamlNode;

/**
 * The chart of a {@code medsim compare} folder: per metric, the relative change of B from A
 * (a dot, in percent of A's mean) and the 95% interval of the paired difference divided by
 * A's mean (a bar), one row per metric, blue where the interval excludes zero and grey where
 * it does not. Metrics whose A mean is 0 (no relative change) or that only one scenario has
 * are left out and counted in the subtitle. The axis reaches at most {@link #AXIS_LIMIT_PERCENT}
 * either side of zero: intervals reaching further are cut at the edge, and metrics whose change
 * lies beyond it are named in a subtitle with their change.
 */
public final class CompareChart {
    /** The file stem of the chart. */
    public static final String STEM = "compare-relative-change";
    /** How far the axis reaches either side of zero at most, in percent. */
    static final double AXIS_LIMIT_PERCENT = 300;
    private static final Color DIFFERS = new Color(0x1F77B4);
    private static final Color SAME = new Color(0xAAAAAA);
    private static final int ROW_PX = 16;

    /** One metric's relative change and interval, in percent of A's mean; NaN bounds without an interval. */
    record Item(String metric, double changePercent, double lowPercent, double highPercent, boolean excludesZero) {}

    private final String title;
    private final List<Item> items;
    private final int leftOut;

    private CompareChart(String title, List<Item> items, int leftOut) {
        this.title = title;
        this.items = List.copyOf(items);
        this.leftOut = leftOut;
    }

    /** Reads compare.csv and the scenario names from compare.json beside it. */
    public static CompareChart read(Path compareCsv) {
        CsvTable t = CsvTable.read(compareCsv);
        int metric = t.column("metric"), meanA = t.column("mean_a"), change = t.column("relative_change");
        int low = t.column("ci95_low"), high = t.column("ci95_high"), excludes = t.column("excludes_zero"), note = t.column("ci_note");
        List<Item> items = new ArrayList<>();
        int leftOut = 0;
        for (int i = 0; i < t.size(); i++) {
            double a = Math.abs(t.number(i, meanA));
            double rel = t.number(i, change);
            if (Double.isNaN(rel) || t.text(i, note).startsWith("only in")) {
                leftOut++;
                continue;
            }
            items.add(new Item(t.text(i, metric), 100 * rel, 100 * t.number(i, low) / a, 100 * t.number(i, high) / a,
                    t.text(i, excludes).equals("true")));
        }
        if (items.isEmpty()) throw InputException.of(compareCsv.toString(), "has no metric with a relative change (A's mean is 0 or missing in every row), so there is nothing to chart");
        return new CompareChart(title(compareCsv.resolveSibling("compare.json")), items, leftOut);
    }

    /** "B's name vs A's name, N paired replications" from compare.json. */
    private static String title(Path compareJson) {
        YamlMap m = YamlNode.parse(compareJson).asMap();
        return m.string("b_scenario_name") + " vs " + m.string("a_scenario_name") + ", " + m.get("replications").asInt() + " paired replications";
    }

    List<Item> items() {
        return items;
    }

    /** Tall enough for a readable row per metric, and never shorter than the other charts. */
    public int heightPx() {
        return Math.max(ChartCommand.HEIGHT_PX, 140 + ROW_PX * items.size());
    }

    public JFreeChart chart() {
        DefaultCategoryDataset points = new DefaultCategoryDataset();
        String[] names = items.stream().map(Item::metric).toArray(String[]::new);
        Number[][] starts = new Number[1][names.length];
        Number[][] ends = new Number[1][names.length];
        List<String> offScale = new ArrayList<>();
        double min = 0, max = 0;
        for (int i = 0; i < names.length; i++) {
            Item it = items.get(i);
            points.addValue(it.changePercent(), "relative change", it.metric());
            boolean interval = !Double.isNaN(it.lowPercent()) && !Double.isNaN(it.highPercent());
            starts[0][i] = interval ? it.lowPercent() : it.changePercent();
            ends[0][i] = interval ? it.highPercent() : it.changePercent();
            double lo = Math.min(it.changePercent(), starts[0][i].doubleValue()), hi = Math.max(it.changePercent(), ends[0][i].doubleValue());
            if (Math.abs(it.changePercent()) > AXIS_LIMIT_PERCENT) offScale.add(String.format(Locale.ROOT, "%s %+,.0f%%", it.metric(), it.changePercent()));
            min = Math.min(min, Math.max(lo, -AXIS_LIMIT_PERCENT));
            max = Math.max(max, Math.min(hi, AXIS_LIMIT_PERCENT));
        }
        DefaultIntervalCategoryDataset intervals = new DefaultIntervalCategoryDataset(new String[] {"95% interval"}, names, starts, ends);

        IntervalBarRenderer bars = new IntervalBarRenderer() {
            private static final long serialVersionUID = 1L;

            @Override
            public Paint getItemPaint(int row, int column) {
                return items.get(column).excludesZero() ? DIFFERS : SAME;
            }
        };
        bars.setBarPainter(new StandardBarPainter());
        bars.setShadowVisible(false);
        bars.setMaximumBarWidth(0.6);
        LineAndShapeRenderer dots = new LineAndShapeRenderer(false, true);
        dots.setSeriesPaint(0, Color.BLACK);
        dots.setSeriesShape(0, new Ellipse2D.Double(-3, -3, 6, 6));

        CategoryAxis metrics = new CategoryAxis(null);
        metrics.setTickLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        metrics.setMaximumCategoryLabelWidthRatio(0.4f);
        NumberAxis percent = new NumberAxis("B - A, % of A's mean (dot: relative change; bar: 95% interval of the paired difference)");
        DecimalFormat fmt = new DecimalFormat("+#,##0.#'%';-#,##0.#'%'", DecimalFormatSymbols.getInstance(ChartStyle.LOCALE));
        percent.setNumberFormatOverride(fmt);
        double pad = Math.max(1, 0.05 * (max - min));
        percent.setRange(min - pad, max + pad);

        CategoryPlot plot = new CategoryPlot(intervals, metrics, percent, bars);
        plot.setDataset(1, points);
        plot.setRenderer(1, dots);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.addRangeMarker(new ValueMarker(0, Color.BLACK, new BasicStroke(1f)));
        JFreeChart chart = new JFreeChart("Relative change, B vs A", JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        String sub = title + "; blue: the interval excludes zero";
        if (leftOut > 0) sub += String.format(Locale.ROOT, "; %d metrics with A's mean 0 or in one scenario only not shown", leftOut);
        ChartStyle.style(chart, sub);
        if (!offScale.isEmpty()) {
            chart.addSubtitle(new org.jfree.chart.title.TextTitle("changes beyond ±" + (int) AXIS_LIMIT_PERCENT + "% (not drawn): " + String.join(", ", offScale),
                    new Font(Font.SANS_SERIF, Font.PLAIN, 12)));
        }
        return chart;
    }
}
