package medsim.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import medsim.model.MedSim;
import medsim.model.TestRuns;
import medsim.scenario.Scenario;

/**
 * Every metric of summary.csv and daily.csv is declared once in {@link MetricCatalog}, and
 * each counter equals what its declaration adds up from events.csv: the count of the
 * matching rows or the sum of a column. The run is a purpose-built scenario in which every
 * kind of event happens, so no comparison is a trivial 0 = 0.
 */
class CountersAgreeWithEventsTest {
    private static final long SEED = 5;
    /** events.csv gives distances to 0.1 nm: each row's value is off by at most half that. */
    private static final double DISTANCE_ROUNDING_NM = 0.05;

    @TempDir
    static Path dir;
    static Scenario scenario;
    static MedSim sim;
    static Map<String, Double> summary;
    static List<CSVRecord> events;
    static List<CSVRecord> daily;
    static Map<String, Metric> declared;

    @BeforeAll
    static void runWithTheCsvEventSink() throws IOException {
        scenario = TestRuns.load("small-every-counter.yaml");
        Path eventsCsv = dir.resolve("events.csv");
        try (CsvEventSink sink = new CsvEventSink(eventsCsv,
                tick -> scenario.startDate().atStartOfDay().plusMinutes(tick * scenario.tickMinutes()))) {
            sim = TestRuns.run(scenario, SEED, sink);
            sink.publish();
        }
        summary = RunSummary.of(sim);
        RunOutputs.writeDaily(dir.resolve("daily.csv"), sim);
        events = read(eventsCsv);
        daily = read(dir.resolve("daily.csv"));
        declared = new LinkedHashMap<>();
        for (Metric m : MetricCatalog.summaryMetrics(scenario)) declared.put(m.name(), m);
        for (Metric m : MetricCatalog.levels(scenario)) declared.put(m.name(), m);
    }

    @Test
    void everySummaryColumnIsDeclaredAndEqualsWhatItsEventsAddUpTo() {
        int fromEvents = 0;
        for (Map.Entry<String, Double> column : summary.entrySet()) {
            String name = column.getKey();
            Metric m = declared.get(name);
            assertNotNull(m, "summary column " + name + " has no declaration in MetricCatalog");
            double value = column.getValue();
            if (m.derivation() instanceof Derivation.FromEvents e) {
                fromEvents++;
                Tally t = tally(e, row -> true);
                assertEquals(t.value(), value, t.tolerance(), name + " = " + e.describe() + " in events.csv");
                if (!name.contains(".")) assertTrue(value > 0, name + " is 0: the scenario should exercise it, or the comparison proves nothing");
            } else if (m.derivation() instanceof Derivation.Quotient q) {
                Tally num = tally(fromEvents(q.numerator()), row -> true), den = tally(fromEvents(q.denominator()), row -> true);
                assertTrue(den.value() > 0, name + ": the divisor " + q.denominator() + " is 0 in this run");
                assertEquals(num.value() / den.value(), value, num.tolerance() / den.value() + 1e-12,
                        name + " = " + q.describe() + ", both from events.csv");
            } else if (m.derivation() instanceof Derivation.FromModelState s) {
                assertEquals(Metric.Kind.LEVEL, m.kind(), name + " is not from events, so it is a level: " + s.reason());
            } else {
                fail(name + ": a derivation this test does not know: " + m.derivation());
            }
        }
        assertTrue(fromEvents > 40, fromEvents + " counters compared");
        assertEquals(MetricCatalog.summary(scenario), new ArrayList<>(summary.keySet()),
                "summary.csv's metric columns are all the declared ones, in their order");
    }

    @Test
    void eachDaysCountersEqualWhatThatDaysEventsAddUpToAndEveryRowSaysItsDeclaredUnit() {
        List<String> flows = MetricCatalog.flows(scenario).stream().map(Metric::name).toList();
        int compared = 0;
        for (CSVRecord row : daily) {
            Metric m = declared.get(row.get("metric"));
            assertNotNull(m, "daily.csv metric " + row.get("metric") + " has no declaration in MetricCatalog");
            assertEquals(m.unit(), row.get("unit"), m.name() + "'s unit");
            if (!flows.contains(m.name())) {
                assertEquals(Metric.Kind.LEVEL, m.kind(), m.name() + " in daily.csv is a counter or a level");
                continue;
            }
            String date = row.get("date");
            Tally t = tally((Derivation.FromEvents) m.derivation(), e -> e.get("time").startsWith(date + "T"));
            // daily.csv's own decimals (Csv.num) add at most 5e-7 to a sum of distances.
            assertEquals(t.value(), Double.parseDouble(row.get("value")), t.tolerance() + 1e-6, m.name() + " on " + date);
            compared++;
        }
        assertEquals(flows.size() * scenario.days(), compared, "every counter on every day");
    }

    private static Derivation.FromEvents fromEvents(String metric) {
        Metric m = declared.get(metric);
        assertNotNull(m, metric + " is not declared");
        if (m.derivation() instanceof Derivation.FromEvents e) return e;
        return fail(metric + " is not computed from events");
    }

    /** A sum over rows, and how far from the exact sum the rounding of events.csv can put it. */
    private record Tally(double value, double tolerance) {}

    /** Adds up the rows of events.csv a declaration matches, reading the file's columns directly. */
    private static Tally tally(Derivation.FromEvents e, Predicate<CSVRecord> when) {
        double sum = 0;
        int rows = 0;
        for (CSVRecord row : events) {
            if (!when.test(row) || e.filters().stream().noneMatch(f -> matches(f, row))) continue;
            rows++;
            sum += e.measure().column() == null ? 1 : Double.parseDouble(row.get(e.measure().column()));
        }
        double tolerance = e.measure() == EventMeasure.DISTANCE_LIBYA_NM ? rows * DISTANCE_ROUNDING_NM + 1e-9 : 0;
        return new Tally(sum, tolerance);
    }

    private static boolean matches(EventFilter f, CSVRecord row) {
        return row.get("type").equals(f.type().key()) && (f.field() == null || f.values().contains(row.get(f.field().column())));
    }

    private static List<CSVRecord> read(Path file) throws IOException {
        try (Reader r = Files.newBufferedReader(file);
             CSVParser p = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
            return p.getRecords();
        }
    }
}
