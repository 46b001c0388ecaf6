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
 * The report of a run: where it came from (run.json), its totals (summary.csv) and the charts
 * of {@code medsim chart} (outcomes, people at sea, rescues by actor group, each force's hours,
 * the map of events).
 */
final class RunSection {
    /** The totals shown first, in this order, where summary.csv has them. */
    private static final List<String[]> HEADLINE = List.of(
            new String[] {"departed_people", "people departed"},
            new String[] {"arrivals_people", "people arrived in Italy or Malta"},
            new String[] {"rescued_people", "people rescued at sea"},
            new String[] {"returned_to_libya", "people returned to Libya"},
            new String[] {"dead_missing", "dead and missing"},
            new String[] {"people_at_sea_end", "people still at sea at the end"},
            new String[] {"sar_cases", "SAR cases"},
            new String[] {"rescues", "rescues"});

    private RunSection() {}

    /** Adds the run's sections to the page; returns a line for each picture it could not draw. */
    static List<String> write(HtmlPage page, Path dir, Path scenarioOverride) {
        for (String f : List.of("run.json", "summary.csv", "daily.csv")) {
            if (!Files.isRegularFile(dir.resolve(f))) {
                throw InputException.of(dir.resolve(f).toString(), "is missing (a finished run has run.json, summary.csv, daily.csv, events.csv and assets.csv)");
            }
        }
        Provenance run = Provenance.read(dir.resolve("run.json"));
        page.h1("Run: " + run.text("scenario_name"));
        String days = run.text("days");
        page.lead(String.format(Locale.ROOT, "medsim run of %s, seed %s, %s to %s%s. Report of the folder %s.", run.text("scenario"), run.text("seed"),
                run.text("start"), run.text("end"), days.isEmpty() ? "" : " (--days " + days + ")", dir));

        page.h2("Provenance");
        List<String[]> facts = new ArrayList<>();
        facts.add(new String[] {"scenario", run.text("scenario_name") + " (" + run.text("scenario") + ")"});
        facts.add(new String[] {"resolved inputs SHA-256", run.text("inputs_sha256")});
        facts.add(new String[] {"seed", run.text("seed")});
        facts.add(run.parameters("the run's parameters"));
        facts.add(new String[] {"period", run.text("start") + " to " + run.text("end") + (days.isEmpty() ? "" : " (first " + days + " days)")});
        facts.add(new String[] {"tick", run.text("tick_minutes") + " minutes, " + HtmlPage.number(run.text("ticks")) + " ticks"});
        facts.addAll(run.build());
        facts.add(new String[] {"wall time", run.text("wall_seconds") + " s (" + HtmlPage.number(run.text("agent_steps_per_second")) + " agent-steps/s)"});
        page.facts(facts);
        Table inputs = run.inputs("inputs", "inputs");
        page.folded("Input files (" + inputs.size() + ", with their SHA-256)", inputs);

        CsvTable summary = CsvTable.read(dir.resolve("summary.csv"));
        if (summary.size() != 1) throw InputException.of(summary.file().toString(), "has " + summary.size() + " rows (a run's summary.csv has one)");
        summary.requireNumbers(summary.header().stream().filter(c -> !medsim.record.RunOutputs.SUMMARY_IDENTITY.contains(c)).toList(), true, "a run");
        page.h2("Totals");
        Table headline = new Table("totals", List.of("total", "value", "column of summary.csv"));
        for (String[] h : HEADLINE) {
            int c = summary.header().indexOf(h[0]);
            if (c >= 0) headline.row(h[1], HtmlPage.number(summary.text(0, c)), h[0]);
        }
        page.table(headline);

        page.h2("Charts");
        ChartCommand.RunDrawings drawings = ChartCommand.runDrawings(dir, scenarioOverride);
        for (ChartCommand.Drawing d : drawings.drawings()) page.figure(d);
        for (String line : drawings.notDrawn()) page.note(line);

        page.h2("Every column of summary.csv");
        Table all = new Table("summary", List.of("column", "value"));
        for (int c = 0; c < summary.header().size(); c++) all.row(summary.header().get(c), HtmlPage.number(summary.text(0, c)));
        page.table(all);
        return drawings.notDrawn();
    }
}
