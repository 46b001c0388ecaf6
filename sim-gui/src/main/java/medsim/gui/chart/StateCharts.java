package medsim.gui.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.ArrayList;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import medsim.scenario.DeparturesSpec;
import medsim.scenario.Scenario;

/**
 * Two live charts of the states the story turns on, at the end of each day: the Libyan
 * coastguard's capacity (its boats serviceable, ready and in service, the crews it can man,
 * its people serving and trained: the {@code coastguard_*} levels of daily.csv) and the
 * smugglers ashore (people waiting and held in detention, boats in stock, and the chance of
 * being picked up at sea each departure point's network expects: behaviour mode's levels).
 * Each chart stacks panels with one unit each over one date axis.
 */
public final class StateCharts {
    /** Okabe-Ito's colours, for lines that colour-blind readers can tell apart. */
    private static final List<Color> LINE_COLORS = List.of(new Color(0x0072B2), new Color(0xE69F00), new Color(0x009E73),
            new Color(0xD55E00), new Color(0xCC79A7), new Color(0x56B4E9), new Color(0x000000), new Color(0xF0E442));
    static final String PICKUP_CHANCE = "expected_pickup_chance.";

    /** A panel of lines with one unit. */
    private record Panel(XYSeriesCollection data, List<String> metrics) {}

    private final List<RunCharts.Chart> charts = new ArrayList<>();
    private final List<TextTitle> notes = new ArrayList<>();
    private final List<TextTitle> runTitles = new ArrayList<>();
    private final Panel boats, people, waiting, stock, chance;

    public StateCharts() {
        boats = panel(List.of("coastguard_boats_serviceable", "coastguard_boats_ready", "coastguard_boats_in_service", "coastguard_crews"),
                List.of("boats serviceable", "boats ready (after maintenance)", "boats in service (ready and crewed)", "crews it can man"));
        people = panel(List.of("coastguard_personnel_serving", "coastguard_personnel_trained"), List.of("people serving", "of them trained"));
        charts.add(new RunCharts.Chart("coastguard-capacity", chart("The Libyan coastguard's capacity (end of each day)",
                List.of(boats, people), List.of("boats, crews", "people"), List.of(false, false))));
        waiting = panel(List.of("people_waiting_ashore", "people_in_detention"), List.of("people waiting to cross", "people held after return"));
        stock = panel(List.of("boats_in_stock"), List.of("boats in stock"));
        chance = new Panel(new XYSeriesCollection(), new ArrayList<>());
        charts.add(new RunCharts.Chart("smugglers-ashore", chart("The smugglers ashore (end of each day)",
                List.of(waiting, stock, chance), List.of("people", "boats", "expected chance"), List.of(false, false, true))));
    }

    public List<RunCharts.Chart> all() { return List.copyOf(charts); }

    /** Names the run under the titles, and says what a scenario that lacks a state does not show. */
    public void restart(Scenario scenario, String subtitle) {
        for (TextTitle t : runTitles) t.setText(subtitle);
        notes.get(0).setText(scenario.coastguardCapacity() == null ? "this scenario models no coastguard capacity" : "");
        notes.get(1).setText(scenario.departures().mode() == DeparturesSpec.Mode.BEHAVIOUR ? ""
                : "departures on a schedule: the networks hold no stock and expect nothing");
        chance.data().removeAllSeries();
        chance.metrics().clear();
    }

    /** Refills the charts from the series (on the Swing thread when they are on screen). */
    public void show(RunSeries s) {
        for (Panel p : List.of(boats, people, waiting, stock)) fill(p, s);
        List<String> points = s.metricsStartingWith(PICKUP_CHANCE);
        if (!points.equals(chance.metrics())) {
            chance.data().removeAllSeries();
            chance.metrics().clear();
            for (String m : points) {
                chance.metrics().add(m);
                chance.data().addSeries(new XYSeries("expected chance of pick-up, " + m.substring(PICKUP_CHANCE.length()), false, false));
            }
        }
        fill(chance, s);
    }

    private static void fill(Panel p, RunSeries s) {
        for (int i = 0; i < p.metrics().size(); i++) {
            XYSeries series = p.data().getSeries(i);
            double[] v = s.values(p.metrics().get(i));
            series.clear();
            for (int d = 0; d < v.length; d++) series.add(RunCharts.epochMillis(s.start().plusDays(d)), v[d], false);
            series.fireSeriesChanged();
        }
    }

    private static Panel panel(List<String> metrics, List<String> labels) {
        XYSeriesCollection data = new XYSeriesCollection();
        for (String l : labels) data.addSeries(new XYSeries(l, false, false));
        return new Panel(data, new ArrayList<>(metrics));
    }

    private JFreeChart chart(String title, List<Panel> panels, List<String> units, List<Boolean> fractions) {
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(ChartStyle.dateAxis());
        plot.setGap(8);
        int colour = 0;
        for (int i = 0; i < panels.size(); i++) {
            NumberAxis axis;
            if (fractions.get(i)) {
                axis = new NumberAxis(units.get(i));
                axis.setRange(0, 1);
            } else {
                axis = ChartStyle.countAxis(units.get(i));
            }
            XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, false);
            for (int k = 0; k < 8; k++) {
                r.setSeriesPaint(k, LINE_COLORS.get((colour + k) % LINE_COLORS.size()));
                r.setSeriesStroke(k, new BasicStroke(2f));
            }
            colour += panels.get(i).metrics().isEmpty() ? 0 : panels.get(i).metrics().size();
            XYPlot sub = new XYPlot(panels.get(i).data(), null, axis, r);
            sub.setBackgroundPaint(Color.WHITE);
            sub.setDomainGridlinePaint(new Color(0xDDDDDD));
            sub.setRangeGridlinePaint(new Color(0xDDDDDD));
            plot.add(sub, 1);
        }
        JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        runTitles.add(ChartStyle.style(chart, ""));
        TextTitle note = new TextTitle("", new Font(Font.SANS_SERIF, Font.ITALIC, 12));
        chart.addSubtitle(note);
        notes.add(note);
        return chart;
    }
}
