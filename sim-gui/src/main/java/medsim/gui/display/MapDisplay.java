package medsim.gui.display;

import sim.display.Display2D;
import sim.display.GUIState;

/**
 * MASON's display, set to redraw every few ticks rather than every tick. MASON's Console
 * waits for each redraw before it takes the next step, so redrawing every 5-minute tick
 * would hold a year's run to the speed of painting; users can still change the interval in
 * the display's redraw settings (its second toolbar button).
 */
public final class MapDisplay extends Display2D {
    private static final long serialVersionUID = 1L;

    public MapDisplay(double widthPx, double heightPx, GUIState gui, long redrawEveryTicks) {
        super(widthPx, heightPx, gui);
        updateRule = UPDATE_RULE_STEPS;
        stepInterval = redrawEveryTicks;
        rebuildSkipFrame(); // so the options window shows the interval in force
    }
}
