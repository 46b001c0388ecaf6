package medsim.gui.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import medsim.gui.chart.ChartCommand;
import medsim.gui.chart.CsvTable;
import medsim.yaml.InputException;

/**
 * The report of a comparison ({@code medsim compare}): both scenarios and the seeds they
 * shared (compare.json), the relative-change chart, and every metric's means, paired
 * difference with its 95% interval and relative change (compare.csv).
 */
final class CompareSection {
    private CompareSection() {}

    static void write(HtmlPage page, Path dir) {
        for (String f : List.of("compare.csv", "compare.json")) {
            if (!Files.isRegularFile(dir.resolve(f))) throw InputException.of(dir.resolve(f).toString(), "is missing (a comparison has compare.csv and compare.json)");
        }
        Provenance c = Provenance.read(dir.resolve("compare.json"))
                .require(List.of("a_scenario", "a_scenario_name", "b_scenario", "b_scenario_name"), List.of("replications", "base_seed"));
        page.h1("Comparison: " + c.text("b_scenario_name") + " vs " + c.text("a_scenario_name"));
        page.lead(String.format(Locale.ROOT, "medsim compare: A is %s, B is %s; %s paired replications with common random numbers. Report of the folder %s.",
                c.text("a_scenario"), c.text("b_scenario"), c.text("replications"), dir));

        page.h2("Provenance");
        List<String[]> facts = new ArrayList<>();
        for (String ab : List.of("a", "b")) {
            String p = ab + "_", name = ab.toUpperCase(Locale.ROOT);
            facts.add(new String[] {name + ": scenario", c.text(p + "scenario_name") + " (" + c.text(p + "scenario") + ")"});
            facts.add(new String[] {name + ": resolved inputs SHA-256", c.text(p + "inputs_sha256")});
            facts.add(new String[] {name + ": period", c.text(p + "start") + " to " + c.text(p + "end")});
        }
        String days = c.text("days");
        if (!days.isEmpty()) facts.add(new String[] {"days run", "the first " + days});
        facts.add(new String[] {"base seed", c.text("base_seed")});
        facts.add(new String[] {"replications and their seeds", c.text("replications") + " (A and B alike): " + c.text("seeds")});
        facts.add(c.parameters("each pair's parameters (the same for A and B)"));
        facts.addAll(c.build());
        page.facts(facts);
        Table inputsA = c.inputs("a_inputs", "inputs-a"), inputsB = c.inputs("b_inputs", "inputs-b");
        page.folded("Input files of A (" + inputsA.size() + ", with their SHA-256)", inputsA);
        page.folded("Input files of B (" + inputsB.size() + ", with their SHA-256)", inputsB);

        CsvTable t = CsvTable.read(dir.resolve("compare.csv"));
        t.requireNumbers(List.of("mean_a", "mean_b", "difference", "ci95_low", "ci95_high", "relative_change"), true, "a comparison");
        int flag = t.column("excludes_zero");
        for (int i = 0; i < t.size(); i++) {
            String x = t.text(i, flag);
            if (!x.isEmpty() && !x.equals("true") && !x.equals("false")) throw t.error(i, "excludes_zero", "must be true, false or empty (got '" + x + "')");
        }
        page.h2("Relative change");
        try {
            page.figure(ChartCommand.compareDrawing(dir.resolve("compare.csv")));
        } catch (InputException e) { // no metric with a relative change: the table says it all
            page.note("No chart: " + e.getMessage());
        }

        int metric = t.column("metric"), unit = t.column("unit"), meanA = t.column("mean_a"), meanB = t.column("mean_b");
        int diff = t.column("difference"), low = t.column("ci95_low"), high = t.column("ci95_high"), rel = t.column("relative_change");
        int excludes = t.column("excludes_zero"), note = t.column("ci_note");
        int piLow = t.header().indexOf("pi95_low"), piHigh = t.header().indexOf("pi95_high"); // absent from an older build's compare.csv
        Table table = new Table("comparison", List.of("metric", "unit", "mean A", "mean B", "B − A", "95% interval of B − A", "relative change", "interval excludes 0", "note",
                "one pair's B − A, 95% predictive"));
        int differ = 0;
        for (int i = 0; i < t.size(); i++) {
            boolean x = t.text(i, excludes).equals("true");
            if (x) differ++;
            String interval = t.text(i, low).isEmpty() ? "" : "[" + HtmlPage.number(t.text(i, low)) + ", " + HtmlPage.number(t.text(i, high)) + "]";
            table.rowOfClass(x ? "yes" : "", t.text(i, metric), t.text(i, unit), HtmlPage.number(t.text(i, meanA)), HtmlPage.number(t.text(i, meanB)),
                    HtmlPage.number(t.text(i, diff)), interval, HtmlPage.percent(t.number(i, rel), true), x ? "yes" : t.text(i, excludes).equals("false") ? "no" : "",
                    t.text(i, note), piLow < 0 || t.text(i, piLow).isEmpty() ? "" : "[" + HtmlPage.number(t.text(i, piLow)) + ", " + HtmlPage.number(t.text(i, piHigh)) + "]");
        }
        table.flagColumn(7);
        page.h2("Every metric");
        page.p(String.format(Locale.ROOT, "%d of %d metrics differ: the 95%% interval of the paired difference B − A excludes zero (shaded).", differ, t.size()));
        page.table(table);
    }
}
