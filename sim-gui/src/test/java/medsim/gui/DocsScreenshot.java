package medsim.gui;

import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.Toolkit;
import java.awt.event.MouseEvent;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import javax.imageio.ImageIO;
import javax.swing.JComponent;
import javax.swing.SwingUtilities;

import medsim.actor.Asset;
import medsim.actor.MigrantBoat;
import medsim.gui.timeline.MandateTimeline;
import medsim.model.MedSim;
import medsim.scenario.AssetKind;
import sim.display.Console;
import sim.portrayal.LocationWrapper;
import sim.portrayal.SimplePortrayal2D;
import sim.util.Bag;

/**
 * Makes the README's screenshot (docs/gui.png) from the real GUI: the 2016 scenario run by
 * the Console to a morning with boats at sea, the windows where the GUI opens them, the
 * inspector of the ship nearest to a boat open, and the legal basis of a mandate that
 * starts that day shown in the timeline (the first bar that starts on that day, if any).
 * Not a test; run it from the project folder on an X display (a window manager adds title bars):
 * <pre>
 *   mvn -q -DskipTests package
 *   Xvfb :5 -screen 0 1600x1000x24 &amp;  DISPLAY=:5 openbox &amp;
 *   DISPLAY=:5 java -cp sim-gui/target/medsim-gui.jar:sim-gui/target/test-classes medsim.gui.DocsScreenshot \
 *       scenarios/central-med-2016.yaml DAYS HOURS docs/gui.png
 * </pre>
 */
public final class DocsScreenshot {
    private DocsScreenshot() {}

    public static void main(String[] args) throws Exception {
        Path scenario = Path.of(args[0]);
        int days = Integer.parseInt(args[1]);
        int hours = Integer.parseInt(args[2]);
        Path out = Path.of(args[3]);
        MedSimWithUI gui = MedSimWithUI.open(scenario, 1);
        Console[] console = new Console[1];
        SwingUtilities.invokeAndWait(() -> console[0] = (Console) gui.createController());
        // Played by the Console itself, which pauses at the given step.
        int ticksPerDay = 24 * 60 / gui.session().loaded().tickMinutes();
        long ticks = (long) days * ticksPerDay + (long) hours * ticksPerDay / 24;
        SwingUtilities.invokeAndWait(() -> {
            console[0].setWhenShouldPause(ticks);
            console[0].pressPlay();
        });
        long deadline = System.nanoTime() + 600_000_000_000L;
        while (console[0].getPlayState() != Console.PS_PAUSED && System.nanoTime() < deadline) Thread.sleep(200);
        MedSim sim = gui.run();
        SwingUtilities.invokeAndWait(() -> {
            inspectShipNearestABoat(gui, sim, console[0]);
            showTheBasisOfAMandateStartingToday(gui, sim.date());
        });
        Robot robot = new Robot();
        robot.waitForIdle();
        SwingUtilities.invokeAndWait(() -> { });
        robot.waitForIdle();
        Rectangle area = new Rectangle(Toolkit.getDefaultToolkit().getScreenSize());
        BufferedImage shot = robot.createScreenCapture(area);
        Files.createDirectories(out.toAbsolutePath().getParent());
        ImageIO.write(shot, "png", out.toFile());
        System.out.println("wrote " + out + " at " + sim.clock().dateTime(sim.tick()) + ", " + sim.boatsAtSea().numObjs + " boats at sea");
        System.exit(0);
    }

    /** Clicks the timeline's first bar that starts on {@code today}, so that its legal basis shows. */
    private static void showTheBasisOfAMandateStartingToday(MedSimWithUI gui, LocalDate today) {
        List<MandateTimeline.Bar> bars = new MandateTimeline(gui.run().scenario()).bars();
        for (int i = 0; i < bars.size(); i++) {
            if (!bars.get(i).from().equals(today)) continue;
            Rectangle r = gui.timeline().barBounds().get(i);
            JComponent target = gui.timeline().bars();
            target.scrollRectToVisible(r);
            target.dispatchEvent(new MouseEvent(target, MouseEvent.MOUSE_CLICKED, System.currentTimeMillis(), 0,
                    r.x + r.width / 2, r.y + r.height / 2, 1, false, MouseEvent.BUTTON1));
            return;
        }
    }

    /** Opens the inspector of the ship nearest to a boat, so the Console shows its mandate here and today. */
    private static void inspectShipNearestABoat(MedSimWithUI gui, MedSim sim, Console console) {
        Asset best = null;
        double bestNm = Double.POSITIVE_INFINITY;
        for (Asset a : sim.assets()) {
            if (a.mode() == Asset.Mode.IN_PORT || a.spec().kind() != AssetKind.SHIP) continue;
            for (int i = 0; i < sim.boatsAtSea().numObjs; i++) {
                MigrantBoat b = (MigrantBoat) sim.boatsAtSea().objs[i];
                double nm = Math.hypot(b.xNm() - a.xNm(), b.yNm() - a.yNm());
                if (nm < bestNm) {
                    bestNm = nm;
                    best = a;
                }
            }
        }
        if (best == null) return;
        LocationWrapper where = new LocationWrapper(best, sim.sea().getObjectLocation(best), gui.agentsPortrayal());
        SimplePortrayal2D portrayal = (SimplePortrayal2D) gui.agentsPortrayal().getPortrayalForObject(best);
        Bag inspectors = new Bag(), names = new Bag();
        inspectors.add(portrayal.getInspector(where, gui));
        names.add(portrayal.getName(where));
        console.setInspectors(inspectors, names);
    }
}
