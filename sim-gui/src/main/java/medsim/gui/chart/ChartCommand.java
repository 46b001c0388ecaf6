package medsim.gui.chart;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import medsim.gui.map.SeaMap;
import medsim.model.World;
import medsim.model.WorldDiskCache;
import medsim.record.AtomicFiles;
import medsim.record.Plural;
import medsim.scenario.Scenario;
import medsim.scenario.ScenarioLoader;
import medsim.yaml.InputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code medsim chart}: the charts of a finished run, of a sweep or of a comparison, as PNG
 * and SVG, without a display. The map of events needs the run's scenario; when the one
 * run.json names is not there from the current folder, the other charts are drawn, the map
 * is not, and a line on stderr says why (exit code 0). A {@code --scenario} that does not
 * load is bad input.
 */
@Command(name = "chart", mixinStandardHelpOptions = true,
        description = {"Render a finished run (daily.csv, events.csv, assets.csv, run.json), a sweep (points.csv) or a comparison "
                + "(compare.csv) as PNG and SVG charts in RUN_DIR/charts/. Runs without a display.",
                "A chart that cannot be drawn (the map of events, without its scenario) is named on stderr; the others are drawn."})
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

    /** What a chart command did: the files it wrote (a PNG and an SVG per chart), and a line for each chart it could not draw. */
    public record Charted(List<Path> written, List<String> notDrawn) {}

    @Override
    public Integer call() throws IOException {
        if (!Files.isDirectory(dir)) throw InputException.of(dir.toString(), "is not a folder (expected the output folder of a run or a sweep)");
        Path out = dir.resolve(medsim.record.OutputFolder.CHARTS);
        Charted charted;
        try {
            charted = chartsOf(out);
        } catch (IllegalArgumentException e) {
            throw unchartable(dir, e);
        }
        spec.commandLine().getOut().println("wrote " + Plural.of(charted.written().size() / 2, "chart") + " (PNG and SVG) to " + out);
        PrintWriter err = spec.commandLine().getErr();
        for (String line : charted.notDrawn()) err.println("medsim: " + line);
        return 0;
    }

    /**
     * What JFreeChart refuses to draw (an axis over numbers so large that its range is not
     * finite, 1e308 say), as bad input naming the folder: medsim writes no such numbers, so
     * one of its files was changed by hand.
     */
    public static InputException unchartable(Path dir, IllegalArgumentException e) {
        return InputException.of(dir.toString(), "holds numbers no chart can draw (" + e.getMessage()
                + "): medsim writes none so large; a file in it was changed since");
    }

    private Charted chartsOf(Path out) throws IOException {
        if (Files.isRegularFile(dir.resolve("daily.csv"))) {
            return runCharts(dir, scenarioFile, out);
        } else if (Files.isRegularFile(dir.resolve("points.csv"))) {
            return new Charted(sweepCharts(dir.resolve("points.csv"), out), List.of());
        } else if (Files.isRegularFile(dir.resolve("compare.csv"))) {
            return new Charted(compareCharts(dir.resolve("compare.csv"), out), List.of());
        } else if (Files.isRegularFile(dir.resolve("runs.csv"))) {
            throw InputException.of(dir.toString(), "holds a sweep without points.csv: some of its runs failed (their errors are in runs.csv), so there is nothing to chart");
        } else {
            throw InputException.of(dir.toString(), "holds neither a run (daily.csv, events.csv, assets.csv, run.json), nor a sweep (points.csv), nor a comparison (compare.csv)");
        }
    }

    /** A picture and the name it goes under: its file stem in charts/, its id in a report. */
    public record Drawing(String name, Picture picture) {}

    /** A run's pictures, and a line for each picture that could not be drawn (the map, without its scenario). */
    public record RunDrawings(List<Drawing> drawings, List<String> notDrawn) {}

    /**
     * The four run charts and the map of events, drawn into charts/ as PNG and SVG
     * ({@link #runDrawings}).
     */
    public static Charted runCharts(Path runDir, Path scenarioOverride, Path out) throws IOException {
        RunDrawings d = runDrawings(runDir, scenarioOverride);
        return new Charted(write(d.drawings(), out), d.notDrawn());
    }

    /**
     * The four run charts and the map of events. The map is drawn on the geography of
     * {@code scenarioOverride}, which must load, or else of the scenario run.json names, if it
     * is there from the current folder; if it is not, the map is not drawn and {@link RunDrawings#notDrawn} says why, and
     * the charts name forces and actor groups by their ids instead of their names.
     */
    public static RunDrawings runDrawings(Path runDir, Path scenarioOverride) {
        for (String f : List.of("run.json", "events.csv", "assets.csv")) {
            if (!Files.isRegularFile(runDir.resolve(f))) {
                throw InputException.of(runDir.resolve(f).toString(), "is missing (a finished run has daily.csv, events.csv, assets.csv and run.json)");
            }
        }
        RunInfo info = RunInfo.read(runDir.resolve("run.json"));
        Scenario scenario = null;
        String noMap = null;
        if (scenarioOverride != null) {
            scenario = ScenarioLoader.load(scenarioOverride);
        } else if (info.scenarioFile() != null) {
            scenario = ScenarioLoader.load(info.scenarioFile());
        } else {
            noMap = "event-map not drawn: " + runDir.resolve("run.json") + " names the scenario " + info.scenario()
                    + ", which is not there from this folder nor where the run read it; pass --scenario FILE for the map's geography";
        }
        RunCharts charts = new RunCharts(info.title());
        if (scenario != null) charts.setNames(ForceNames.of(scenario));
        charts.show(RunSeries.read(runDir, info.title()));
        List<Drawing> drawings = new ArrayList<>();
        for (RunCharts.Chart c : charts.all()) drawings.add(new Drawing(c.fileStem(), Picture.of(c.chart(), WIDTH_PX, HEIGHT_PX)));
        if (scenario != null) {
            World world = WorldDiskCache.fromEnvironment().world(scenario.geography());
            drawings.add(new Drawing("event-map", new EventMap(new SeaMap(scenario, world),
                    EventMap.read(runDir.resolve("events.csv"), world.projection()), info.title(), info.start(), info.end())));
        }
        return new RunDrawings(drawings, noMap == null ? List.of() : List.of(noMap));
    }

    /** One chart per metric of the sweep. */
    public static List<Path> sweepCharts(Path pointsCsv, Path out) throws IOException {
        return write(sweepDrawings(SweepPoints.read(pointsCsv)), out);
    }

    /** One chart per metric of the sweep's points: the mean and its 95% band against a parameter. */
    private static List<Drawing> sweepDrawings(SweepPoints points) {
        List<Drawing> out = new ArrayList<>();
        for (RunCharts.Chart c : SweepCharts.of(points)) out.add(new Drawing(c.fileStem(), Picture.of(c.chart(), WIDTH_PX, HEIGHT_PX)));
        return out;
    }

    /** The chart of a comparison: relative change and interval per metric. */
    public static List<Path> compareCharts(Path compareCsv, Path out) throws IOException {
        return write(List.of(compareDrawing(compareCsv)), out);
    }

    /** The chart of a comparison's compare.csv (with compare.json beside it). */
    public static Drawing compareDrawing(Path compareCsv) {
        CompareChart chart = CompareChart.read(compareCsv);
        return new Drawing(CompareChart.STEM, Picture.of(chart.chart(), WIDTH_PX, chart.heightPx()));
    }

    private static List<Path> write(List<Drawing> drawings, Path out) {
        AtomicFiles.createFolder(out);
        List<Path> written = new ArrayList<>();
        for (Drawing d : drawings) written.addAll(PictureFiles.writePngAndSvg(d.picture(), out, d.name()));
        return written;
    }
}
