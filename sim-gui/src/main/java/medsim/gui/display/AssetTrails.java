package medsim.gui.display;

import java.awt.Color;

import medsim.actor.Asset;
import medsim.gui.map.ForcePalette;
import medsim.model.MedSim;
import medsim.scenario.AssetKind;
import sim.display.GUIState;
import sim.portrayal.continuous.ContinuousPortrayal2D;
import sim.portrayal.simple.TrailedPortrayal2D;

/**
 * Short fading trails behind ships and aircraft, in their force's colour, with MASON's
 * TrailedPortrayal2D on a layer of their own under the symbols. A trail covers a fixed
 * stretch of simulated time; aircraft fly ten times faster than ships, so theirs is shorter.
 */
public final class AssetTrails {
    static final double SHIP_TRAIL_HOURS = 3;
    static final double AIRCRAFT_TRAIL_HOURS = 0.34;
    private static final int TRAIL_ALPHA = 150;

    private AssetTrails() {}

    /** Points the layer at this run's sea and gives every asset its own trail (one trail per portrayal, as MASON requires). */
    public static void follow(ContinuousPortrayal2D layer, MedSim sim, GUIState gui, ForcePalette palette) {
        HiddenPortrayal hidden = new HiddenPortrayal();
        layer.setField(sim.sea());
        layer.setPortrayalForRemainder(hidden);
        for (Asset a : sim.assets()) {
            double hours = a.spec().kind() == AssetKind.AIRCRAFT ? AIRCRAFT_TRAIL_HOURS : SHIP_TRAIL_HOURS;
            Color c = palette.color(a.force().id());
            TrailedPortrayal2D trail = new TrailedPortrayal2D(gui, hidden, layer, sim.clock().ticks(hours),
                    new Color(c.getRed(), c.getGreen(), c.getBlue(), TRAIL_ALPHA), new Color(c.getRed(), c.getGreen(), c.getBlue(), 0));
            trail.setOnlyShowTrailWhenSelected(false);
            trail.setOnlyGrowTrailWhenSelected(false);
            layer.setPortrayalForObject(a, trail);
        }
    }
}
