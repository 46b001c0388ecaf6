package medsim.gui.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import medsim.gui.chart.ChartCommand;
import medsim.record.AtomicFiles;
import medsim.record.FolderLock;
import medsim.record.OutputFolder;

/**
 * The report of an output folder, as one HTML page: what the folder holds ({@link FolderKind}),
 * where it came from, its tables and its charts as inline SVG. Nothing in the page depends on
 * the clock or the machine, so the same folder gives the same bytes.
 */
public final class Report {
    /** What a report holds: the page, the kind of folder, and a line for each picture it could not draw. */
    public record Page(String html, String kind, List<String> notDrawn) {}

    private Report() {}

    /**
     * The report of {@code dir}. {@code scenarioOverride} (may be null) is the scenario whose
     * geography a run's map of events is drawn on, as for {@code medsim chart}.
     *
     * @throws medsim.yaml.InputException if {@code dir} holds no medsim result, or one of its files is malformed
     */
    public static Page of(Path dir, Path scenarioOverride) {
        FolderKind kind = FolderKind.of(dir);
        HtmlPage page = new HtmlPage("medsim report: " + dir.getFileName());
        List<String> notDrawn = new ArrayList<>();
        try {
            switch (kind) {
                case RUN -> notDrawn.addAll(RunSection.write(page, dir, scenarioOverride));
                case COMPARISON -> CompareSection.write(page, dir);
                case PREDICTION -> PredictSection.write(page, dir);
                case SWEEP -> SweepSection.write(page, dir);
                case CALIBRATION -> CalibrationSection.write(page, dir);
                case VALIDATION -> validation(page, dir);
            }
        } catch (IllegalArgumentException e) {
            throw ChartCommand.unchartable(dir, e);
        }
        page.note("Written by medsim report from the files of " + dir + ". Numbers that are not whole are rounded for reading (to the unit from a thousand up, else to 4 significant digits); "
                + "the folder's CSV files hold them exactly.");
        return new Page(page.html(), kind.description(), notDrawn);
    }

    /**
     * Writes {@code dir/report.html} through a partial file renamed when complete, holding the
     * folder's lock meanwhile (so that no medsim command writes the folder as it is read).
     * Touches nothing else in the folder. Returns the report's path and what it holds.
     */
    public static Page write(Path dir, Path scenarioOverride) {
        // A folder a medsim command has held has its lock file: take the lock first, so that one
        // being written is "in use", not a folder of no kind. Any other folder is told its kind
        // first, so that a folder of no known kind gets no lock file.
        if (!Files.isRegularFile(dir.resolve(OutputFolder.LOCK))) FolderKind.of(dir);
        try (FolderLock lock = FolderLock.acquire(dir)) {
            Page page = of(dir, scenarioOverride);
            AtomicFiles.write(dir.resolve(OutputFolder.REPORT), w -> w.write(page.html()));
            return page;
        }
    }

    private static void validation(HtmlPage page, Path dir) {
        Path json = dir.resolve("validation.json");
        Provenance v = Files.isRegularFile(json)
                ? Provenance.read(json).require(List.of("scenario", "scenario_name"), List.of("replications", "base_seed")) : null;
        page.h1("Validation" + (v == null ? "" : ": " + v.text("scenario_name")));
        page.lead("medsim validate: replications of a scenario against the record it cites. Report of the folder " + dir + ".");
        page.h2("Provenance");
        if (v == null) {
            page.note("This folder has no validation.json (validate by earlier builds wrote validation.csv only), so its scenario, seeds and build are not known here.");
        } else {
            List<String[]> facts = v.replicationFacts();
            facts.addAll(v.build());
            page.facts(facts);
            Table inputs = v.inputs("inputs", "inputs");
            page.folded("Input files (" + inputs.size() + ", with their SHA-256)", inputs);
        }
        page.h2("Targets and checks");
        ValidationSection.tables(page, dir.resolve("validation.csv"), "validation");
    }
}
