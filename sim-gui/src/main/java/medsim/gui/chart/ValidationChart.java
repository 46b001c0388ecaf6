package medsim.gui.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Ellipse2D;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.SeriesRenderingOrder;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * A validation's targets against the record, each in percent of its observed value (the
 * record at 0): the tolerance band (grey), the 95% and 80% predictive intervals (light and dark
 * blue) where the replications give them, and the simulated mean (a dot). A target is inside
 * its predictive interval where the blue bar crosses 0. Monthly series (a correlation, not a
 * value) and targets observed as 0 are left out. The axis reaches at most
 * {@link #AXIS_LIMIT_PERCENT} either side of the record, as {@link CompareChart}'s: what lies
 * beyond is cut at the edge, and targets whose mean lies beyond are named in a subtitle with
 * their error. Reads validation.csv or a calibration's fit.csv.
 */
public final class ValidationChart {
    private static final Color TOLERANCE = new Color(0xDDDDDD);
    private static final Color PI95 = new Color(0x9ECAE1);
    private static final Color PI80 = new Color(0x2171B5);
    private static final int ROW_PX = 34;
    /** How far the axis reaches either side of the record at most, in percent. */
    static final double AXIS_LIMIT_PERCENT = CompareChart.AXIS_LIMIT_PERCENT;

    /** One target in percent of its observed value; NaN bounds where there is no interval. */
    record Item(String target, double meanPercent, double tolerancePercent, double pi80Low, double pi80High, double pi95Low, double pi95High) {}

    private final String title;
    private final List<Item> items;

    private ValidationChart(String title, List<Item> items) {
        this.title = title;
        this.items = List.copyOf(items);
    }

    /** The chart's targets from a validation.csv; none if no target has a value to compare (then there is no chart). */
    public static ValidationChart read(Path validationCsv) {
        CsvTable t = CsvTable.read(validationCsv);
        int target = t.column("target"), kind = t.column("kind"), use = t.column("use"), observed = t.column("observed"), mean = t.column("simulated_mean");
        int tol = t.column("tolerance"), lo80 = t.column("pi80_low"), hi80 = t.column("pi80_high"), lo95 = t.column("pi95_low"), hi95 = t.column("pi95_high");
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            double o = t.number(i, observed);
            if (t.text(i, kind).equals("monthly") || !(Math.abs(o) > 0) || Double.isInfinite(o)) continue;
            items.add(new Item(t.text(i, target) + " (" + t.text(i, use) + ")", percentOf(t.number(i, mean), o), 100 * t.number(i, tol),
                    percentOf(t.number(i, lo80), o), percentOf(t.number(i, hi80), o), percentOf(t.number(i, lo95), o), percentOf(t.number(i, hi95), o)));
        }
        return new ValidationChart(validationCsv.getFileName().toString(), items);
    }

    private static double percentOf(double value, double observed) {
        return 100 * (value - observed) / Math.abs(observed);
    }

    public boolean isEmpty() { return items.isEmpty(); }

    public int heightPx() {
        return Math.max(300, 170 + ROW_PX * items.size());
    }

    public JFreeChart chart() {
        XYIntervalSeries tolerance = new XYIntervalSeries("tolerance", false, true);
        XYIntervalSeries pi95 = new XYIntervalSeries("95% predictive interval", false, true);
        XYIntervalSeries pi80 = new XYIntervalSeries("80% predictive interval", false, true);
        XYSeries means = new XYSeries("simulated mean", false, true);
        String[] names = new String[items.size()];
        double min = 0, max = 0;
        List<String> offScale = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Item it = items.get(i);
            boolean drawn = Math.abs(it.meanPercent()) <= AXIS_LIMIT_PERCENT; // a target beyond is named, not what sets the axis
            for (double v : new double[] {it.meanPercent(), it.pi95Low(), it.pi95High(), it.tolerancePercent(), -it.tolerancePercent()}) {
                if (Double.isNaN(v) || !drawn && v != it.tolerancePercent() && v != -it.tolerancePercent()) continue;
                min = Math.min(min, Math.max(v, -AXIS_LIMIT_PERCENT));
                max = Math.max(max, Math.min(v, AXIS_LIMIT_PERCENT));
            }
            if (Math.abs(it.meanPercent()) > AXIS_LIMIT_PERCENT) offScale.add(String.format(Locale.ROOT, "%s %+,.0f%%", it.target(), it.meanPercent()));
            double y = items.size() - 1 - i; // the first target at the top
            names[items.size() - 1 - i] = it.target();
            if (!Double.isNaN(it.tolerancePercent())) tolerance.add(y, y - 0.35, y + 0.35, 0, -it.tolerancePercent(), it.tolerancePercent());
            if (!Double.isNaN(it.pi95Low())) pi95.add(y, y - 0.22, y + 0.22, it.meanPercent(), it.pi95Low(), it.pi95High());
            if (!Double.isNaN(it.pi80Low())) pi80.add(y, y - 0.22, y + 0.22, it.meanPercent(), it.pi80Low(), it.pi80High());
            means.add(y, it.meanPercent());
        }
        XYIntervalSeriesCollection bands = new XYIntervalSeriesCollection();
        bands.addSeries(tolerance);
        bands.addSeries(pi95);
        bands.addSeries(pi80);
        XYBarRenderer bars = new XYBarRenderer();
        bars.setUseYInterval(true);
        bars.setBarPainter(new StandardXYBarPainter());
        bars.setShadowVisible(false);
        bars.setDrawBarOutline(false);
        bars.setSeriesPaint(0, TOLERANCE);
        bars.setSeriesPaint(1, PI95);
        bars.setSeriesPaint(2, PI80);
        XYLineAndShapeRenderer dots = new XYLineAndShapeRenderer(false, true);
        dots.setSeriesPaint(0, Color.BLACK);
        dots.setSeriesShape(0, new Ellipse2D.Double(-4, -4, 8, 8));

        SymbolAxis targets = new SymbolAxis(null, names);
        targets.setGridBandsVisible(false);
        targets.setTickLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        targets.setRange(-0.6, items.size() - 0.4);
        NumberAxis percent = new NumberAxis("simulated − observed, % of observed (0: the record)");
        percent.setNumberFormatOverride(new DecimalFormat("+#,##0.#'%';-#,##0.#'%'", DecimalFormatSymbols.getInstance(ChartStyle.LOCALE)));
        double pad = Math.max(1, 0.04 * (max - min));
        percent.setRange(min - pad, max + pad);

        XYPlot plot = new XYPlot(bands, targets, percent, bars);
        plot.setDataset(1, new XYSeriesCollection(means));
        plot.setRenderer(1, dots);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        plot.setSeriesRenderingOrder(SeriesRenderingOrder.FORWARD); // series 0 first, the later over it
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.addRangeMarker(new ValueMarker(0, Color.BLACK, new BasicStroke(1.5f)));
        JFreeChart chart = new JFreeChart("Targets against the record", JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        ChartStyle.style(chart, title + ": grey, the tolerance; blue, the 95% and 80% predictive intervals (10 replications or more); dot, the simulated mean");
        if (!offScale.isEmpty()) {
            chart.addSubtitle(new TextTitle("means beyond ±" + (int) AXIS_LIMIT_PERCENT + "% (not drawn): " + String.join(", ", offScale),
                    new Font(Font.SANS_SERIF, Font.PLAIN, 12)));
        }
        return chart;
    }
}
