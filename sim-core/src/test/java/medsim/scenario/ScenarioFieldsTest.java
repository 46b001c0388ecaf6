package medsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import medsim.yaml.FieldOverride;
import medsim.yaml.InputException;

class ScenarioFieldsTest {
    private static final Path README = Path.of("..", "scenarios", "README.md");

    @Test
    void theReadmeFieldTablesAreTheDeclarations() throws IOException {
        String text = Files.readString(README, StandardCharsets.UTF_8);
        assertEquals(FieldTables.rewrite(text), text,
                "scenarios/README.md's field tables differ from ScenarioFields: run scenarios/field-tables.sh");
    }

    @Test
    void theLoaderReadsExactlyTheDeclaredFieldsOfEverySection() {
        // FieldSection.finish throws IllegalStateException on any difference; the base declares every section.
        Scenario s = ScenarioLoader.load(Path.of("..", "scenarios", "central-med-2016.yaml"));
        assertTrue(s.forces().containsKey("ngo"));
        for (FieldSection section : ScenarioFields.sections()) assertTrue(!section.fields().isEmpty(), section.path());
    }

    @Test
    void aConcretePathFindsItsDeclaration() {
        assertEquals("boatTypes.*.capsizeHazardPerHour", ScenarioFields.matching("boatTypes.rubber-dinghy.capsizeHazardPerHour").orElseThrow().path());
        assertTrue(ScenarioFields.matching("forces.ngo.assets.large-ship.count").orElseThrow().isInteger());
        assertEquals("smuggling.boatTypes", ScenarioFields.matching("smuggling.boatTypes.wooden-boat").orElseThrow().path());
        assertEquals("smuggling.plan", ScenarioFields.matching("smuggling.plan.2016-05").orElseThrow().path());
        assertEquals("smuggling.escort.probability", ScenarioFields.matching("smuggling.escort.probability").orElseThrow().path());
        assertTrue(ScenarioFields.matching("boatTypes.rubber-dinghy.nosuchField").isEmpty());
        assertTrue(ScenarioFields.matching("forces.ngo.assets.large-ship").isEmpty());
    }

    @Test
    void everyNumericDefaultLiesInItsDeclaredRange() {
        for (ScenarioField f : ScenarioFields.all()) {
            if (!f.type().isNumeric() || Double.isNaN(f.defaultValue()) || Double.isInfinite(f.defaultValue()) || f.defaultValue() >= Integer.MAX_VALUE) continue;
            assertNull(f.bounds().violation(f.defaultValue()), f.path());
        }
    }

    @Test
    void everyNumericFieldHasARoleAndEveryOtherFieldNone() {
        for (ScenarioField f : ScenarioFields.all()) {
            assertEquals(f.type().isNumeric(), f.role() != ScenarioField.Role.NONE, f.path());
            assertTrue(!f.description().isBlank() && !f.unit().isBlank() && !f.defaultText().isBlank(), f.path());
        }
    }

    @Test
    void aDeclaredDefaultIsWhatTheModelGetsWhenTheFieldIsLeftOut() {
        Scenario s = ScenarioLoader.load(Path.of("..", "scenarios", "central-med-2016.yaml"));
        BoatType wooden = s.boatTypes().get("wooden-boat"); // its minSpeedFraction is left out (the dinghy's is calibrated)
        assertEquals(ScenarioFields.BOAT_TYPE.field("minSpeedFraction").defaultValue(), wooden.minSpeedFraction());
        assertEquals(0.3, wooden.minSpeedFraction());
        AssetSpec warship = s.forces().get("sophia").assets().get(0);
        assertEquals(1, warship.berthingHours());
        assertEquals(0.5, s.smuggling().lastBoatMinLoadFraction());
    }

    @Test
    void aNewlyDeclaredParameterIsSetAndCheckedLikeAnyOther() {
        Path f = Path.of("..", "scenarios", "central-med-2016.yaml");
        Scenario s = ScenarioLoader.load(f, List.of(FieldOverride.of("forces.sophia.assets.warship.berthingHours", 2.5, "sweep.yaml", 3, 5)));
        assertEquals(2.5, s.forces().get("sophia").assets().get(0).berthingHours());
        InputException e = org.junit.jupiter.api.Assertions.assertThrows(InputException.class, () ->
                ScenarioLoader.load(f, List.of(FieldOverride.of("boatTypes.rubber-dinghy.minSpeedFraction", 1.5, "sweep.yaml", 4, 7))));
        assertEquals("sweep.yaml:4:7: boatTypes.rubber-dinghy.minSpeedFraction must be <= 1 (got 1.5)", e.getMessage());
    }
}
