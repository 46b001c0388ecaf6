package medsim.gui.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import medsim.gui.chart.ChartCommand;
import medsim.gui.chart.CsvTable;
import medsim.gui.chart.IndexBars;
import medsim.gui.chart.Picture;
import medsim.yaml.InputException;

/**
 * The report of a prediction ({@code medsim predict}; the 2017 forecast is one): where it came
 * from (predictive.json: the scenario, the seeds, the posterior sample drawn from), and for
 * every metric the replications' mean with its 95% interval and where one more run would fall,
 * the 80% and 95% predictive intervals (predictive.csv), the headline metrics first. No record
 * stands beside them: a forecast is written before its year's outcomes are looked at.
 */
final class PredictSection {
    /** The metrics shown first, in this order, where predictive.csv has them. */
    private static final List<String> HEADLINE = List.of("departed_people", "arrivals_people", "rescued_people", "returned_to_libya", "dead_missing",
            "death_rate");

    private PredictSection() {}

    static void write(HtmlPage page, Path dir) {
        for (String f : List.of("predictive.csv", "predictive.json")) {
            if (!Files.isRegularFile(dir.resolve(f))) throw InputException.of(dir.resolve(f).toString(), "is missing (a prediction has predictive.csv and predictive.json)");
        }
        Provenance p = Provenance.read(dir.resolve("predictive.json")).require(List.of("scenario", "scenario_name"), List.of("replications", "base_seed"));
        page.h1("Prediction: " + p.text("scenario_name"));
        String days = p.text("days");
        page.lead(String.format(Locale.ROOT, "medsim predict: %s replications of %s, %s to %s%s. Report of the folder %s.", p.text("replications"),
                p.text("scenario"), p.text("start"), p.text("end"), days.isEmpty() ? "" : " (--days " + days + ")", dir));

        page.h2("Provenance");
        List<String[]> facts = p.replicationFacts();
        facts.addAll(p.build());
        facts.add(new String[] {"wall time", p.text("wall_seconds") + " s"});
        page.facts(facts);
        Table inputs = p.inputs("inputs", "inputs");
        page.folded("Input files (" + inputs.size() + ", with their SHA-256)", inputs);

        CsvTable t = CsvTable.read(dir.resolve("predictive.csv"));
        t.requireNumbers(List.of("mean", "ci95_low", "ci95_high", "pi80_low", "pi80_high", "pi95_low", "pi95_high"), true, "a prediction");
        int metric = t.column("metric");
        List<Integer> order = new ArrayList<>();
        for (String h : HEADLINE) {
            for (int i = 0; i < t.size(); i++) if (t.text(i, metric).equals(h)) order.add(i);
        }
        List<Integer> rest = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) if (!order.contains(i)) rest.add(i);
        page.h2("Headline metrics");
        chart(page, t, order);
        page.p("The mean of the replications with its 95% confidence interval, and where one more run would fall: the central 80% and 95% of the runs"
                + " (predictive intervals; with a posterior sample they carry the parameters' uncertainty as well as the runs' noise).");
        page.table(table(t, order, "prediction-headline"));
        page.h2("The other metrics");
        page.table(table(t, rest, "prediction"));
    }

    /**
     * How far one more run may fall from the mean, for each headline people count: its 95%
     * predictive interval as a whisker, in percent of its mean (so that the dead, some
     * thousands, read as well as the departed, some hundred thousands); none if there is no such count.
     */
    private static void chart(HtmlPage page, CsvTable t, List<Integer> headline) {
        int metric = t.column("metric"), unit = t.column("unit"), mean = t.column("mean"), lo = t.column("pi95_low"), hi = t.column("pi95_high");
        List<Integer> people = headline.stream().filter(i -> t.text(i, unit).equals("people")).toList();
        if (people.isEmpty()) return;
        double[] means = new double[people.size()], low = new double[people.size()], high = new double[people.size()];
        List<String> names = new ArrayList<>();
        for (int k = 0; k < people.size(); k++) {
            int i = people.get(k);
            names.add(t.text(i, metric));
            double m = t.number(i, mean);
            means[k] = 0;
            low[k] = t.text(i, lo).isEmpty() || m == 0 ? Double.NaN : 100 * (t.number(i, lo) - m) / m;
            high[k] = t.text(i, hi).isEmpty() || m == 0 ? Double.NaN : 100 * (t.number(i, hi) - m) / m;
        }
        var chart = IndexBars.chart("Where one more run may fall", "the 95% predictive interval of each count, in percent of the replications' mean (the table gives the numbers)",
                "% of the mean", names, List.of(new IndexBars.Series("95% predictive interval", means, low, high)));
        page.figure(new ChartCommand.Drawing("prediction-headline", Picture.of(chart, ChartCommand.WIDTH_PX, IndexBars.heightPx(names.size(), 1))));
    }

    private static Table table(CsvTable t, List<Integer> rows, String id) {
        int metric = t.column("metric"), unit = t.column("unit"), mean = t.column("mean"), lo = t.column("ci95_low"), hi = t.column("ci95_high");
        int p80lo = t.column("pi80_low"), p80hi = t.column("pi80_high"), p95lo = t.column("pi95_low"), p95hi = t.column("pi95_high");
        Table table = new Table(id, List.of("metric", "unit", "mean", "95% confidence interval", "80% predictive interval", "95% predictive interval"));
        for (int i : rows) {
            table.row(t.text(i, metric), t.text(i, unit), HtmlPage.number(t.text(i, mean)), interval(t, i, lo, hi), interval(t, i, p80lo, p80hi), interval(t, i, p95lo, p95hi));
        }
        return table;
    }

    private static String interval(CsvTable t, int row, int low, int high) {
        return t.text(row, low).isEmpty() ? "" : "[" + HtmlPage.number(t.text(row, low)) + ", " + HtmlPage.number(t.text(row, high)) + "]";
    }
}
