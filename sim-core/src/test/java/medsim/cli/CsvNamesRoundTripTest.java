package medsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import medsim.format.Numbers;
import medsim.model.TestRuns;
import medsim.record.RunOutputs;
import medsim.scenario.ScenarioLoader;

/**
 * A force group is free text and becomes a metric name (rescued_people.GROUP), a cell of
 * events.csv and assets.csv, and a column of a sweep's files. One with a comma and a quote
 * must read back, through commons-csv's own RFC 4180 parser, as the same names and values.
 */
class CsvNamesRoundTripTest {
    private static final String GROUP = "NGO \"Sea-Watch\", MSF";
    private static final String METRIC = "rescued_people." + GROUP;
    private static final Path LAND = Path.of("..", "scenarios", "geo", "central-med-land.geojson").toAbsolutePath().normalize();

    @TempDir
    Path dir;

    /** The small scenario with the NGO force's group given a comma and quotes. */
    private Path scenario() throws IOException {
        String text = Files.readString(TestRuns.scenarioFile("small.yaml"))
                .replace("../../../../../scenarios/geo/central-med-land.geojson", LAND.toString());
        assertTrue(text.contains("    group: ngo\n"), "the small scenario's NGO group");
        Path f = dir.resolve("quoted-group.yaml");
        Files.writeString(f, text.replace("    group: ngo\n", "    group: '" + GROUP + "'\n"));
        return f;
    }

    /** Header and records, read with commons-csv's RFC 4180 format (not medsim's own settings). */
    private record Table(List<String> header, List<CSVRecord> rows) {
        int column(String name) {
            int i = header.indexOf(name);
            assertTrue(i >= 0, "no column " + name + " in " + header);
            return i;
        }
    }

    private static Table read(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser p = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
            List<CSVRecord> rows = p.getRecords();
            for (CSVRecord r : rows) assertEquals(p.getHeaderNames().size(), r.size(), file + " record " + r.getRecordNumber() + ": " + r);
            return new Table(p.getHeaderNames(), rows);
        }
    }

    @Test
    void aGroupWithACommaAndAQuoteReadsBackFromSummaryDailyEventsAndAssets() throws IOException {
        Path scenario = scenario(), out = dir.resolve("run");
        CliTest.Outcome o = CliTest.medsim("run", scenario.toString(), "--days", "4", "--out", out.toString(), "-q");
        assertEquals(0, o.code(), o.err());

        Table summary = read(out.resolve("summary.csv"));
        List<String> expected = new ArrayList<>(RunOutputs.SUMMARY_IDENTITY);
        expected.addAll(ScenarioLoader.load(scenario).metrics().summary());
        assertEquals(expected, summary.header(), "one column per metric, named as declared");
        assertEquals(1, summary.rows().size());
        double rescuedByGroup = Numbers.parse(summary.rows().get(0).get(summary.column(METRIC)));

        Table events = read(out.resolve("events.csv"));
        int type = events.column("type"), detail = events.column("detail"), people = events.column("people");
        double fromEvents = 0;
        int rescues = 0;
        for (CSVRecord r : events.rows()) {
            if (r.get(type).equals("rescue") && r.get(detail).equals(GROUP)) {
                fromEvents += Numbers.parse(r.get(people));
                rescues++;
            }
        }
        assertTrue(rescues > 0, "the NGO ships rescued someone in 4 days");
        assertEquals(fromEvents, rescuedByGroup, "the counter is the sum of its events");

        Table daily = read(out.resolve("daily.csv"));
        double fromDays = 0;
        int days = 0;
        for (CSVRecord r : daily.rows()) {
            if (r.get(daily.column("metric")).equals(METRIC)) {
                fromDays += Numbers.parse(r.get(daily.column("value")));
                assertEquals("people", r.get(daily.column("unit")));
                days++;
            }
        }
        assertEquals(4, days, "one row a day for the metric");
        assertEquals(rescuedByGroup, fromDays, "the days add up to the total");

        Table assets = read(out.resolve("assets.csv"));
        assertTrue(assets.rows().stream().anyMatch(r -> r.get(assets.column("force")).equals("ngo") && r.get(assets.column("group")).equals(GROUP)),
                "assets.csv names the group as given");
    }

    @Test
    void aMetricWithACommaAndAQuoteReadsBackFromASweepsRunsPointsAndJournal() throws IOException {
        Path sweep = dir.resolve("sweep.yaml"), out = dir.resolve("sweep");
        Files.writeString(sweep, "scenario: " + scenario().toAbsolutePath() + "\nseed: 1\ndays: 4\nreplications: 1\n"
                + "design: {type: full-factorial}\nparameters:\n  smuggling.planScale: {levels: [1]}\n"
                + "metrics: [departed_people, '" + METRIC + "']\n");
        CliTest.Outcome o = CliTest.medsim("sweep", sweep.toString(), "--out", out.toString(), "-q");
        assertEquals(0, o.code(), o.err());

        Table points = read(out.resolve("points.csv"));
        assertEquals(List.of("point", "smuggling.planScale",
                "departed_people_mean", "departed_people_sd", "departed_people_ci95_low", "departed_people_ci95_high",
                METRIC + "_mean", METRIC + "_sd", METRIC + "_ci95_low", METRIC + "_ci95_high", "runs_ok", "ci_note"), points.header());
        Table runs = read(out.resolve("runs.csv"));
        assertEquals(List.of("run_id", "point", "replication", "seed", "smuggling.planScale", "departed_people", METRIC, "status", "error"),
                runs.header());
        Table journal = read(out.resolve("journal.csv"));
        assertEquals(List.of("run_id", "status", "departed_people", METRIC, "error"), journal.header());

        double rescued = Numbers.parse(runs.rows().get(0).get(runs.column(METRIC)));
        assertTrue(rescued > 0, "the NGO ships rescued someone in 4 days");
        assertEquals(rescued, Numbers.parse(journal.rows().get(0).get(journal.column(METRIC))));
        assertEquals(rescued, Numbers.parse(points.rows().get(0).get(points.column(METRIC + "_mean"))), "one replication: its mean is its value");
        assertEquals("ok", runs.rows().get(0).get(runs.column("status")));
    }
}
