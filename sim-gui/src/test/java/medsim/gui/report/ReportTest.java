package medsim.gui.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import medsim.gui.MedsimGuiMain;
import medsim.yaml.InputException;

/** {@code medsim report}'s parts without a browser: the kind of a folder, the tables, the bytes it writes and its errors. */
class ReportTest {
    record Outcome(int code, String out, String err) {}

    static Outcome medsim(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int code = MedsimGuiMain.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Outcome(code, out.toString(), err.toString());
    }

    static final String VALIDATION_HEADER = "target,use,kind,metric,period,observed,simulated_mean,ci95_low,ci95_high,ci_note,error,tolerance,"
            + "tolerance_origin,within_tolerance,pi80_low,pi80_high,pi95_low,pi95_high,inside_pi95,source\n";

    @TempDir
    static Path dir;
    static Path run;

    @BeforeAll
    static void runTheSmallScenario() {
        run = dir.resolve("run");
        Outcome o = medsim("run", ReportInBrowserTest.SCENARIOS.resolve("small.yaml").toString(), "--days", "2", "--out", run.toString(), "-q");
        assertEquals(0, o.code(), o.err());
    }

    static Path folderWith(String name, String... files) throws IOException {
        Path d = Files.createDirectories(dir.resolve(name));
        for (String f : files) Files.writeString(d.resolve(f), "");
        return d;
    }

    @Test
    void theKindOfAFolderIsToldFromItsFiles() throws IOException {
        assertEquals(FolderKind.RUN, FolderKind.of(run));
        assertEquals(FolderKind.COMPARISON, FolderKind.of(folderWith("k-compare", "compare.csv", "compare.json")));
        assertEquals(FolderKind.PREDICTION, FolderKind.of(folderWith("k-predict", "predictive.csv", "predictive.json")));
        assertEquals(FolderKind.SWEEP, FolderKind.of(folderWith("k-sweep", "sweep.json", "runs.csv", "points.csv", "sobol.csv")));
        assertEquals(FolderKind.SWEEP, FolderKind.of(folderWith("k-failed-sweep", "runs.csv")), "a sweep whose runs failed has no points.csv");
        assertEquals(FolderKind.VALIDATION, FolderKind.of(folderWith("k-validation", "validation.csv", "validation.json")));
        assertEquals(FolderKind.CALIBRATION, FolderKind.of(folderWith("k-abc", "abc-smc.csv", "posterior.csv", "posterior-summary.csv", "fit.csv", "calibrated.yaml")));
        assertEquals(FolderKind.CALIBRATION, FolderKind.of(folderWith("k-cmaes", "calibration.csv", "fitted.csv", "fit.csv")), "a fit.csv has validation.csv's columns, but it is a calibration's");
        InputException e = assertThrows(InputException.class, () -> FolderKind.of(folderWith("k-other", "notes.txt")));
        assertTrue(e.getMessage().startsWith(dir.resolve("k-other") + ": holds no medsim result"), e.getMessage());
    }

    @Test
    void aFolderOfNoKnownKindIsOneLineAndExitCode2AndGetsNoFile() throws IOException {
        Path other = folderWith("other", "notes.txt");
        Outcome o = medsim("report", other.toString());
        assertEquals(2, o.code());
        assertEquals(other + ": holds no medsim result: none of run.json (a run), compare.csv (a comparison), predictive.csv (a prediction), sweep.json or points.csv (a sweep), "
                + "validation.csv (a validation), fit.csv or posterior-summary.csv (a calibration)\n", o.err());
        try (Stream<Path> files = Files.list(other)) {
            assertEquals(List.of("notes.txt"), files.map(p -> p.getFileName().toString()).toList(), "no report, no lock file");
        }
        Outcome missing = medsim("report", dir.resolve("nowhere").toString());
        assertEquals(2, missing.code());
        assertEquals(dir.resolve("nowhere") + ": does not exist (expected the output folder of medsim run, compare, predict, sweep, validate or calibrate)\n", missing.err());
    }

    @Test
    void theSameRunGivesTheSameBytesAndThePageLoadsNothing() throws IOException {
        assertEquals(0, medsim("report", run.toString()).code());
        byte[] first = Files.readAllBytes(run.resolve("report.html"));
        Outcome again = medsim("report", run.toString());
        assertEquals(0, again.code(), again.err());
        assertArrayEquals(first, Files.readAllBytes(run.resolve("report.html")), "a second report of the same folder");
        String html = Files.readString(run.resolve("report.html"));
        for (String external : List.of("<script", "<link", "<img", "<iframe", "@import", "src=", "href=\"http", "href='http")) {
            assertFalse(html.contains(external), "the page loads something: " + external);
        }
        assertFalse(html.matches("(?s).*url\\((?!#).*"), "every url() is a reference inside the page (an SVG clip path)");
        assertEquals(5, html.split("<svg ", -1).length - 1, "the four run charts and the map of events, inline");
    }

    @Test
    void aReportAddsOnlyReportHtmlToTheFolder() throws IOException {
        Path copy = Files.createDirectories(dir.resolve("run-copy"));
        try (Stream<Path> files = Files.list(run)) {
            for (Path f : files.filter(p -> !p.getFileName().toString().equals("report.html")).toList()) Files.copy(f, copy.resolve(f.getFileName()));
        }
        List<String> before = names(copy);
        Outcome o = medsim("report", copy.toString(), "--scenario", ReportInBrowserTest.SCENARIOS.resolve("small.yaml").toString());
        assertEquals(0, o.code(), o.err());
        List<String> after = names(copy);
        assertEquals(before.size() + 1, after.size(), after.toString());
        assertTrue(after.containsAll(before) && after.contains("report.html"), "nothing removed, no partial file left: " + after);
    }

    static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aValidationsTablesSplitFitTargetsFromChecksAndCountTheCoverage() throws IOException {
        Path v = folderWith("validation");
        Files.writeString(v.resolve("validation.csv"), VALIDATION_HEADER
                + "arrivals,fit,total,arrivals_people,,1000,1100,1050,1150,,0.1,0.15,grade H,true,1000,1200,950,1250,true,a.fact\n"
                + "sophia,fit,share,rescued_people.sophia / rescued_people,,0.2,0.3,0.28,0.32,,0.5,0.2,grade M,false,0.26,0.34,0.25,0.35,false,b.fact\n"
                + "deaths-h1,check,total,dead_missing,2016-01-01..2016-06-30,50,40,30,50,,-0.2,0.3,band,true,25,55,20,60,true,c.fact\n"
                + "monthly,check,monthly,arrivals_people,,,0.8,0.7,0.9,,0.3,0.5,correlation,true,,,,,,\n");
        String html = Report.of(v, null).html();
        assertTrue(html.contains("<table id=\"validation-observation-error\">"), "the observation-error table");
        assertTrue(html.contains("<td>grade H</td><td>±15.0%</td><td>arrivals</td>"), "a grade, the tolerance it gave and to which target: " + html);
        assertTrue(html.contains("<table id=\"validation-fit\">"), "the fit table");
        assertTrue(html.contains("<table id=\"validation-check\">"), "the check table");
        assertTrue(html.contains("1 of 2 within tolerance; 1 of 2 observed values inside their 95% predictive interval (coverage 50%)."), "fit targets' coverage");
        assertTrue(html.contains("2 of 2 within tolerance; 1 of 1 observed values inside their 95% predictive interval (coverage 100%)."), "checks' coverage");
        assertTrue(html.contains("Coverage over all targets: 2 of 3 observed values inside their 95% predictive interval (67%)."), html);
        assertTrue(html.contains("<tr class=\"no\"><td>sophia</td><td>share</td>"), "a target out of tolerance is shaded, a share in percent");
        assertTrue(html.contains("<td>deaths-h1 (2016-01-01 to 2016-06-30)</td>"), "a target's period");
        assertTrue(html.contains("<td class=\"n\">20.0%</td>"), "a share's observed value");
        assertTrue(html.contains("<td>[950, 1,250]</td>"), "the 95% predictive interval");
        assertTrue(html.contains("no validation.json"), "says what it cannot know");
        assertEquals(1, html.split("<svg ", -1).length - 1, "the chart of targets against the record");
    }

    @Test
    void aCalibrationsPageHoldsItsPosteriorSummaryGenerationsFitAndScenario() throws IOException {
        Path c = folderWith("calibration");
        Files.writeString(c.resolve("posterior-summary.csv"), "parameter,prior_min,prior_max,scale,posterior_mean,posterior_median,q2.5,q97.5,contraction,identified\n"
                + "departures.inflowPeoplePerDay,200,3000,linear,1362.3658270368462,1264.432058140278,1058.0650497570741,1804.89668024419,0.8682443125027207,\n");
        Files.writeString(c.resolve("abc-smc.csv"), "generation,tolerance,particle,weight,distance,departures.inflowPeoplePerDay\n"
                + "0,Infinity,1,0.5,21.9,1881\n0,Infinity,2,0.5,44.4,2882\n1,27.4,1,0.6,3.6,1058\n1,27.4,2,0.4,20.3,1801\n");
        Files.writeString(c.resolve("fit.csv"), VALIDATION_HEADER + "departures,fit,total,departed_people,,18000,25385,,,fewer than 5 replications,0.41,0.05,stated,false,,,,,,\n");
        Files.writeString(c.resolve("calibrated.yaml"), "# Calibrated by: medsim calibrate scenarios/x.yaml calibration/abc.yaml\nextends: x.yaml\n");
        String noJson = Report.of(c, null).html();
        assertTrue(noJson.contains("No calibration.json"), "an older folder's page says what it cannot show");
        Files.writeString(c.resolve("calibration.json"), """
                {"build_id": "abc123", "medsim_version": "0.1.0", "git_commit": "4995f9d", "git_dirty": false, "command": "medsim calibrate scenarios/x.yaml calibration/abc.yaml",
                 "scenario": "scenarios/x.yaml", "scenario_name": "X", "inputs_sha256": "feed", "inputs": [{"role": "scenario", "path": "scenarios/x.yaml", "sha256": "feed"}],
                 "start": "2016-01-01", "end": "2016-12-31", "calibration": "calibration/abc.yaml", "calibration_sha256": "beef", "method": "abc-smc",
                 "seed": 1, "replications": 1, "max_evaluations": 12, "simulations": 4, "generations": 2, "abandoned_simulations": 3, "resumed": true,
                 "complete": false, "threads": 2, "java": "17", "wall_seconds": 12.5}
                """);
        String html = Report.of(c, null).html();
        assertTrue(html.contains("calibration/abc.yaml (SHA-256 beef)"), "the calibration file and its digest");
        assertTrue(html.contains("4 of 1 run(s) each, 2 whole generation(s), within a budget of 12; 3 more of a generation the budget cut short, discarded;"
                + " resumed from its journals (not complete: running, or interrupted)"), "the simulations, the budget, the abandoned ones, and that it is not complete");
        assertTrue(html.contains("12.5 s on 2 thread(s)"), "the wall time");
        assertTrue(html.contains("0.1.0, 4995f9d (clean)"), "the build");
        assertTrue(html.contains("<h1>Calibration of x.yaml by abc.yaml</h1>"), "the title names the scenario and the calibration file");
        assertTrue(html.contains("<td>departures.inflowPeoplePerDay</td><td class=\"n\">200</td><td class=\"n\">3,000</td><td>linear</td><td class=\"n\">1,362</td>"),
                "the posterior summary");
        assertTrue(html.contains("<tr><td class=\"n\">1</td><td class=\"n\">27.4</td><td class=\"n\">2</td><td class=\"n\">3.6</td><td class=\"n\">20.3</td></tr>"),
                "generation 1: its tolerance, particles and distances");
        assertTrue(html.contains("<table id=\"fit-fit\">"), "the fit targets at the result");
        assertTrue(html.contains("<pre># Calibrated by: medsim calibrate scenarios/x.yaml calibration/abc.yaml\nextends: x.yaml\n</pre>"), "the calibrated scenario");
    }

    @Test
    void aMalformedFileIsOneLineNamingItsLineAndFieldAndLeavesNoReport() throws IOException {
        Path v = folderWith("bad-validation");
        Files.writeString(v.resolve("validation.csv"), VALIDATION_HEADER + "arrivals,fit,total,arrivals_people,,many,1100,1050,1150,,0.1,0.15,grade H,true,,,,,,\n");
        Outcome o = medsim("report", v.toString());
        assertEquals(2, o.code());
        assertEquals(v.resolve("validation.csv") + ":2:6: observed must be a number (got 'many')\n", o.err());
        assertFalse(Files.exists(v.resolve("report.html")));
        Path badJson = folderWith("bad-run", "summary.csv", "daily.csv");
        Files.writeString(badJson.resolve("run.json"), "{\"seed\": 1,\n \"seed\": 2}\n");
        Outcome j = medsim("report", badJson.toString());
        assertEquals(2, j.code());
        assertEquals(1, j.err().lines().count(), j.err());
        assertTrue(j.err().startsWith(badJson.resolve("run.json") + ":"), j.err());
    }

    /** One line at the file (and the field, where there is one), exit 2, no page: what a hand-edited folder gets. */
    private static void refused(Path folder, String expected) {
        Outcome o = medsim("report", folder.toString());
        assertEquals(2, o.code(), o.err());
        assertEquals(expected + "\n", o.err());
        assertFalse(Files.exists(folder.resolve("report.html")));
    }

    @Test
    void filesChangedByHandAreRefusedAtTheirFieldNotDrawnOrSkipped() throws IOException {
        Path use = folderWith("bad-use");
        Files.writeString(use.resolve("validation.csv"), VALIDATION_HEADER
                + "arrivals,bogus,total,arrivals_people,,1000,1100,1050,1150,,0.1,0.15,grade H,true,1000,1200,950,1250,true,a.fact\n");
        refused(use, use.resolve("validation.csv") + ":2: use must be fit or check (got 'bogus')");

        Path huge = dir.resolve("huge");
        assertEquals(0, medsim("predict", ReportInBrowserTest.SCENARIOS.resolve("small.yaml").toString(), "--replications", "10", "--days", "1",
                "--out", huge.toString(), "-q").code());
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(huge.resolve("predictive.csv")));
        int departed = lines.indexOf(lines.stream().filter(l -> l.startsWith("departed_people,")).findFirst().orElseThrow());
        String[] cells = lines.get(departed).split(",", -1);
        cells[7] = "-1e200";
        cells[8] = "1e200";
        lines.set(departed, String.join(",", cells));
        Files.write(huge.resolve("predictive.csv"), lines);
        Outcome o = medsim("report", huge.toString());
        assertEquals(2, o.code(), "a number too large for any axis is bad input, not an internal error: " + o.err());
        assertTrue(o.err().startsWith(huge + ": holds numbers no chart can draw"), o.err());

        Path compare = folderWith("empty-json");
        Files.writeString(compare.resolve("compare.json"), "{}\n");
        Files.writeString(compare.resolve("compare.csv"), String.join(",", medsim.experiment.ComparisonReport.COLUMNS) + "\n");
        refused(compare, compare.resolve("compare.json") + ":1:1: a_scenario is missing (medsim writes it)");

        Path sweep = folderWith("runs-list");
        Files.writeString(sweep.resolve("sweep.json"), "{\"sweep\": \"s.yaml\", \"runs\": [1, 2]}\n");
        Outcome s = medsim("report", sweep.toString());
        assertEquals(2, s.code(), s.err());
        assertTrue(s.err().startsWith(sweep.resolve("sweep.json") + ":1:"), s.err());
        assertTrue(s.err().contains("runs must be a whole number from 0"), s.err());
    }

    @Test
    void numbersAreRoundedForReadingButWholeNumbersAreExact() {
        assertEquals("20,254", HtmlPage.number("20254"));
        assertEquals("32,080", HtmlPage.number("32079.968869601376"));
        assertEquals("0.8235", HtmlPage.number("0.8234777777777776"));
        assertEquals("318.6", HtmlPage.number("318.6000000000001"));
        assertEquals("-2.028", HtmlPage.number("-2.0282488629579523"));
        assertEquals("1.000e-07", HtmlPage.number("1e-7"));
        assertEquals("", HtmlPage.number(""), "no value");
        assertEquals("Small test scenario", HtmlPage.number("Small test scenario"));
        assertEquals("2016-06-01", HtmlPage.number("2016-06-01"));
        assertEquals("a &lt;b&gt; &amp; &quot;c&quot;", HtmlPage.escape("a <b> & \"c\""));
        assertEquals("1, 2, 3", Provenance.firstOf(List.of("1", "2", "3")));
        List<String> seeds = java.util.stream.IntStream.range(0, 120).mapToObj(Integer::toString).toList();
        assertTrue(Provenance.firstOf(seeds).endsWith(", 18, 19, … (120 in all)"), "a long list of seeds: its first 20 and its length");
    }
}
