package medsim.gui.chart;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import medsim.gui.map.SeaMap;
import medsim.model.World;
import medsim.scenario.Scenario;
import medsim.scenario.ScenarioLoader;
import medsim.yaml.InputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code medsim chart}: the charts of a finished run, of a sweep or of a comparison, as PNG and SVG, without a display. */
@Command(name = "chart", mixinStandardHelpOptions = true,
        description = {"Render a finished run (daily.csv, events.csv, assets.csv, run.json), a sweep (points.csv) or a comparison "
                + "(compare.csv) as PNG and SVG charts in RUN_DIR/charts/. Runs without a display."})
public final class ChartCommand implements Callable<Integer> {
    public static final int WIDTH_PX = 1000;
    public static final int HEIGHT_PX = 600;

    @Parameters(paramLabel = "RUN_DIR", description = "Output folder of medsim run, of a sweep (with points.csv) or of medsim compare (with compare.csv).")
    Path dir;

    @Option(names = "--scenario", paramLabel = "FILE",
            description = "Scenario whose geography the map of events is drawn on (default: the one run.json names, from the current folder).")
    Path scenarioFile;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (!Files.isDirectory(dir)) throw InputException.of(dir.toString(), "is not a folder (expected the output folder of a run or a sweep)");
        Path out = dir.resolve("charts");
        List<Path> written;
        if (Files.isRegularFile(dir.resolve("daily.csv"))) {
            written = runCharts(dir, scenarioFile, out);
        } else if (Files.isRegularFile(dir.resolve("points.csv"))) {
            written = sweepCharts(dir.resolve("points.csv"), out);
        } else if (Files.isRegularFile(dir.resolve("compare.csv"))) {
            written = compareCharts(dir.resolve("compare.csv"), out);
        } else if (Files.isRegularFile(dir.resolve("runs.csv"))) {
            throw InputException.of(dir.toString(), "holds a sweep without points.csv: some of its runs failed (their errors are in runs.csv), so there is nothing to chart");
        } else {
            throw InputException.of(dir.toString(), "holds neither a run (daily.csv, events.csv, assets.csv, run.json), nor a sweep (points.csv), nor a comparison (compare.csv)");
        }
        spec.commandLine().getOut().printf(Locale.ROOT, "wrote %d charts (PNG and SVG) to %s%n", written.size() / 2, out);
        return 0;
    }

    /** The four run charts and the map of events. */
    public static List<Path> runCharts(Path runDir, Path scenarioOverride, Path out) throws IOException {
        for (String f : List.of("run.json", "events.csv", "assets.csv")) {
            if (!Files.isRegularFile(runDir.resolve(f))) {
                throw InputException.of(runDir.resolve(f).toString(), "is missing (a finished run has daily.csv, events.csv, assets.csv and run.json)");
            }
        }
        RunInfo info = RunInfo.read(runDir.resolve("run.json"));
        RunCharts charts = new RunCharts(info.title());
        charts.show(RunSeries.read(runDir, info.title()));
        Path scenarioPath = scenarioOverride != null ? scenarioOverride : Path.of(info.scenario());
        if (!Files.isRegularFile(scenarioPath)) {
            throw InputException.of(runDir.resolve("run.json").toString(), "names the scenario " + scenarioPath
                    + ", which is not there from this folder; pass --scenario FILE for the map's geography");
        }
        Scenario scenario = ScenarioLoader.load(scenarioPath);
        World world = World.build(scenario.geography());
        EventMap map = new EventMap(new SeaMap(scenario, world), EventMap.read(runDir.resolve("events.csv"), world.projection()),
                info.title(), info.start(), info.end());
        Files.createDirectories(out);
        List<Path> written = new ArrayList<>();
        for (RunCharts.Chart c : charts.all()) written.addAll(PictureFiles.writePngAndSvg(Picture.of(c.chart(), WIDTH_PX, HEIGHT_PX), out, c.fileStem()));
        written.addAll(PictureFiles.writePngAndSvg(map, out, "event-map"));
        return written;
    }

    /** One chart per metric of the sweep. */
    public static List<Path> sweepCharts(Path pointsCsv, Path out) throws IOException {
        List<RunCharts.Chart> charts = SweepCharts.of(SweepPoints.read(pointsCsv));
        Files.createDirectories(out);
        List<Path> written = new ArrayList<>();
        for (RunCharts.Chart c : charts) written.addAll(PictureFiles.writePngAndSvg(Picture.of(c.chart(), WIDTH_PX, HEIGHT_PX), out, c.fileStem()));
        return written;
    }

    /** The chart of a comparison: relative change and interval per metric. */
    public static List<Path> compareCharts(Path compareCsv, Path out) throws IOException {
        CompareChart chart = CompareChart.read(compareCsv);
        Files.createDirectories(out);
        return PictureFiles.writePngAndSvg(Picture.of(chart.chart(), WIDTH_PX, chart.heightPx()), out, CompareChart.STEM);
    }
}
