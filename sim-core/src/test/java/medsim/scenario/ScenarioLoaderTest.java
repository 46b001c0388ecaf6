package medsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import medsim.mandate.Action;
import medsim.model.TestRuns;
import medsim.yaml.InputException;
import medsim.yaml.SpecialFiles;

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
    void anActorGroupIsNamedByItsForcesInTheScenariosOrder() {
        Scenario s = ScenarioLoader.load(Path.of("..", "scenarios", "central-med-2016.yaml"));
        Map<String, String> names = s.groupNames();
        assertEquals(s.forces().get("sophia").name(), names.get("eunavfor-med"));
        assertEquals(s.forces().get("italian-coastguard").name() + " and " + s.forces().get("italian-navy").name(), names.get("italy"));
        assertEquals(s.forces().values().stream().map(Force::group).distinct().toList(), List.copyOf(names.keySet()));
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
    void aMonthlyPlanBeyondAMillionPeopleIsAnErrorWithOrWithoutPlanScale() throws IOException {
        InputException huge = errorWith("plan: {2016-06: 30000}", "plan: {2016-06: 1000000000000}");
        assertEquals("smuggling.plan.2016-06", huge.field());
        assertTrue(huge.line() == lineOf("plan: {2016-06: 30000}") && huge.column() > 0, huge.getMessage());
        assertTrue(huge.getMessage().endsWith("must be <= 1000000 (got 1000000000000)"), huge.getMessage());
        InputException scaled = errorWith("plan: {2016-06: 30000}", "plan: {2016-06: 30000}\n  planScale: 40");
        assertEquals("smuggling.planScale", scaled.field());
        assertEquals(lineOf("plan: {2016-06: 30000}") + 1, scaled.line());
        assertTrue(scaled.getMessage().endsWith("times the plan's 2016-06 (30000) is more than 1000000 people in a month (got 40)"), scaled.getMessage());
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

    /** The error loading the small behaviour scenario with these lines appended (a validation section, say). */
    private InputException targetsError(String yaml) throws IOException {
        Path child = dir.resolve("targets.yaml");
        Files.writeString(child, "extends: " + TestRuns.scenarioFile("small-behaviour.yaml").toAbsolutePath() + "\n"
                + "facts: " + Path.of("..", "seeds", "facts.yaml").toAbsolutePath() + "\n" + yaml);
        return assertThrows(InputException.class, () -> ScenarioLoader.load(child));
    }

    @Test
    void aValidationTargetSaysFitOrCheckAndTakesItsToleranceFromTheObservationError() throws IOException {
        String table = "observationError: {byConfidence: {H: 0.05, M: 0.15, L: 0.3}}\n";
        assertTrue(targetsError("validation:\n  d:\n    metric: dead_missing\n    observed: 10\n    observationError: 0.1\n")
                .getMessage().endsWith("validation.d.use is required"), "use is required");
        assertTrue(targetsError("validation:\n  d:\n    use: maybe\n    metric: dead_missing\n    observed: 10\n    observationError: 0.1\n")
                .getMessage().endsWith("validation.d.use must be fit (calibration may use it) or check (it only checks the model), got 'maybe'"));
        InputException tolerance = targetsError("validation:\n  d:\n    use: fit\n    metric: dead_missing\n    observed: 10\n    tolerance: 0.1\n");
        assertEquals(8, tolerance.line());
        assertTrue(tolerance.getMessage().contains("is no longer written per target"), tolerance.getMessage());
        assertTrue(targetsError("validation:\n  d:\n    use: check\n    metric: dead_missing\n    observed: {fact: deaths.central-med.2016.band.low}\n")
                .getMessage().contains("comes from the scenario's observationError table, and the scenario has none"));
        assertTrue(targetsError(table + "validation:\n  d:\n    use: check\n    metric: dead_missing\n    observed: {fact: deaths.central-med.2016.band.low}\n    observationError: 0.2\n")
                .getMessage().contains("is for a figure no fact gives"));
        assertTrue(targetsError(table + "validation:\n  d:\n    use: check\n    metric: dead_missing\n    band: {low: 10, high: 5}\n")
                .getMessage().endsWith("validation.d.band.high must be above band.low (10)"));
    }

    @Test
    void aTargetsPeriodEndsAfterItStartsAndCountsAMetricByDay() throws IOException {
        String target = "observationError: {byConfidence: {H: 0.05, M: 0.15, L: 0.3}}\nvalidation:\n  r:\n    use: check\n    metric: %s\n    period: {from: %s, to: %s}\n    observed: 10\n    observationError: 0.1\n";
        Scenario s = ScenarioLoader.load(TestRuns.scenarioFile("small-behaviour.yaml"));
        assertTrue(targetsError(String.format(target, "returned_to_libya", s.startDate().plusDays(2), s.startDate().plusDays(1)))
                .getMessage().contains("validation.r.period.to must not be before period.from"));
        assertTrue(targetsError(String.format(target, "death_rate", s.startDate(), s.startDate()))
                .getMessage().contains("needs a metric counted by day, and death_rate is not"));
        String table = "observationError: {byConfidence: {H: 0.05, M: 0.15, L: 0.3}}\n";
        assertTrue(targetsError(table + "validation:\n  b:\n    use: check\n    metric: rescued_people\n    statistic: busiest\n    observed: 10\n    observationError: 0.1\n")
                .getMessage().endsWith("validation.b.statistic must be total (the default) or busiest-day, got 'busiest'"));
        assertTrue(targetsError(table + "validation:\n  b:\n    use: check\n    metric: rescued_people.ngo\n    per: rescued_people\n    statistic: busiest-day\n    observed: 0.1\n    observationError: 0.1\n")
                .getMessage().endsWith("validation.b.statistic busiest-day does not go with per (a share)"));
    }

    @Test
    void aBandGivesTheObservedFigureAndItsObservationError() {
        ValidationTarget deaths = ScenarioLoader.load(Path.of("..", "scenarios", "central-med-2016.yaml")).validation().stream()
                .filter(t -> t.id().equals("dead-missing")).findFirst().orElseThrow();
        assertEquals(4450, deaths.observed(), 1e-9, "the middle of 4,200 to 4,700");
        assertEquals(250.0 / 4450, deaths.tolerance(), 1e-12);
        assertEquals("band", deaths.errorOrigin());
        assertEquals(ValidationTarget.Use.FIT, deaths.use());
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
    void aDetectionTableWithNoCellForAnAssetsSensorsAgainstABoatTypeIsRefusedAtTheDetectionField() throws IOException {
        Files.writeString(dir.resolve("d.yaml"), """
                weatherCorrection: {smallMedium: 0.5, smallHigh: 0.25, otherMedium: 0.9, otherHigh: 0.9}
                cells:
                  - {sensor: ship-radar, target: wooden-boat, sweepWidthNm: 4, referenceSpeedKnots: 10, maxRangeNm: 8, nightFactor: 1, basis: "x"}
                """);
        String line = small().lines().filter(l -> l.startsWith("detection:")).findFirst().orElseThrow();
        InputException e = errorWith(line, "detection: d.yaml");
        assertEquals(lineOf(line), e.line());
        assertTrue(e.getMessage().contains("has no cell against rubber-dinghy for any sensor of asset") && e.getMessage().contains("would never see"),
                e.getMessage());
    }

    @Test
    void aShipGivenAnAircraftsSortieFieldIsAnErrorAtThatField() throws IOException {
        String sensors = "capacityPeople: 600, sensors: [ship-radar, ship-lookout]}";
        InputException e = errorWith(sensors, "capacityPeople: 600, sensors: [ship-radar, ship-lookout], sortiesPerWeek: 3}");
        assertEquals(lineOf(sensors), e.line());
        assertEquals("forces.sophia.assets.warship.sortiesPerWeek", e.field());
        assertTrue(e.getMessage().contains("is for aircraft only"), e.getMessage());
    }

    @Test
    void anAircraftSearchingFasterThanItTransitsOrForAnUnknownTargetIsAnError() throws IOException {
        String speeds = "transitSpeedKnots: 150, patrolSpeedKnots: 120";
        InputException fast = errorWith(speeds, "transitSpeedKnots: 150, patrolSpeedKnots: 180");
        assertEquals(lineOf(speeds), fast.line());
        assertTrue(fast.getMessage().contains("must not exceed transitSpeedKnots for an aircraft"), fast.getMessage());
        String limit = "maxBeaufort: 6}";
        InputException target = errorWith(limit, "maxBeaufort: 6, searchTarget: submarine}");
        assertEquals("forces.ngo.assets.aircraft.searchTarget", target.field());
        InputException sorties = errorWith(limit, "maxBeaufort: 6, sortiesPerWeek: 0}");
        assertEquals("forces.ngo.assets.aircraft.sortiesPerWeek", sorties.field());
        InputException hour = errorWith(limit, "maxBeaufort: 6, firstTakeOffHour: 24}");
        assertEquals("forces.ngo.assets.aircraft.firstTakeOffHour", hour.field());
    }

    @Test
    void anAssetWithTheRetiredSensorFieldsIsToldWhatReplacedThem() throws IOException {
        String sensors = "capacityPeople: 600, sensors: [ship-radar, ship-lookout]}";
        InputException e = errorWith(sensors, "capacityPeople: 600, sensors: [ship-radar, ship-lookout], detectionProbabilityPerLook: 0.03}");
        assertEquals(lineOf(sensors), e.line());
        assertTrue(e.getMessage().contains("detectionProbabilityPerLook was replaced by sensors (what the asset searches with) and the scenario's detection table"),
                e.getMessage());
    }

    @Test
    void aBadWeatherFieldIsOneLineWithFileLineAndColumn() throws IOException {
        String shapeLine = "windSpeedWeibullShape: 2";
        int line = lineOf(shapeLine);
        int column = small().split("\n")[line - 1].indexOf(shapeLine) + "windSpeedWeibullShape: ".length() + 1;
        InputException shape = errorWith(shapeLine, "windSpeedWeibullShape: 0.5");
        assertEquals(dir.resolve("bad.yaml") + ":" + line + ":" + column
                + ": weather.windSpeedWeibullShape must be >= 1 (got 0.5)", shape.getMessage());

        String means = "meanWindSpeedMsByMonth: [6.7, 6.7, 6.7, 4.3, 4.3, 3.3, 3.3, 3.3, 4.3, 4.3, 6.7, 6.7]";
        InputException eleven = errorWith(means, "meanWindSpeedMsByMonth: [6.7, 6.7, 6.7, 4.3, 4.3, 3.3, 3.3, 3.3, 4.3, 4.3, 6.7]");
        assertEquals(lineOf(means), eleven.line());
        assertTrue(eleven.getMessage().endsWith("weather.meanWindSpeedMsByMonth must list 12 values, January to December (got 11)"),
                eleven.getMessage());

        InputException calm = errorWith(means, means.replace("[6.7,", "[0,"));
        assertTrue(calm.getMessage().endsWith("weather.meanWindSpeedMsByMonth[0] must be > 0 (got 0)"), calm.getMessage());

        InputException old = errorWith(means, "meanBeaufortByMonth: [4, 4, 4, 3, 3, 2.5, 2.5, 2.5, 3, 3, 4, 4]");
        assertEquals(lineOf(means), old.line());
        assertTrue(old.getMessage().contains("weather.meanBeaufortByMonth was replaced by meanWindSpeedMsByMonth"), old.getMessage());

        for (InputException e : new InputException[] {shape, eleven, calm, old}) {
            assertTrue(e.getMessage().startsWith(dir.resolve("bad.yaml") + ":"), e.getMessage());
            assertTrue(!e.getMessage().contains("\n"), "one line: " + e.getMessage());
        }
    }

    private static final String LAND = Path.of("..", "scenarios", "geo", "central-med-land.geojson").toAbsolutePath().normalize().toString();

    @Test
    void aZoneOfAStateWithoutLandIsAnErrorAtTheSelector() throws IOException {
        String from = "{action: intercept, zones: [\"territorial:LBY\"";
        for (String state : new String[] {"LYB", "XYZ"}) {
            InputException e = errorWith(from, "{action: intercept, zones: [\"territorial:" + state + "\"");
            int line = lineOf(from);
            int column = small().split("\n")[line - 1].indexOf("\"territorial:LBY\"") + 1;
            assertEquals(dir.resolve("bad.yaml") + ":" + line + ":" + column + ": forces.libyan-coastguard.mandate[1].zones[0] names state "
                    + state + ", which has no land in " + LAND + " (states there: DZA, ITA, LBY, MLT, TUN)", e.getMessage());
        }
        assertTrue(errorWith("\"contiguous:LBY\", high-seas], from: 2016-06-11", "\"contiguous:GRC\", high-seas], from: 2016-06-11")
                .getMessage().contains("names state GRC, which has no land in"));
    }

    @Test
    void aPlaceInAStateWithoutLandIsAnError() throws IOException {
        InputException e = errorWith("valletta:  {lat: 35.90, lon: 14.51, state: MLT", "valletta:  {lat: 35.90, lon: 14.51, state: MTL");
        assertEquals("places.valletta.state", e.field());
        assertTrue(e.getMessage().endsWith("names state MTL, which has no land in " + LAND + " (states there: DZA, ITA, LBY, MLT, TUN)"), e.getMessage());
    }

    @Test
    void aLandFileWithoutLibyaIsAnErrorAtTheLandField() throws IOException {
        Files.writeString(dir.resolve("italy.geojson"), "{\"type\": \"FeatureCollection\", \"features\": [{\"type\": \"Feature\","
                + " \"properties\": {\"iso_n3\": \"380\", \"name\": \"Sicily\"},"
                + " \"geometry\": {\"type\": \"Polygon\", \"coordinates\": [[[12.4, 37.8], [15.6, 38.3], [15.1, 36.7], [12.4, 37.8]]]}}]}");
        InputException e = errorWith("land: " + LAND, "land: italy.geojson");
        assertEquals(lineOf("land: "), e.line());
        assertTrue(e.getMessage().endsWith("geography.land names a land file without land of LBY, the coast the model measures departures "
                + "and returns from (it has ITA)"), e.getMessage());
    }

    @Test
    void aBadLandFileIsAnErrorOfTheScenarioAtTheLandFilesPosition() throws IOException {
        Files.writeString(dir.resolve("brace.geojson"), "{");
        InputException e = errorWith("land: " + LAND, "land: brace.geojson");
        assertEquals(dir.resolve("brace.geojson") + ":1:2: is not valid JSON: expected the node content, but found '<stream end>'", e.getMessage());
    }

    @Test
    void aKeyGivenTwiceIsAnErrorNamingBothLines() throws IOException {
        InputException e = errorWith("name: Small test scenario", "name: a\nname: b");
        int line = lineOf("name: Small test scenario");
        assertEquals(dir.resolve("bad.yaml") + ":" + (line + 1) + ":1: name given twice (first at line " + line + ")", e.getMessage());
        e = errorWith("smuggling:\n", "smuggling:\n  planScale: 2\n  planScale: 3\n");
        line = lineOf("smuggling:");
        assertEquals(dir.resolve("bad.yaml") + ":" + (line + 2) + ":3: smuggling.planScale given twice (first at line " + (line + 1) + ")", e.getMessage());
    }

    @Test
    void aKeyGivenTwiceInAChildIsAnErrorThoughTheBaseHasItOnce() throws IOException {
        Path base = dir.resolve("base.yaml");
        Files.writeString(base, small());
        Path child = dir.resolve("child.yaml");
        Files.writeString(child, "extends: base.yaml\nsmuggling:\n  planScale: 2\n  planScale: 3\n");
        assertEquals(child + ":4:3: smuggling.planScale given twice (first at line 3)",
                assertThrows(InputException.class, () -> ScenarioLoader.load(child)).getMessage());
    }

    @Test
    void filesTheScenarioNamesMustBeRegularFilesUnderTheCap() throws Exception {
        Path base = dir.resolve("base.yaml");
        Files.writeString(base, small());
        Path folder = Files.createDirectories(dir.resolve("folder.yaml"));
        Path child = dir.resolve("child.yaml");
        Files.writeString(child, "extends: folder.yaml\n");
        assertEquals(child + ":1:10: extends names a base scenario that is a folder, not a file: " + folder,
                assertThrows(InputException.class, () -> ScenarioLoader.load(child)).getMessage());
        Path fifo = SpecialFiles.fifo(dir.resolve("facts.yaml"));
        Files.writeString(child, "extends: base.yaml\nfacts: facts.yaml\n");
        assertEquals(child + ":2:8: facts names a facts file that is not a regular file (a device, a pipe or a socket): " + fifo,
                assertThrows(InputException.class, () -> ScenarioLoader.load(child)).getMessage());
        Files.writeString(child, "extends: base.yaml\ngeography:\n  land: " + SpecialFiles.devZero() + "\n");
        assertEquals(child + ":3:9: geography.land names a land file that is not a regular file (a device, a pipe or a socket): /dev/zero",
                assertThrows(InputException.class, () -> ScenarioLoader.load(child)).getMessage());
    }

    @Test
    void aScenarioThatExtendsItselfIsAnErrorAtItsExtendsLine() throws IOException {
        Path a = dir.resolve("a.yaml");
        Files.writeString(a, "# comment\nextends: a.yaml\n");
        assertEquals(a + ":2:10: extends names this file itself: a scenario cannot extend itself",
                assertThrows(InputException.class, () -> ScenarioLoader.load(a)).getMessage());
    }

    @Test
    void scenariosThatExtendEachOtherAreAnErrorAtTheExtendsLineThatClosesTheCycle() throws IOException {
        Path a = dir.resolve("a.yaml");
        Path b = dir.resolve("b.yaml");
        Files.writeString(a, "extends: b.yaml\n");
        Files.writeString(b, "name: b\nextends: a.yaml\n");
        assertEquals(b + ":2:10: extends names " + a + ", which extends this file: the files extend each other in a cycle",
                assertThrows(InputException.class, () -> ScenarioLoader.load(a)).getMessage());
    }

    @Test
    void anExtendsSymlinkThatLoopsSaysSo() throws IOException {
        Path loop = dir.resolve("loop.yaml");
        Files.createSymbolicLink(loop, loop);
        Path a = dir.resolve("a.yaml");
        Files.writeString(a, "extends: loop.yaml\n");
        assertEquals(a + ":1:10: extends names a base scenario that is a symbolic link that leads nowhere (its target is missing, or links loop): " + loop,
                assertThrows(InputException.class, () -> ScenarioLoader.load(a)).getMessage());
    }

    @Test
    void anEmptyMandateEntryAnEmptyNameAndARepeatInASetAreErrors() throws IOException {
        String entry = "{action: patrol,  zones: [high-seas, \"contiguous:*\"], from: 2015-06-22, basis: test}";
        InputException empty = errorWith(entry, "{action: patrol,  zones: [], from: 2015-06-22, basis: test}");
        assertEquals("forces.sophia.mandate[0].zones", empty.field());
        assertTrue(empty.getMessage().endsWith("is empty: an entry that permits an action nowhere is a mistake (leave the entry out)"), empty.getMessage());
        InputException twice = errorWith(entry, "{action: patrol,  zones: [high-seas, high-seas], from: 2015-06-22, basis: test}");
        assertTrue(twice.getMessage().endsWith("repeats the zone high-seas; list each zone once"), twice.getMessage());
        InputException role = errorWith("roles: [departure]}", "roles: [departure, departure]}");
        assertEquals(lineOf("roles: [departure]}"), role.line());
        assertTrue(role.getMessage().endsWith("repeats the role departure; list each role once"), role.getMessage());
        InputException task = errorWith("tasks: [merchant]", "tasks: [merchant, merchant]");
        assertTrue(task.getMessage().endsWith("repeats the force merchant; list each force once"), task.getMessage());
        for (String[] blank : new String[][] {{"name: Small test scenario", "name: \"\""}, {"group: eunavfor-med", "group: \" \""}, {"basis: test}", "basis: \"\"}"}}) {
            InputException e = errorWith(blank[0], blank[1]);
            assertTrue(e.line() > 0 && e.getMessage().endsWith("must not be empty"), e.getMessage());
        }
    }
}
