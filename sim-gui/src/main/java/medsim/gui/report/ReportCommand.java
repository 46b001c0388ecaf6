package medsim.gui.report;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import medsim.record.OutputFolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code medsim report DIR}: one self-contained HTML page of an output folder (a run, a
 * comparison, a sweep, a validation or a calibration), with its charts as inline SVG, written
 * as DIR/report.html. Runs without a display.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Write DIR/report.html: one self-contained page (tables, charts as inline SVG; no script, no network) of the output folder "
                + "of medsim run, compare, sweep, validate or calibrate, with where it came from (scenario, inputs hash, seeds, build).",
                "A chart that cannot be drawn (a run's map of events, without its scenario) is named on stderr; the rest is written."})
public final class ReportCommand implements Callable<Integer> {
    @Parameters(paramLabel = "DIR", description = "Output folder of medsim run, compare, sweep, validate or calibrate.")
    Path dir;

    @Option(names = "--scenario", paramLabel = "FILE",
            description = "For a run: the scenario whose geography the map of events is drawn on (default: the one run.json names, from the current folder).")
    Path scenarioFile;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Report.Page page = Report.write(dir, scenarioFile);
        spec.commandLine().getOut().println("wrote " + dir.resolve(OutputFolder.REPORT) + " (report of " + page.kind() + ")");
        PrintWriter err = spec.commandLine().getErr();
        for (String line : page.notDrawn()) err.println("medsim: " + line);
        return 0;
    }
}
