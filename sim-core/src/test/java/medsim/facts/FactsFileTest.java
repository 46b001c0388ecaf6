package medsim.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

class FactsFileTest {
    static final Path FACTS = Path.of("..", "seeds", "facts.yaml");
    private static final Pattern PERIOD = Pattern.compile("n/a|\\d{4}(-\\d{2}(-\\d{2})?)?(-q[1-4]|-h[12])?(/\\d{4}(-\\d{2}(-\\d{2})?)?)?");

    private final FactBook book = FactBook.load(FACTS);

    @Test
    void everyFactIsWellFormed() {
        assertTrue(book.all().size() > 200, "the file holds the facts: " + book.all().size());
        for (Fact f : book.all().values()) {
            assertTrue(PERIOD.matcher(f.period()).matches(), f.id() + " period " + f.period());
            assertTrue(!f.source().isBlank(), f.id() + " has a source");
            if (f.unit().equals("date")) LocalDate.parse(f.value().length() == 10 ? f.value() : f.value() + (f.value().length() == 7 ? "-01" : "-01-01"));
            if (f.unit().equals("degrees")) {
                String[] ll = f.value().split(",");
                assertEquals(2, ll.length, f.id());
                assertTrue(Math.abs(Double.parseDouble(ll[0])) <= 90 && Math.abs(Double.parseDouble(ll[1])) <= 180, f.id());
            }
        }
    }

    @Test
    void everyLowHasAHighThatIsNotSmaller() {
        for (Fact f : book.all().values()) {
            if (!f.id().endsWith(".low")) continue;
            String high = f.id().substring(0, f.id().length() - 4) + ".high";
            Fact h = book.find(high).orElseThrow(() -> new AssertionError(f.id() + " has no " + high));
            assertTrue(h.number() >= f.number(), f.id());
        }
    }

    @Test
    void theMonthlyArrivalsOf2016AddUpToTheYear() {
        double sum = 0;
        for (int m = 1; m <= 12; m++) sum += book.find(String.format("arrivals.italy.sea.2016-%02d", m)).orElseThrow().number();
        assertEquals(book.find("arrivals.italy.sea.2016").orElseThrow().number(), sum, 0.0);
    }

    /** Ids cited in scenario comments as [fact.id]; a * stands for any run of id characters. */
    @Test
    void everyFactAShippedScenarioCitesExists() throws IOException {
        Pattern cited = Pattern.compile("\\[((?:" + String.join("|", FactBook.GROUPS) + ")\\.[a-z0-9.*_-]+)\\]");
        List<String> missing = new ArrayList<>();
        int refs = 0;
        try (Stream<Path> files = Files.walk(Path.of("..", "scenarios"))) {
            for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".yaml"))::iterator) {
                Matcher m = cited.matcher(Files.readString(f));
                while (m.find()) {
                    refs++;
                    String id = m.group(1).replaceAll("\\.$", "");
                    Pattern p = Pattern.compile(Pattern.quote(id).replace("*", "\\E[a-z0-9_-]+\\Q"));
                    if (book.all().keySet().stream().noneMatch(k -> p.matcher(k).matches())) missing.add(f.getFileName() + ": " + id);
                }
            }
        }
        assertTrue(refs > 20, "scenarios cite facts: " + refs);
        assertEquals(List.of(), missing);
    }
}
