package medsim.gui.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.labels.CategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import medsim.actor.AssetActivity;
import medsim.record.Plural;

/**
 * The charts of a run, live or finished: cumulative outcomes, people at sea, rescues by
 * actor group, and how each force spent its hours at sea. Built once; {@link #show} refills their
 * data from a {@link RunSeries}, so the live charts and {@code medsim chart} are the same
 * charts fed from the model or from the CSV files.
 */
public final class RunCharts {
    /** A chart and the file name it is written under. */
    public record Chart(String fileStem, JFreeChart chart) {}

    /** A daily metric shown as one line. */
    record Line(String metric, String label, Color color) {}

    static final List<Line> OUTCOMES = List.of(
            new Line("arrivals_people", "arrived in Italy or Malta", new Color(0x1F77B4)),
            new Line("rescued_people", "rescued at sea", new Color(0x2CA02C)),
            new Line("returned_to_libya", "returned to Libya", new Color(0x7B3294)),
            new Line("dead_missing", "dead and missing", new Color(0xB2182B)));
    static final List<Line> AT_SEA = List.of(
            new Line("people_at_sea", "in migrant boats at sea", new Color(0xF28E2B)),
            new Line("people_aboard_assets", "aboard rescue ships and coastguard boats", new Color(0x17808C)));
    static final String RESCUED_BY_GROUP = "rescued_people.";
    static final List<AssetActivity> ACTIVITIES = List.of(AssetActivity.PATROL, AssetActivity.RESCUE, AssetActivity.TRANSIT, AssetActivity.ENFORCEMENT, AssetActivity.EMBARGO);
    private static final List<Color> ACTIVITY_COLORS = List.of(new Color(0x1F77B4), new Color(0x2CA02C), new Color(0xAEC7E8), new Color(0x7B3294));

    private final XYSeriesCollection outcomes = new XYSeriesCollection();
    private final XYSeriesCollection atSea = new XYSeriesCollection();
    private final DefaultCategoryDataset rescuesByGroup = new DefaultCategoryDataset();
    private final DefaultCategoryDataset assetHours = new DefaultCategoryDataset();
    private final List<Chart> charts = new ArrayList<>();
    private final TextTitle rescuesSubtitle = new TextTitle("", new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.PLAIN, 12));
    private final List<TextTitle> runTitles = new ArrayList<>();
    private ForceNames names = ForceNames.IDS;

    /** {@code subtitle} names the run under each chart's title, e.g. "Central Mediterranean 2016, seed 1". */
    public RunCharts(String subtitle) {
        for (Line l : OUTCOMES) outcomes.addSeries(new XYSeries(l.label(), false, false));
        for (Line l : AT_SEA) atSea.addSeries(new XYSeries(l.label(), false, false));
        charts.add(new Chart("outcomes", timeChart("People arrived, rescued, returned and dead (cumulative)", "people", outcomes, OUTCOMES, subtitle)));
        charts.add(new Chart("people-at-sea", timeChart("People at sea now (end of each day)", "people", atSea, AT_SEA, subtitle)));
        charts.add(new Chart("rescues-by-actor", rescuesChart(subtitle)));
        charts.add(new Chart("asset-hours", assetHoursChart(subtitle)));
    }

    /** Names another run under the titles (the live charts, when the GUI opens another scenario). */
    public void setSubtitle(String subtitle) {
        for (TextTitle t : runTitles) t.setText(subtitle);
    }

    /** Names the forces and actor groups in the charts from now on (ids until this is called). */
    public void setNames(ForceNames names) {
        this.names = names;
    }

    public List<Chart> all() { return List.copyOf(charts); }

    private JFreeChart timeChart(String title, String yLabel, XYSeriesCollection data, List<Line> lines, String subtitle) {
        JFreeChart chart = ChartFactory.createXYLineChart(title, "date", yLabel, data, PlotOrientation.VERTICAL, true, true, false);
        XYPlot plot = chart.getXYPlot();
        plot.setDomainAxis(ChartStyle.dateAxis());
        plot.setRangeAxis(ChartStyle.countAxis(yLabel));
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, false);
        for (int i = 0; i < lines.size(); i++) {
            r.setSeriesPaint(i, lines.get(i).color());
            r.setSeriesStroke(i, new BasicStroke(2f));
        }
        plot.setRenderer(r);
        runTitles.add(ChartStyle.style(chart, subtitle));
        return chart;
    }

    private JFreeChart rescuesChart(String subtitle) {
        JFreeChart chart = ChartFactory.createBarChart("People rescued by actor group", "actor group", "people rescued",
                rescuesByGroup, PlotOrientation.HORIZONTAL, false, true, false);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setRangeAxis(ChartStyle.countAxis("people rescued"));
        plot.getRangeAxis().setUpperMargin(0.18); // room for the labels at the bars' ends
        BarRenderer r = ChartStyle.flatBars(plot);
        r.setSeriesPaint(0, new Color(0x2CA02C));
        r.setBaseItemLabelGenerator(new ShareLabels());
        r.setBaseItemLabelsVisible(true);
        runTitles.add(ChartStyle.style(chart, subtitle));
        chart.addSubtitle(rescuesSubtitle);
        return chart;
    }

    /**
     * Each force's hours at sea split by activity, as shares of that force's own hours (the
     * merchant ships' sailing would dwarf every other force's rescue and enforcement hours
     * on one scale); each force's label gives its hours at sea.
     */
    private JFreeChart assetHoursChart(String subtitle) {
        JFreeChart chart = ChartFactory.createStackedBarChart("How each force spent its hours at sea", "force", "share",
                assetHours, PlotOrientation.HORIZONTAL, true, true, false);
        CategoryPlot plot = chart.getCategoryPlot();
        NumberAxis share = new NumberAxis("share of the force's hours at sea (%)");
        share.setRange(0, 100);
        share.setTickUnit(new NumberTickUnit(10));
        plot.setRangeAxis(share);
        BarRenderer r = ChartStyle.flatBars(plot);
        for (int i = 0; i < ACTIVITY_COLORS.size(); i++) r.setSeriesPaint(i, ACTIVITY_COLORS.get(i));
        runTitles.add(ChartStyle.style(chart, subtitle));
        return chart;
    }

    /** Refills every chart from the series (on the Swing thread when the charts are on screen). */
    public void show(RunSeries s) {
        fill(outcomes, OUTCOMES, s, true);
        fill(atSea, AT_SEA, s, false);
        rescuesByGroup.clear();
        double all = s.total("rescued_people");
        for (String metric : s.metricsStartingWith(RESCUED_BY_GROUP)) {
            rescuesByGroup.addValue(s.total(metric), "rescued", names.group(metric.substring(RESCUED_BY_GROUP.length())));
        }
        rescuesSubtitle.setText(String.format(Locale.ROOT, "%s %s rescued in %s; label: people (share of all rescued)",
                ChartStyle.thousands().format(all), Plural.noun(Math.round(all), "person", "people"), Plural.of(s.days(), "day")));
        assetHours.clear();
        for (Map.Entry<String, double[]> e : s.hoursByForce().entrySet()) {
            double atSea = 0;
            for (AssetActivity a : ACTIVITIES) atSea += e.getValue()[a.ordinal()];
            String force = names.force(e.getKey()) + " (" + ChartStyle.thousands().format(atSea) + " h)";
            for (AssetActivity a : ACTIVITIES) {
                assetHours.addValue(atSea > 0 ? 100 * e.getValue()[a.ordinal()] / atSea : 0, a.key().replace('-', ' '), force);
            }
        }
    }

    private static void fill(XYSeriesCollection data, List<Line> lines, RunSeries s, boolean cumulative) {
        for (int i = 0; i < lines.size(); i++) {
            XYSeries series = data.getSeries(i);
            double[] v = cumulative ? s.cumulative(lines.get(i).metric()) : s.values(lines.get(i).metric());
            series.clear();
            for (int d = 0; d < v.length; d++) series.add(epochMillis(s.start().plusDays(d)), v[d], false);
            series.fireSeriesChanged();
        }
    }

    static double epochMillis(LocalDate date) {
        return date.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    }

    /** "46,796 (26%)": people and their share of everyone rescued. */
    private static final class ShareLabels implements CategoryItemLabelGenerator, Serializable {
        private static final long serialVersionUID = 1L;

        @Override
        public String generateLabel(CategoryDataset data, int row, int column) {
            Number v = data.getValue(row, column);
            if (v == null) return null;
            double total = 0;
            for (int c = 0; c < data.getColumnCount(); c++) {
                Number x = data.getValue(row, c);
                if (x != null) total += x.doubleValue();
            }
            String share = total > 0 ? String.format(Locale.ROOT, " (%.0f%%)", 100 * v.doubleValue() / total) : "";
            return ChartStyle.thousands().format(v.doubleValue()) + share;
        }

        @Override
        public String generateRowLabel(CategoryDataset data, int row) { return data.getRowKey(row).toString(); }

        @Override
        public String generateColumnLabel(CategoryDataset data, int column) { return data.getColumnKey(column).toString(); }
    }
}
