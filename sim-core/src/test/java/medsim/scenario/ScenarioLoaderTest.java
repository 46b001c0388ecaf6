package medsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import medsim.mandate.Action;
import medsim.model.TestRuns;
import medsim.yaml.InputException;

class ScenarioLoaderTest {
    @TempDir
    Path dir;

    private static String small() throws IOException {
        return SmallScenario.text();
    }

    /** Writes the small scenario with one text replaced, and returns the error loading it gives. */
    private InputException errorWith(String from, String to) throws IOException {
        return SmallScenario.errorWith(dir, from, to);
    }

    private int lineOf(String needle) throws IOException {
        String[] lines = small().split("\n", -1);
        for (int i = 0; i < lines.length; i++) if (lines[i].contains(needle)) return i + 1;
        throw new AssertionError(needle);
    }

    @Test
    void theShippedScenariosLoad() {
        Scenario s = ScenarioLoader.load(Path.of("..", "scenarios", "central-med-2016.yaml"));
        assertEquals(LocalDate.of(2016, 1, 1), s.startDate());
        assertEquals(366, s.days());
        assertTrue(s.forces().get("sophia").mandate().allows(Action.BOARD, medsim.geo.SeaZone.parse("high-seas"), LocalDate.of(2016, 3, 1)));
    }

    @Test
    void aValueOutOfRangeNamesFileLineColumnAndField() throws IOException {
        InputException e = errorWith("transitSpeedKnots: 22", "transitSpeedKnots: -3");
        int line = lineOf("transitSpeedKnots: 22");
        int column = small().split("\n")[line - 1].indexOf("transitSpeedKnots: 22") + "transitSpeedKnots: ".length() + 1;
        assertEquals(dir.resolve("bad.yaml") + ":" + line + ":" + column
                + ": forces.sophia.assets.warship.transitSpeedKnots must be > 0 (got -3)", e.getMessage());
    }

    @Test
    void anUnknownFieldIsAnError() throws IOException {
        InputException e = errorWith("persistence: 0.7", "persistance: 0.7");
        assertEquals("weather.persistance", e.field());
        assertTrue(e.getMessage().contains("is not a known field"), e.getMessage());
        assertEquals(lineOf("persistence: 0.7"), e.line());
    }

    @Test
    void aWrongTypeIsAnError() throws IOException {
        InputException e = errorWith("count: 3, base: augusta", "count: three, base: augusta");
        assertEquals("forces.sophia.assets.warship.count", e.field());
        assertTrue(e.getMessage().endsWith("must be a whole number (got \"three\")"), e.getMessage());
    }

    @Test
    void aDanglingReferenceIsAnError() throws IOException {
        InputException e = errorWith("base: tripoli", "base: benghazi");
        assertTrue(e.getMessage().contains("names an unknown place \"benghazi\""), e.getMessage());
    }

    @Test
    void anUnknownMandateActionOrZoneIsAnError() throws IOException {
        assertTrue(errorWith("{action: seize,", "{action: sink,").getMessage().contains("is not an action"));
        assertTrue(errorWith("zones: [\"territorial:LBY\", \"contiguous:LBY\"], from: 2012-01-01, basis: test}\n      - {action: intercept",
                "zones: [\"libya\", \"contiguous:LBY\"], from: 2012-01-01, basis: test}\n      - {action: intercept").getMessage().contains("is not a sea zone"));
    }

    @Test
    void aPlanThatMissesAMonthOfThePeriodIsAnError() throws IOException {
        InputException e = errorWith("end: 2016-06-21", "end: 2016-07-21");
        assertTrue(e.getMessage().contains("smuggling.plan has no entry for 2016-07"), e.getMessage());
    }

    @Test
    void badYamlNamesItsPosition() throws IOException {
        InputException e = errorWith("name: Small test scenario", "name: [Small test scenario");
        assertTrue(e.line() > 0 && e.column() > 0, e.getMessage());
        assertTrue(e.getMessage().contains("is not valid YAML"), e.getMessage());
    }

    @Test
    void aMissingFileIsAnError() {
        InputException e = assertThrows(InputException.class, () -> ScenarioLoader.load(dir.resolve("none.yaml")));
        assertEquals(dir.resolve("none.yaml") + ": no such file", e.getMessage());
    }

    @Test
    void aChildScenarioOverridesItsBaseFieldByField() {
        Scenario base = TestRuns.load("small.yaml");
        Scenario child = TestRuns.load("small-destroy-from-july.yaml");
        assertEquals(base.smuggling(), child.smuggling(), "untouched sections are inherited");
        assertEquals(base.forces().get("sophia").assets(), child.forces().get("sophia").assets(), "sibling fields are kept");
        assertEquals(3, child.forces().get("sophia").mandate().entries().size(), "a list is replaced whole");
    }

    @Test
    void anErrorInAChildPointsAtTheChildFile() throws IOException {
        Path base = dir.resolve("base.yaml");
        Files.writeString(base, small());
        Path child = dir.resolve("child.yaml");
        Files.writeString(child, "extends: base.yaml\nweather:\n  persistence: 2\n");
        InputException e = assertThrows(InputException.class, () -> ScenarioLoader.load(child));
        assertEquals(child + ":3:16: weather.persistence must be < 1 (got 2)", e.getMessage());
    }

    @Test
    void aScenarioThatExtendsItselfIsAnError() throws IOException {
        Path a = dir.resolve("a.yaml");
        Files.writeString(a, "extends: a.yaml\n");
        assertTrue(assertThrows(InputException.class, () -> ScenarioLoader.load(a)).getMessage().contains("extends itself"));
    }
}
