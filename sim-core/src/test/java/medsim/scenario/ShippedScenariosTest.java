package medsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import medsim.geo.SeaZone;
import medsim.mandate.Action;
import medsim.mandate.Mandate;

class ShippedScenariosTest {
    private static final Path DIR = Path.of("..", "scenarios");

    private static Scenario load(String name) {
        return ScenarioLoader.load(DIR.resolve(name));
    }

    @Test
    void everyRunnableShippedScenarioLoads() throws IOException {
        List<Path> files = shippedYaml().stream()
                .filter(p -> !p.startsWith(DIR.resolve("base")) && !p.startsWith(DIR.resolve("calibration")) && !p.startsWith(DIR.resolve("registry")) && !isSweep(p))
                .toList();
        assertTrue(files.size() >= 8, "the years, the what-ifs and the benchmark: " + files);
        for (Path f : files) assertFalse(ScenarioLoader.load(f).forces().isEmpty(), f.toString());
    }

    /**
     * The YAML files shipped under scenarios/: those git tracks, so that a user's own files
     * beside them (a what-if, a small sweep) do not fail the build; every file under the
     * folder when this is not a git checkout.
     */
    private static List<Path> shippedYaml() throws IOException {
        try {
            Process git = new ProcessBuilder("git", "ls-files", "-z", "--", ".").directory(DIR.toFile())
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String out = new String(git.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            if (git.waitFor() == 0 && !out.isEmpty()) {
                return Stream.of(out.split("\0")).filter(n -> n.endsWith(".yaml")).map(DIR::resolve).sorted().toList();
            }
        } catch (IOException | InterruptedException notAGitCheckout) {
            if (notAGitCheckout instanceof InterruptedException) Thread.currentThread().interrupt();
        }
        try (Stream<Path> s = Files.walk(DIR)) {
            return s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
    }

    private static boolean isSweep(Path p) {
        return p.startsWith(DIR.resolve("sweeps")) || p.getFileName().toString().startsWith("sweep-");
    }

    @Test
    void everyShippedSweepLoadsWithItsDesign() throws IOException {
        List<Path> sweeps = shippedYaml().stream().filter(ShippedScenariosTest::isSweep).toList();
        assertTrue(sweeps.size() >= 5, sweeps.toString());
        for (Path f : sweeps) {
            var plan = new medsim.experiment.SweepPlan(medsim.experiment.SweepSpec.load(f));
            assertTrue(plan.runs().size() >= 40, f + ": " + plan.runs().size());
            plan.scenarioAt(plan.design().size() - 1); // the last design point is a valid scenario
        }
    }

    @Test
    void theRealYearsCarryTheMandatesOfTheirDates() {
        Scenario y2015 = load("central-med-2015.yaml");
        Mandate sophia = y2015.forces().get("sophia").mandate();
        SeaZone high = SeaZone.parse("high-seas");
        assertFalse(sophia.allows(Action.PATROL, high, LocalDate.of(2015, 6, 21)), "before the launch");
        assertTrue(sophia.allows(Action.PATROL, high, LocalDate.of(2015, 6, 22)), "Sophia launched 22 June 2015");
        assertFalse(sophia.allows(Action.BOARD, high, LocalDate.of(2015, 10, 6)), "phase 1 was surveillance only");
        assertTrue(sophia.allows(Action.BOARD, high, LocalDate.of(2015, 10, 7)), "phase 2A on the high seas");
        assertFalse(sophia.allows(Action.INSPECT, high, LocalDate.of(2016, 8, 29)));
        assertTrue(sophia.allows(Action.INSPECT, high, LocalDate.of(2016, 8, 30)), "arms-embargo task under UNSCR 2292");
        for (int m = 1; m <= 12; m++) {
            assertFalse(sophia.allows(Action.PATROL, SeaZone.parse("territorial:LBY"), LocalDate.of(2016, m, 1)), "Libyan waters never opened");
        }
        assertTrue(y2015.forces().get("sea-guardian").mandate().allows(Action.PATROL, high, LocalDate.of(2016, 7, 14)));
        assertFalse(y2015.forces().get("sophia").mandate().allows(Action.RETURN_TO_LIBYA, high, LocalDate.of(2016, 7, 14)));
    }

    @Test
    void whatIfsChangeWhatTheySayAndNothingElse() {
        Scenario base = load("central-med-2016.yaml");
        Scenario doubled = load("whatif/2016-libyan-coastguard-doubled.yaml");
        assertEquals(2 * base.coastguardCapacity().initialServiceableBoats(), doubled.coastguardCapacity().initialServiceableBoats(),
                "twice the cited serviceable boats");
        assertEquals(base.coastguardCapacity().courses(), doubled.coastguardCapacity().courses());
        assertEquals(base.boatTypes(), doubled.boatTypes());
        assertEquals(0, count(load("whatif/2016-no-ngo.yaml"), "ngo"));
        Scenario noNavy = load("whatif/2016-no-naval-presence.yaml");
        for (String f : List.of("sophia", "sea-guardian", "italian-navy")) assertEquals(0, count(noNavy, f), f);
        for (String f : List.of("italian-coastguard", "libyan-coastguard", "frontex", "malta")) assertEquals(count(base, f), count(noNavy, f), f);
        Scenario inside = load("whatif/2016-sophia-in-libyan-waters.yaml");
        assertTrue(inside.forces().get("sophia").mandate().allows(Action.RESCUE, SeaZone.parse("territorial:LBY"), LocalDate.of(2016, 5, 1)));
        assertEquals(base.forces().get("sophia").mandate().entries().size(), inside.forces().get("sophia").mandate().entries().size());
        Scenario rubber = load("whatif/2016-rubber-boats-only.yaml");
        assertEquals(0.0, rubber.smuggling().boatTypes().stream().filter(w -> w.id().equals("wooden-boat")).findFirst().orElseThrow().weight());
        Scenario behaviour = base;
        Scenario crackdown = load("whatif/2016-crackdown-sabratha.yaml");
        assertTrue(behaviour.departures().behaviour().enforcementAshore().isEmpty(), "no crackdown ashore is recorded in 2016");
        assertEquals(List.of(new DeparturesSpec.Enforcement("sabratha", LocalDate.of(2016, 7, 1), LocalDate.of(2016, 12, 31), 1,
                "assumption: a what-if; no crackdown ashore is recorded in 2016")), crackdown.departures().behaviour().enforcementAshore());
        assertEquals(behaviour.departures().behaviour().enforcementResponse(), crackdown.departures().behaviour().enforcementResponse());
        // NATO and the EU at sea (issue 14): the aircraft grounded, the logistic support taken away, tankers made inspectable.
        LocalDate december = LocalDate.of(2016, 12, 1);
        Scenario noAircraft = load("whatif/2016-no-sea-guardian-aircraft.yaml");
        assertEquals(0, noAircraft.forces().get("sea-guardian").assets().stream().filter(a -> a.kind() == AssetKind.AIRCRAFT).mapToInt(AssetSpec::count).sum());
        assertEquals(count(base, "sea-guardian"), count(noAircraft, "sea-guardian"), "its frigates stay");
        assertEquals(1.2, base.forces().get("sophia").enduranceFactorOn(december));
        assertEquals(1, base.forces().get("sophia").enduranceFactorOn(LocalDate.of(2016, 11, 8)), "from Sea Guardian's first patrol");
        assertEquals(1, load("whatif/2016-no-sea-guardian-logistics.yaml").forces().get("sophia").enduranceFactorOn(december));
        var oil = load("whatif/2016-oil-inspections.yaml").embargoTraffic().get(medsim.scenario.Cargo.OIL);
        assertTrue(oil.inspectable() && !base.embargoTraffic().get(medsim.scenario.Cargo.OIL).inspectable());
        assertEquals(base.embargoTraffic().get(medsim.scenario.Cargo.ARMS), load("whatif/2016-oil-inspections.yaml").embargoTraffic().get(medsim.scenario.Cargo.ARMS));
        assertEquals(behaviour.smuggling(), crackdown.smuggling());
        assertEquals(behaviour.forces(), crackdown.forces());
    }

    private static int count(Scenario s, String force) {
        return s.forces().get(force).assets().stream().filter(a -> a.kind() == AssetKind.SHIP).mapToInt(AssetSpec::count).sum();
    }
}
