package medsim.gui.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import medsim.gui.chart.CsvTable;
import medsim.yaml.InputException;

/**
 * The report of a calibration ({@code medsim calibrate}): the scenario it wrote
 * (calibrated.yaml, which names the command and the scenario it extends), the posterior
 * summary of an ABC-SMC calibration (posterior-summary.csv) and its generations (abc-smc.csv),
 * or a CMA-ES fit's parameters (fitted.csv) and evaluations (calibration.csv), and the fit
 * targets at the calibrated parameters (fit.csv).
 */
final class CalibrationSection {
    private CalibrationSection() {}

    static void write(HtmlPage page, Path dir) {
        Path calibrated = dir.resolve("calibrated.yaml");
        String yaml = Files.isRegularFile(calibrated) ? read(calibrated) : null;
        String command = yaml == null ? "" : yaml.lines().filter(l -> l.startsWith("# Calibrated by: ")).map(l -> l.substring(17)).findFirst().orElse("");
        String[] args = command.replaceFirst("^medsim calibrate ", "").split(" ");
        page.h1("Calibration" + (args.length < 2 ? "" : " of " + fileName(args[0]) + " by " + fileName(args[1])));
        page.lead("medsim calibrate. Report of the folder " + dir + ".");
        page.h2("Provenance");
        List<String[]> facts = new ArrayList<>();
        facts.add(new String[] {"command", command.isEmpty() ? "(not recorded: no calibrated.yaml)" : command});
        facts.add(new String[] {"method", Files.isRegularFile(dir.resolve("abc-smc.csv")) ? "ABC-SMC (a posterior sample)"
                : Files.isRegularFile(dir.resolve("calibration.csv")) ? "CMA-ES (a point fit)" : "(not recorded)"});
        Path json = dir.resolve("calibration.json");
        if (Files.isRegularFile(json)) {
            Provenance p = Provenance.read(json).require(List.of("scenario", "inputs_sha256", "calibration", "calibration_sha256", "complete"),
                    List.of("seed", "simulations"));
            facts.add(new String[] {"scenario", p.text("scenario_name") + " (" + p.text("scenario") + ")"});
            facts.add(new String[] {"resolved inputs SHA-256", p.text("inputs_sha256")});
            facts.add(new String[] {"calibration file", p.text("calibration") + " (SHA-256 " + p.text("calibration_sha256") + ")"});
            facts.add(new String[] {"seed", p.text("seed")});
            String generations = p.text("generations");
            String budget = p.text("max_evaluations"), abandoned = p.text("abandoned_simulations");
            facts.add(new String[] {"simulations", p.text("simulations") + " of " + p.text("replications") + " run(s) each"
                    + (generations.isEmpty() ? "" : ", " + generations + " whole generation(s)")
                    + (budget.isEmpty() ? "" : ", within a budget of " + budget)
                    + (abandoned.isEmpty() || abandoned.equals("0") ? "" : "; " + abandoned + " more of a generation the budget cut short, discarded")
                    + (p.text("resumed").equals("true") ? "; resumed from its journals" : "")
                    + (p.text("complete").equals("true") ? "" : " (not complete: running, or interrupted)")});
            facts.add(new String[] {"wall time", p.text("wall_seconds") + " s on " + p.text("threads") + " thread(s)"});
            facts.addAll(p.build());
            page.facts(facts);
            page.table(p.inputs("inputs", "inputs"));
        } else {
            page.facts(facts);
            page.note("No calibration.json (an older build's folder): no build id, resolved inputs hash or seed; calibrated.yaml names the scenario it extends.");
        }
        if (Files.isRegularFile(dir.resolve("posterior-summary.csv"))) {
            page.h2("Posterior summary");
            page.p("Each parameter's prior range, posterior mean, median and 95% interval, and its contraction (1 − posterior variance / prior variance).");
            page.table(plain(CsvTable.read(dir.resolve("posterior-summary.csv")), "posterior-summary"));
        }
        if (Files.isRegularFile(dir.resolve("abc-smc.csv"))) generations(page, CsvTable.read(dir.resolve("abc-smc.csv")));
        if (Files.isRegularFile(dir.resolve("fitted.csv"))) {
            page.h2("Fitted parameters");
            page.table(plain(CsvTable.read(dir.resolve("fitted.csv")), "fitted"));
        }
        if (Files.isRegularFile(dir.resolve("calibration.csv"))) evaluations(page, CsvTable.read(dir.resolve("calibration.csv")));
        if (Files.isRegularFile(dir.resolve("fit.csv"))) {
            page.h2("Fit targets at the calibrated parameters (fit.csv)");
            ValidationSection.tables(page, dir.resolve("fit.csv"), "fit");
        }
        if (yaml != null) {
            page.h2("The calibrated scenario (calibrated.yaml)");
            page.pre(yaml);
        }
    }

    private static void generations(HtmlPage page, CsvTable t) {
        int generation = t.column("generation"), tolerance = t.column("tolerance"), distance = t.column("distance");
        Map<String, double[]> byGeneration = new LinkedHashMap<>(); // tolerance, particles, least and greatest distance
        for (int i = 0; i < t.size(); i++) {
            double d = t.number(i, distance);
            double[] g = byGeneration.computeIfAbsent(t.text(i, generation), k -> new double[] {0, 0, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY});
            g[0] = t.number(i, tolerance);
            g[1]++;
            g[2] = Math.min(g[2], d);
            g[3] = Math.max(g[3], d);
        }
        page.h2("ABC-SMC generations (abc-smc.csv)");
        Table table = new Table("generations", List.of("generation", "tolerance", "particles", "least distance", "greatest distance"));
        for (Map.Entry<String, double[]> e : byGeneration.entrySet()) {
            double[] g = e.getValue();
            table.row(e.getKey(), HtmlPage.number(g[0]), String.format(Locale.ROOT, "%.0f", g[1]), HtmlPage.number(g[2]), HtmlPage.number(g[3]));
        }
        page.table(table);
    }

    private static void evaluations(HtmlPage page, CsvTable t) {
        int loss = t.column("loss");
        int best = -1;
        for (int i = 0; i < t.size(); i++) if (best < 0 || t.number(i, loss) < t.number(best, loss)) best = i;
        page.h2("CMA-ES evaluations (calibration.csv)");
        page.p(best < 0 ? "No evaluations." : String.format(Locale.ROOT, "%d evaluations; the least loss, %s, at evaluation %s.",
                t.size(), HtmlPage.number(t.number(best, loss)), t.text(best, t.column("evaluation"))));
    }

    /** A CSV file as it is, numbers rounded for reading. */
    private static Table plain(CsvTable t, String id) {
        Table table = new Table(id, t.header());
        for (int i = 0; i < t.size(); i++) {
            String[] row = new String[t.header().size()];
            for (int c = 0; c < row.length; c++) row[c] = HtmlPage.number(t.text(i, c));
            table.row(row);
        }
        return table;
    }

    private static String fileName(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw InputException.of(file.toString(), "cannot be read: " + e.getMessage());
        }
    }
}
