package medsim.gui.chart;

import java.awt.Dimension;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import javax.swing.JFrame;
import javax.swing.SwingUtilities;
import javax.swing.WindowConstants;

import org.jfree.chart.ChartPanel;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.plot.XYPlot;

import medsim.model.MedSim;
import sim.display.Controller;
import sim.display.GUIState;
import sim.engine.Steppable;

/**
 * The run's charts ({@link RunCharts}, then the coastguard's and the smugglers' states,
 * {@link StateCharts}) in windows of their own, listed in the Console's Displays tab, updated
 * at the end of every simulated day. The model's thread takes a copy of the day's series;
 * the Swing thread refills the charts from it, so the model never waits on drawing.
 */
public final class LiveCharts {
    private final RunCharts charts = new RunCharts("");
    private final StateCharts states = new StateCharts();
    private final List<JFrame> frames = new ArrayList<>();
    private final List<RunCharts.Chart> all = new ArrayList<>();

    /** Builds a window per chart and registers it with the Console; the first is shown. */
    public LiveCharts(Controller controller) {
        all.addAll(charts.all());
        all.addAll(states.all());
        for (RunCharts.Chart c : all) {
            ChartPanel panel = new ChartPanel(c.chart());
            panel.setPreferredSize(new Dimension(720, 430));
            JFrame frame = new JFrame(c.chart().getTitle().getText());
            frame.setDefaultCloseOperation(WindowConstants.HIDE_ON_CLOSE);
            frame.getContentPane().add(panel);
            frame.pack();
            controller.registerFrame(frame);
            frames.add(frame);
        }
    }

    public List<JFrame> frames() { return List.copyOf(frames); }

    public RunCharts charts() { return charts; }

    /** Clears the charts for a new run and schedules their daily update after each step of the model. */
    public void restart(GUIState gui, MedSim sim, String subtitle) {
        charts.setSubtitle(subtitle);
        charts.setNames(ForceNames.of(sim.scenario()));
        charts.show(RunSeries.empty(subtitle, sim.scenario().startDate()));
        states.restart(sim.scenario(), subtitle);
        states.show(RunSeries.empty(subtitle, sim.scenario().startDate()));
        spanThePeriod(sim.scenario().startDate(), sim.scenario().endDate());
        gui.scheduleRepeatingImmediatelyAfter(new DailyUpdate());
    }

    /**
     * Sets the time charts' date axes to the whole period, so that the lines grow across them
     * as the run advances (and a chart with no day yet shows the period's dates).
     */
    private void spanThePeriod(LocalDate start, LocalDate end) {
        for (RunCharts.Chart c : all) {
            if (c.chart().getPlot() instanceof XYPlot p && p.getDomainAxis() instanceof DateAxis axis) {
                axis.setRange(new Date((long) RunCharts.epochMillis(start)), new Date((long) RunCharts.epochMillis(end.plusDays(1))));
            }
        }
    }

    /** Runs after every step; acts when the model has closed a new day. */
    private final class DailyUpdate implements Steppable {
        private static final long serialVersionUID = 1L;
        private int daysShown;

        @Override
        public void step(sim.engine.SimState state) {
            MedSim sim = (MedSim) state;
            int days = sim.recorder().daysRecorded();
            if (days == daysShown) return;
            daysShown = days;
            RunSeries today = RunSeries.of(sim.outcome(), "");
            SwingUtilities.invokeLater(() -> {
                charts.show(today);
                states.show(today);
            });
        }
    }
}
