package medsim.gui.chart;

import java.awt.Color;
import java.awt.Font;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.TimeZone;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.TextTitle;
import org.jfree.ui.RectangleInsets;

/**
 * The look every medsim chart shares: white plot with light grid, English month names,
 * dates in UTC (the model's clock), people and hours with thousands separators.
 */
final class ChartStyle {
    static final TimeZone UTC = TimeZone.getTimeZone("UTC");
    static final Locale LOCALE = Locale.ENGLISH;
    private static final Color GRID = new Color(0xDDDDDD);
    /** Half the width of "Jan-2017" in the axis's tick font, and a margin. */
    static final int DATE_LABEL_OVERHANG_PX = 30;
    private static final Font SUBTITLE = new Font(Font.SANS_SERIF, Font.PLAIN, 12);

    private ChartStyle() {}

    static NumberFormat thousands() {
        return NumberFormat.getIntegerInstance(LOCALE);
    }

    static DateAxis dateAxis() {
        DateAxis axis = new DateAxis("date (UTC)", UTC, LOCALE);
        axis.setStandardTickUnits(DateAxis.createStandardDateTickUnits(UTC, LOCALE));
        axis.setLowerMargin(0.01);
        axis.setUpperMargin(0.01);
        return axis;
    }

    static NumberAxis countAxis(String label) {
        NumberAxis axis = new NumberAxis(label);
        axis.setNumberFormatOverride(thousands());
        axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits(LOCALE));
        return axis;
    }

    /** The bar renderer of a category plot, flat: no gradient, no shadow. */
    static org.jfree.chart.renderer.category.BarRenderer flatBars(org.jfree.chart.plot.CategoryPlot plot) {
        org.jfree.chart.renderer.category.BarRenderer r = (org.jfree.chart.renderer.category.BarRenderer) plot.getRenderer();
        r.setBarPainter(new org.jfree.chart.renderer.category.StandardBarPainter());
        r.setShadowVisible(false);
        return r;
    }

    /** Styles a chart and adds the subtitle, which it returns so that it can be changed later. */
    static TextTitle style(JFreeChart chart, String subtitle) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        chart.getTitle().setFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
        TextTitle title = new TextTitle(subtitle, SUBTITLE);
        chart.addSubtitle(title);
        if (chart.getPlot() instanceof XYPlot p) {
            // Room on the right for half the last date label ("Jan-2017"), centred on the axis's end.
            if (p.getDomainAxis() instanceof DateAxis) chart.setPadding(new RectangleInsets(4, 4, 4, DATE_LABEL_OVERHANG_PX));
            p.setBackgroundPaint(Color.WHITE);
            p.setDomainGridlinePaint(GRID);
            p.setRangeGridlinePaint(GRID);
        } else if (chart.getPlot() instanceof CategoryPlot p) {
            // Room for a force's or group's whole name ("Italian Coast Guard and Italian Navy, Mare Sicuro").
            p.getDomainAxis().setMaximumCategoryLabelWidthRatio(0.45f);
            p.setBackgroundPaint(Color.WHITE);
            p.setRangeGridlinePaint(GRID);
        }
        return title;
    }
}
