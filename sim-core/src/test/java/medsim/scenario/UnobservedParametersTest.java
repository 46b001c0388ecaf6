package medsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import medsim.facts.FactBook;
import medsim.yaml.InputException;

/**
 * The registry of unobserved parameters against the shipped scenarios: every number is
 * classified, every value of 2015 and 2016 lies in its prior, and the generated document is
 * the registry's.
 */
class UnobservedParametersTest {
    private static final Path TOP = Path.of("..");
    private static final Path SCENARIOS = TOP.resolve("scenarios");
    private static UnobservedParameters registry;
    private static FactBook facts;
    private static List<ScenarioNumbers.Number> y2015;
    private static List<ScenarioNumbers.Number> y2015s;
    private static List<ScenarioNumbers.Number> y2016s;
    private static List<ScenarioNumbers.Number> y2016;
    /** The held-out 2017 forecast: policy inputs, and the registry's values for the rest. */
    private static List<ScenarioNumbers.Number> y2017;

    @BeforeAll
    static void load() {
        registry = UnobservedParameters.load(TOP.resolve(UnobservedParameters.SHIPPED));
        facts = FactBook.load(TOP.resolve("seeds").resolve("facts.yaml"));
        y2015 = ScenarioNumbers.of(SCENARIOS.resolve("central-med-2015.yaml"));
        y2016 = ScenarioNumbers.of(SCENARIOS.resolve("central-med-2016.yaml"));
        y2015s = ScenarioNumbers.of(SCENARIOS.resolve("central-med-2015-schedule.yaml"));
        y2016s = ScenarioNumbers.of(SCENARIOS.resolve("central-med-2016-schedule.yaml"));
        y2017 = ScenarioNumbers.of(SCENARIOS.resolve("central-med-2017.yaml"));
    }

    /** The runnable shipped scenarios: the years (in behaviour mode, and conditioned on a schedule) and the what-ifs. */
    private static List<Path> shipped() throws IOException {
        List<Path> out = new ArrayList<>(List.of(SCENARIOS.resolve("central-med-2015.yaml"), SCENARIOS.resolve("central-med-2016.yaml"),
                SCENARIOS.resolve("central-med-2015-schedule.yaml"), SCENARIOS.resolve("central-med-2016-schedule.yaml"),
                SCENARIOS.resolve("central-med-2017.yaml")));
        try (Stream<Path> s = Files.list(SCENARIOS.resolve("whatif"))) {
            out.addAll(s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList());
        }
        return out;
    }

    @Test
    void everyNumberOfTheShippedScenariosIsACitedFactARegistryEntryOrADeclaredSetting() throws IOException {
        List<String> unclassified = new ArrayList<>();
        int numbers = 0;
        for (Path scenario : shipped()) {
            boolean whatIf = scenario.getParent().getFileName().toString().equals("whatif");
            for (ScenarioNumbers.Number n : ScenarioNumbers.of(scenario)) {
                numbers++;
                String why = classify(n, whatIf && n.file() != null && Path.of(n.file()).normalize().equals(scenario.normalize()));
                if (why != null) unclassified.add(scenario.getFileName() + ": " + n.path() + " = " + n.value() + (n.isDefault() ? " (default)" : "") + ": " + why);
            }
        }
        assertTrue(numbers > 500, "numbers seen: " + numbers);
        assertEquals(List.of(), unclassified);
    }

    /** Null if the number is classified, else why not. */
    private static String classify(ScenarioNumbers.Number n, boolean setByThisWhatIf) {
        if (n.field() == null) return "no declared field";
        if (n.cited() != null) return null;
        if (n.field().role() != ScenarioField.Role.MODEL) return null;
        String fact = registry.facts().get(n.fieldPath());
        if (fact != null && facts.find(fact).isPresent() && facts.find(fact).get().number() == n.value()) return null;
        if (registry.entryFor(n.fieldPath()).isPresent()) return null;
        if (setByThisWhatIf) return null; // the value the what-if asks about
        return "neither a fact reference, nor a fact of the registry's facts, nor in a registry entry";
    }

    @Test
    void everyValueOf2015To2017LiesInItsPrior() {
        List<String> outside = new ArrayList<>();
        for (List<ScenarioNumbers.Number> year : List.of(y2015, y2016, y2015s, y2016s, y2017)) {
            for (ScenarioNumbers.Number n : year) {
                // A cited value is a fact, not a draw from the prior (a course's graduates on record, say).
                if (n.field() == null || n.cited() != null) continue;
                registry.entryFor(n.fieldPath()).ifPresent(e -> {
                    if (!e.inPrior(n.value())) outside.add(n.path() + " = " + n.value() + " outside " + e.id() + " [" + e.priorMin() + ", " + e.priorMax() + "]");
                });
            }
        }
        assertEquals(List.of(), outside);
    }

    @Test
    void everyRegistryEntryCoversANumberOfTheYearsAndNoPathIsAmbiguous() {
        Set<String> used = new LinkedHashSet<>();
        List<String> ambiguous = new ArrayList<>();
        for (List<ScenarioNumbers.Number> year : List.of(y2015, y2016, y2015s, y2016s, y2017)) {
            for (ScenarioNumbers.Number n : year) {
                List<UnobservedParameters.Entry> best = registry.mostSpecificFor(n.fieldPath());
                if (best.size() > 1) ambiguous.add(n.path() + ": " + best.stream().map(UnobservedParameters.Entry::id).toList());
                if (!best.isEmpty() && n.cited() == null) used.add(best.get(0).id());
            }
        }
        assertEquals(List.of(), ambiguous);
        List<String> unused = new ArrayList<>(registry.entries().keySet());
        unused.removeAll(used);
        assertEquals(List.of(), unused, "entries no value of 2015, 2016 or 2017 falls under");
    }

    @Test
    void theRegistrysFactsExistAndEqualTheLiteralsTheyStandFor() {
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, String> f : registry.facts().entrySet()) {
            if (facts.find(f.getValue()).isEmpty()) {
                wrong.add(f.getKey() + ": no fact " + f.getValue());
                continue;
            }
            double fact = facts.find(f.getValue()).get().number();
            boolean seen = y2016.stream().anyMatch(n -> n.path().equals(f.getKey()) && n.cited() == null && n.value() == fact);
            if (!seen) wrong.add(f.getKey() + ": 2016 does not give it the value of " + f.getValue() + " (" + fact + ")");
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void aNumberOfABaseThatEveryYearOverridesIsAPlaceholderNoRunUses() {
        // Numbers written in base/central-med.yaml that reach no year are overridden by both
        // (a count "set by each year"): they are never used, so they need no classification.
        Set<String> reach = new LinkedHashSet<>();
        for (List<ScenarioNumbers.Number> year : List.of(y2015, y2016, y2015s, y2016s)) {
            for (ScenarioNumbers.Number n : year) if (n.file() != null && n.file().endsWith("central-med.yaml") && n.file().contains("base")) reach.add(n.path());
        }
        assertTrue(reach.contains("boatTypes.wooden-boat.capsizeHazardPerHour"), reach.toString());
        assertTrue(!reach.contains("forces.ngo.assets.large-ship.count"), "both years set the NGO fleet");
    }

    @Test
    void observableEntriesAreLeftOutOfSampling() {
        assertTrue(registry.forSampling().stream().noneMatch(UnobservedParameters.Entry::observable));
        assertTrue(registry.entries().get("malta-count").observable());
        assertTrue(registry.forSampling().stream().anyMatch(e -> e.id().equals("dinghy-capsize-hazard")));
    }

    @Test
    void theRegistryDocumentIsGeneratedFromTheRegistry() throws IOException {
        String doc = Files.readString(TOP.resolve(FieldTables.REGISTRY_DOC), StandardCharsets.UTF_8);
        assertEquals(FieldTables.registryDoc(registry, y2015, y2016, FieldTables.detectionAssumptions(TOP)), doc,
                "docs/unobserved-parameters.md differs from the registry: run scenarios/field-tables.sh");
    }

    @Test
    void aRegistryPathThatNamesNoParameterIsAnErrorAtItsPlace(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("registry.yaml");
        Files.writeString(f, "facts: {}\nparameters:\n  x:\n    paths: [geography.cellNm]\n    prior: {min: 1, max: 2}\n    rationale: assumption\n");
        InputException e = assertThrows(InputException.class, () -> UnobservedParameters.load(f));
        assertEquals(f + ":4:13: parameters.x.paths[0] names a setting field, not a parameter of the model: geography.cellNm", e.getMessage());
        Files.writeString(f, "facts: {}\nparameters:\n  x:\n    paths: [boatTypes.*.speedKnots]\n    prior: {min: 3, max: 2}\n    rationale: assumption\n");
        e = assertThrows(InputException.class, () -> UnobservedParameters.load(f));
        assertEquals(f + ":5:26: parameters.x.prior.max must be >= min (3)", e.getMessage());
    }
}
