package medsim.gui;

import java.awt.GraphicsEnvironment;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import javax.swing.SwingUtilities;

import medsim.scenario.Scenario;
import medsim.scenario.ScenarioLoader;
import medsim.yaml.InputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code medsim gui SCENARIO}: opens MASON's Console and the map on a scenario. The seed is
 * the Console's (1 at first, as for {@code medsim run}); the window stays open after the
 * command returns.
 */
@Command(name = "gui", mixinStandardHelpOptions = true,
        description = {"Open the MASON console, the animated map and the live charts on a scenario (needs a display)."})
public final class GuiCommand implements Callable<Integer> {
    @Parameters(paramLabel = "SCENARIO", description = "Scenario YAML file, e.g. scenarios/central-med-2016.yaml.")
    Path scenarioFile;

    @Option(names = "--forecast", description = "Open a held-out scenario (heldOut:, e.g. 2017), releasing its forecast. Without it such a scenario is refused.")
    boolean forecast;

    @Override
    public Integer call() throws InterruptedException, InvocationTargetException {
        if (!forecast) {
            Scenario s = ScenarioLoader.load(scenarioFile); // a bad file is reported here too, before the display is asked for
            if (s.heldOut() != null) throw s.heldOut().refusalOfTheWholePeriod("gui");
        }
        if (GraphicsEnvironment.isHeadless()) {
            throw InputException.of(null, "medsim gui needs a display (DISPLAY is not set); without one, use medsim run and medsim chart");
        }
        MedSimWithUI gui = MedSimWithUI.open(scenarioFile, 1, forecast);
        SwingUtilities.invokeAndWait(gui::createController);
        return 0;
    }
}
