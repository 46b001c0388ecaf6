package medsim.gui.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each kind of report, made by {@code medsim report} from short runs of the small test
 * scenario, opened in headless Chromium: the screenshot shows the charts drawn (each chart's
 * box, where the browser laid it out, is inked, not blank), and the DOM the browser built holds
 * the key tables with their rows. Skipped without chromium, except in CI (CI=true), where it
 * fails.
 */
class ReportInBrowserTest {
    static final Path SCENARIOS = Path.of("..", "sim-core", "src", "test", "resources", "scenarios").toAbsolutePath().normalize();
    /** The share of a chart's box that its drawing inks at the least: axes, grid lines, labels and data give 5% to 20%. */
    static final double MIN_CHART_INK = 0.03;

    @TempDir
    static Path dir;
    static Chromium chromium;

    @BeforeAll
    static void findTheBrowser() throws IOException {
        chromium = Chromium.acquire(dir);
    }

    /**
     * The report of {@code out}, made by the command line, opened in the browser: its DOM, after
     * checking that the screenshot is not blank and that every chart in it drew (a blank SVG
     * inks nothing but its 1 px frame, well under 1% of its box).
     */
    static String openReport(Path out, String kind) throws IOException, InterruptedException {
        ReportTest.Outcome o = ReportTest.medsim("report", out.toString());
        assertEquals(0, o.code(), o.err());
        assertEquals("wrote " + out.resolve("report.html") + " (report of " + kind + ")\n", o.out());
        BufferedImage shot = chromium.screenshot(out.resolve("report.html"), dir.resolve(out.getFileName() + ".png"));
        Chromium.Page page = chromium.layout(out.resolve("report.html"), dir);
        double whole = Chromium.inkedShare(shot, new Chromium.Box(0, 0, shot.getWidth(), shot.getHeight()));
        assertTrue(whole > 0.03, out.getFileName() + ": the screenshot is nearly blank (" + whole + " of its pixels not white)");
        int seen = 0;
        for (Chromium.Box b : page.figures()) {
            if (b.top() + b.height() / 2 > shot.getHeight()) continue; // below the screenshot
            seen++;
            assertTrue(b.width() > 900, "a chart is laid out " + b.width() + " px wide");
            double ink = Chromium.inkedShare(shot, b);
            assertTrue(ink > MIN_CHART_INK, out.getFileName() + ": the chart at " + b + " is blank (" + ink + " of its pixels not white)");
        }
        assertTrue(seen > 0, out.getFileName() + ": no chart in the screenshot's " + shot.getHeight() + " px: " + page.figures());
        return page.dom();
    }

    static int svgs(String dom) {
        int n = 0;
        for (int i = 0; (i = dom.indexOf("<svg", i) + 1) > 0; ) n++;
        return n;
    }

    @Test
    void aRunsReportShowsItsChartsTotalsAndProvenance() throws Exception {
        Path run = dir.resolve("run");
        ReportTest.Outcome o = ReportTest.medsim("run", SCENARIOS.resolve("small.yaml").toString(), "--days", "3", "--out", run.toString(), "-q");
        assertEquals(0, o.code(), o.err());
        String dom = openReport(run, "a run");
        assertEquals(5, svgs(dom), "four charts and the map of events");
        assertEquals(8, Chromium.tableRows(dom, "totals"));
        assertTrue(Chromium.tableRows(dom, "summary") > 50, "every column of summary.csv");
        assertTrue(Chromium.tableRows(dom, "inputs") >= 3, "scenario, land, facts...");
        assertTrue(dom.contains("resolved inputs SHA-256"), "the page states the scenario's hash");
    }

    @Test
    void aComparisonsReportShowsTheRelativeChangeAndEveryMetric() throws Exception {
        Path out = dir.resolve("compare");
        ReportTest.Outcome o = ReportTest.medsim("compare", SCENARIOS.resolve("small.yaml").toString(), SCENARIOS.resolve("small-no-ngo.yaml").toString(),
                "--replications", "2", "--days", "2", "--threads", "2", "--out", out.toString());
        assertEquals(0, o.code(), o.err());
        String dom = openReport(out, "a comparison");
        assertEquals(1, svgs(dom));
        assertTrue(Chromium.tableRows(dom, "comparison") > 50, "a row per metric of summary.csv");
        assertEquals(4, Chromium.tableRows(dom, "inputs-a"));
    }

    @Test
    void aPredictionsReportShowsTheHeadlineOutcomesWithTheirPredictiveIntervals() throws Exception {
        Path out = dir.resolve("predict");
        ReportTest.Outcome o = ReportTest.medsim("predict", SCENARIOS.resolve("small.yaml").toString(), "--replications", "10", "--days", "2",
                "--threads", "2", "--out", out.toString(), "-q");
        assertEquals(0, o.code(), o.err());
        String dom = openReport(out, "a prediction");
        assertEquals(1, svgs(dom), "the headline people counts with their intervals");
        assertTrue(Chromium.tableRows(dom, "prediction-headline") >= 5, "departed, arrived, rescued, returned, dead...");
        assertTrue(Chromium.tableRows(dom, "prediction") > 40, "every other metric of summary.csv");
        assertTrue(dom.contains("95% predictive interval"), "the intervals are named");
    }

    /** The folder of a one-day sweep of the small scenario with this design, parameters (YAML lines) and metrics. */
    static Path sweep(String name, String design, String parameters, String metrics) throws IOException {
        Path file = dir.resolve(name + ".yaml");
        Files.writeString(file, "scenario: " + SCENARIOS.resolve("small.yaml") + "\nseed: 2\ndays: 1\ndesign: " + design + "\n"
                + "parameters:\n" + parameters + "metrics: " + metrics + "\n");
        Path out = dir.resolve(name);
        ReportTest.Outcome o = ReportTest.medsim("sweep", file.toString(), "--out", out.toString(), "--threads", "2");
        assertEquals(0, o.code(), o.err());
        return out;
    }

    @Test
    void aSaltelliSweepsReportShowsResponsesAndSobolIndicesWithIntervals() throws Exception {
        Path out = sweep("saltelli", "{type: saltelli, points: 2, bootstrap: 20}",
                "  smuggling.planScale: {min: 0.5, max: 1.5}\n  boatTypes.rubber-dinghy.capsizeHazardPerHour: {min: 0.001, max: 0.01, scale: log}\n",
                "[departed_people, rescued_people]");
        String dom = openReport(out, "a sweep");
        assertEquals(4, svgs(dom), "a response chart and a Sobol chart per metric");
        assertEquals(8, Chromium.tableRows(dom, "points"), "(2 parameters + 2) x 2 points");
        assertEquals(4, Chromium.tableRows(dom, "sobol"), "2 parameters x 2 metrics");
    }

    @Test
    void aMorrisSweepsReportShowsElementaryEffectsWithIntervals() throws Exception {
        Path out = sweep("morris", "{type: morris, points: 2, levels: 4}",
                "  smuggling.planScale: {min: 0.5, max: 1.5}\n  forces.ngo.assets.ship.count: {min: 0, max: 4, integer: true}\n", "[departed_people]");
        String dom = openReport(out, "a sweep");
        assertEquals(2, svgs(dom), "a response chart and a Morris chart");
        assertEquals(2, Chromium.tableRows(dom, "morris"));
    }

    @Test
    void aValidationsReportShowsTheFitAndCheckTablesWithPredictiveIntervals() throws Exception {
        Path scenario = dir.resolve("short-validation.yaml");
        Files.writeString(scenario, "extends: " + SCENARIOS.resolve("small-behaviour-with-targets.yaml") + "\n"
                + "period: {start: 2016-06-01, end: 2016-06-02}\n"
                + "validation:\n  monthly: null\n"
                + "  sophia-share-check: {use: check, metric: rescued_people.eunavfor-med, per: rescued_people, observed: 0.3, observationError: 0.5}\n");
        Path out = dir.resolve("validation");
        ReportTest.Outcome o = ReportTest.medsim("validate", scenario.toString(), "--replications", "10", "--threads", "2", "--out", out.toString(), "-q");
        assertEquals(0, o.code(), o.err());
        String dom = openReport(out, "a validation");
        assertEquals(1, svgs(dom), "the targets against the record");
        assertEquals(2, Chromium.tableRows(dom, "validation-fit"));
        assertEquals(1, Chromium.tableRows(dom, "validation-check"));
        assertTrue(dom.contains("observed values inside their 95% predictive interval"), "the coverage");
        assertTrue(dom.contains("base seed"), "validation.json's provenance");
    }
}
