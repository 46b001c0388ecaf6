package medsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

import medsim.cli.MedsimCommand;
import medsim.yaml.InputException;

/**
 * Every coordinate of a scenario is checked against the map where it is read. The invariant:
 * swapping latitude and longitude in any coordinate-bearing field, found by walking the YAML
 * rather than listed by hand, is refused at that field's file, line and column.
 */
class GeographyCheckTest {
    private static final Path REPO = Path.of("..").toAbsolutePath().normalize();
    private static final Path LAND = SmallScenario.LAND;

    @TempDir
    Path dir;

    private static String small() throws IOException {
        return SmallScenario.text();
    }

    private InputException errorWith(String from, String to) throws IOException {
        return SmallScenario.errorWith(dir, from, to);
    }

    /** A coordinate-bearing field: its [lat, lon] scalar pairs, and where an error about it must point. */
    private record CoordinateField(String name, List<ScalarNode[]> latLonPairs, Mark at) {}

    /**
     * Every coordinate field in a YAML text: a mapping with {@code lat} and {@code lon}; a list
     * of [number, number] pairs (a polygon), swapped whole.
     */
    private static List<CoordinateField> coordinateFields(String text) {
        Node root = new Compose(LoadSettings.builder().build()).composeString(text).orElseThrow();
        List<CoordinateField> out = new ArrayList<>();
        walk(root, "", out);
        return out;
    }

    private static void walk(Node node, String path, List<CoordinateField> out) {
        if (node instanceof MappingNode m) {
            ScalarNode lat = null;
            ScalarNode lon = null;
            for (NodeTuple t : m.getValue()) {
                String key = ((ScalarNode) t.getKeyNode()).getValue();
                if (key.equals("lat") && t.getValueNode() instanceof ScalarNode s) lat = s;
                if (key.equals("lon") && t.getValueNode() instanceof ScalarNode s) lon = s;
                walk(t.getValueNode(), path.isEmpty() ? key : path + "." + key, out);
            }
            if (lat != null && lon != null) out.add(new CoordinateField(path, List.<ScalarNode[]>of(new ScalarNode[] {lat, lon}), lat.getStartMark().orElseThrow()));
        } else if (node instanceof SequenceNode s) {
            List<ScalarNode[]> pairs = new ArrayList<>();
            for (Node item : s.getValue()) {
                if (item instanceof SequenceNode v && v.getValue().size() == 2
                        && v.getValue().get(0) instanceof ScalarNode a && v.getValue().get(1) instanceof ScalarNode b
                        && isNumber(a) && isNumber(b)) {
                    pairs.add(new ScalarNode[] {a, b});
                }
            }
            if (!pairs.isEmpty() && pairs.size() == s.getValue().size()) {
                out.add(new CoordinateField(path, pairs, s.getValue().get(0).getStartMark().orElseThrow()));
            } else {
                for (int i = 0; i < s.getValue().size(); i++) walk(s.getValue().get(i), path + "[" + i + "]", out);
            }
        }
    }

    private static boolean isNumber(ScalarNode n) {
        return n.getValue().matches("-?\\d+(\\.\\d+)?");
    }

    /** The text with each pair's two scalars exchanged. */
    private static String swapped(String text, CoordinateField field) {
        record Edit(int start, int end, String replacement) {}
        List<Edit> edits = new ArrayList<>();
        for (ScalarNode[] pair : field.latLonPairs()) {
            for (int k = 0; k < 2; k++) {
                int start = pair[k].getStartMark().orElseThrow().getIndex();
                int end = pair[k].getEndMark().orElseThrow().getIndex();
                assertEquals(pair[k].getValue(), text.substring(start, end), "marks index the text");
                edits.add(new Edit(start, end, pair[1 - k].getValue()));
            }
        }
        edits.sort(Comparator.comparingInt(Edit::start).reversed());
        StringBuilder sb = new StringBuilder(text);
        for (Edit e : edits) sb.replace(e.start(), e.end(), e.replacement());
        return sb.toString();
    }

    /** Swaps lat and lon in each coordinate field of {@code edited} in turn, loading {@code scenario} each time. */
    private static int assertEverySwapIsRefusedWhereItIs(Path scenario, Path edited) throws IOException {
        String original = Files.readString(edited);
        int checked = 0;
        try {
            for (CoordinateField field : coordinateFields(original)) {
                Files.writeString(edited, swapped(original, field));
                InputException e = assertThrows(InputException.class, () -> ScenarioLoader.load(scenario), field.name());
                String where = edited.getFileName() + ":" + (field.at().getLine() + 1) + ":" + (field.at().getColumn() + 1);
                assertTrue(Files.isSameFile(edited, Path.of(e.file())), field.name() + ": " + e.getMessage());
                assertEquals(where, Path.of(e.file()).getFileName() + ":" + e.line() + ":" + e.column(), field.name() + ": " + e.getMessage());
                assertTrue(e.field().startsWith(field.name()), field.name() + ": " + e.getMessage());
                assertTrue(e.getMessage().contains("lat and lon look swapped"), e.getMessage());
                checked++;
            }
        } finally {
            Files.writeString(edited, original);
        }
        return checked;
    }

    @Test
    void swappingLatAndLonInAnyCoordinateFieldOfTheSmallScenarioIsRefusedAtThatField() throws IOException {
        Path f = dir.resolve("small.yaml");
        Files.writeString(f, small());
        Scenario s = ScenarioLoader.load(f);
        // Each embargo traffic has one list of sea gates.
        int fields = s.places().size() + s.areas().size() + s.searchRescueRegions().size() + s.embargoTraffic().size();
        assertEquals(fields, assertEverySwapIsRefusedWhereItIs(f, f), "every place, area, SRR and list of sea gates");
    }

    @Test
    void swappingLatAndLonInAnyCoordinateFieldOfTheShippedTheatreIsRefusedAtThatField() throws IOException {
        Path scenarios = dir.resolve("scenarios");
        Files.createDirectories(scenarios.resolve("base"));
        Files.createDirectories(scenarios.resolve("geo"));
        Files.createDirectories(dir.resolve("seeds"));
        for (String f : List.of("central-med-2016.yaml", "base/central-med.yaml", "base/detection.yaml", "geo/central-med-land.geojson")) {
            Files.copy(REPO.resolve("scenarios").resolve(f), scenarios.resolve(f));
        }
        Files.copy(REPO.resolve("seeds/facts.yaml"), dir.resolve("seeds/facts.yaml"));
        Path year = scenarios.resolve("central-med-2016.yaml");
        Scenario s = ScenarioLoader.load(year);
        assertTrue(coordinateFields(Files.readString(year)).isEmpty(), "the year sets no coordinates; the base does");
        int fields = s.places().size() + s.areas().size() + s.searchRescueRegions().size() + s.embargoTraffic().size();
        assertEquals(fields, assertEverySwapIsRefusedWhereItIs(year, scenarios.resolve("base/central-med.yaml")),
                "every place, patrol area, SRR and list of sea gates of the theatre");
    }

    @Test
    void oneSwappedVertexIsRefusedAtThatVertex() throws IOException {
        InputException e = errorWith("[32.9, 14.0], [32.9, 11.6]]}\n  libyan-coast", "[14.0, 32.9], [32.9, 11.6]]}\n  libyan-coast");
        assertEquals("areas.off-libya.polygon[2]", e.field());
        String line = small().lines().filter(l -> l.startsWith("  off-libya:")).findFirst().orElseThrow();
        assertEquals(line.indexOf("[32.9, 14.0]") + 1, e.column());
        assertEquals("[14.0, 32.9] is outside the theatre (lat 30.0 to 39.5, lon 9.0 to 19.0); lat and lon look swapped: vertices are [lat, lon]",
                e.problem());
    }

    @Test
    void aZeroAreaPolygonIsRefusedInPlainWords() throws IOException {
        InputException e = errorWith("off-libya:    {polygon: [[34.0, 11.6], [34.0, 14.0], [32.9, 14.0], [32.9, 11.6]]}",
                "off-libya:    {polygon: [[34.0, 11.6], [34.0, 14.0], [34.0, 12.5]]}");
        assertEquals("areas.off-libya.polygon has zero area: all its vertices lie on one line", e.field() + " " + e.problem());
        assertTrue(e.line() > 0 && e.column() > 0, e.getMessage());
    }

    @Test
    void aSelfIntersectingPolygonIsRefusedNamingTheCrossingEdges() throws IOException {
        InputException e = errorWith("malta: {mrcc: valletta, polygon: [[36.5, 11.5], [36.5, 19.0], [34.33, 19.0], [34.33, 11.5]]",
                "malta: {mrcc: valletta, polygon: [[36.5, 11.5], [36.5, 19.0], [34.33, 11.5], [34.33, 19.0]]");
        assertEquals("searchRescueRegions.malta.polygon", e.field());
        assertTrue(e.problem().matches("crosses itself at \\[35\\.4\\d*, 15\\.25]: edge \\[1]-\\[2] crosses edge \\[3]-\\[0]"), e.problem());
        assertTrue(!e.getMessage().contains("Exception") && !e.getMessage().contains("jts"), e.getMessage());
    }

    @Test
    void aPolygonThatDoublesBackOnItselfIsRefusedAtTheVertex() throws IOException {
        InputException e = errorWith("lanes:        {polygon: [[37.0, 11.0], [37.0, 16.0], [33.4, 16.0], [33.4, 11.0]]}",
                "lanes:        {polygon: [[37.0, 11.0], [37.0, 16.0], [37.0, 11.0], [33.4, 11.0]]}");
        assertEquals("areas.lanes.polygon[1]", e.field());
        assertTrue(e.problem().startsWith("meets its own boundary at vertex [1]"), e.problem());
    }

    @Test
    void aPatrolAreaOnLandIsRefused() throws IOException {
        // Inland Tripolitania, south of the coast.
        InputException e = errorWith("libyan-coast: {polygon: [[33.2, 11.6], [33.2, 13.6], [32.7, 13.6], [32.7, 11.6]]}",
                "libyan-coast: {polygon: [[32.0, 11.6], [32.0, 13.6], [31.0, 13.6], [31.0, 11.6]]}");
        assertEquals("areas.libyan-coast.polygon is 0.0% sea; a patrol area must be at least 50% sea by area", e.field() + " " + e.problem());
    }

    @Test
    void aDeparturePointInSicilyIsRefused() throws IOException {
        InputException e = errorWith("sabratha:  {lat: 32.79, lon: 12.48, state: LBY", "sabratha:  {lat: 37.3, lon: 14.0, state: ITA");
        assertEquals("places.sabratha", e.field());
        assertTrue(e.problem().startsWith("at [37.3, 14.0] has role departure but is 2"), e.problem());
        assertTrue(e.problem().contains("nm from the land of LBY; departure and return points must be on the coast of LBY"), e.problem());
    }

    @Test
    void aPortOneHundredNmOutAtSeaIsRefused() throws IOException {
        // Palermo moved 100 nm due north, into the Tyrrhenian Sea (still inside the theatre).
        InputException e = errorWith("palermo:   {lat: 38.13, lon: 13.37", "palermo:   {lat: 39.5, lon: 13.37");
        assertEquals("places.palermo", e.field());
        assertTrue(e.problem().matches("at \\[39\\.5, 13\\.37] is \\d+\\.\\d nm from the land of ITA, its state; "
                + "a place must be on its state's land or within 5 nm of it"), e.problem());
        String line = small().lines().filter(l -> l.contains("palermo:   {lat: 38.13")).findFirst().orElseThrow();
        assertEquals(line.indexOf("38.13") + 1, e.column(), "points at the lat value");
    }

    @Test
    void aPortFarInlandIsRefusedButABaseMayBeInland() throws IOException {
        InputException e = errorWith("tripoli:   {lat: 32.90, lon: 13.18", "tripoli:   {lat: 31.5, lon: 13.18");
        assertTrue(e.problem().contains("has role departure but is ") && e.problem().contains(" nm inland; ports must be within 5 nm of the sea"),
                e.problem());
        Path f = dir.resolve("inland-base.yaml");
        // An air base 8 nm inland, as Sigonella is in the shipped theatre.
        Files.writeString(f, small().replace("  valletta:  {lat: 35.90", "  sigonella: {lat: 37.40, lon: 14.92, state: ITA, roles: [base]}\n  valletta:  {lat: 35.90"));
        assertTrue(ScenarioLoader.load(f).places().containsKey("sigonella"));
    }

    @Test
    void aPlaceOfAStateWithoutLandIsRefused() throws IOException {
        InputException e = errorWith("valletta:  {lat: 35.90, lon: 14.51, state: MLT", "valletta:  {lat: 35.90, lon: 14.51, state: MLA");
        assertEquals("places.valletta.state", e.field());
        assertTrue(e.problem().startsWith("names state MLA, which has no land in ") && e.problem().endsWith("(states there: DZA, ITA, LBY, MLT, TUN)"), e.problem());
    }

    @Test
    void anInvalidLandPolygonIsRefusedAtTheLandField() throws IOException {
        Path land = dir.resolve("bow-tie.geojson");
        Files.writeString(land, """
                {"type": "FeatureCollection", "features": [
                {"type": "Feature", "properties": {"iso_n3": "434", "name": "Libya"},
                 "geometry": {"type": "Polygon", "coordinates": [[[11, 31], [14, 33], [14, 31], [11, 33], [11, 31]]]}}]}
                """);
        Path f = dir.resolve("bad-land.yaml");
        Files.writeString(f, small().replace(LAND.toString(), land.toString()));
        InputException e = assertThrows(InputException.class, () -> ScenarioLoader.load(f));
        assertEquals("geography.land", e.field());
        assertTrue(e.problem().startsWith("names a land file whose polygon Libya crosses itself at [32.0, 12.5]"), e.problem());
    }

    @Test
    void checkRefusesASwappedPlaceWithOneLineAndExitCode2() throws IOException {
        String text = small().replace("zuwara:    {lat: 32.93, lon: 12.08", "zuwara:    {lat: 12.08, lon: 32.93");
        Path f = dir.resolve("swapped.yaml");
        Files.writeString(f, text);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = MedsimCommand.execute(new String[] {"check", f.toString()}, new PrintWriter(out, true), new PrintWriter(err, true));
        assertEquals(2, code);
        int line = 1 + (int) text.lines().takeWhile(l -> !l.contains("zuwara:    {lat:")).count();
        int column = text.lines().filter(l -> l.contains("zuwara:    {lat:")).findFirst().orElseThrow().indexOf("12.08") + 1;
        assertEquals(f + ":" + line + ":" + column + ": places.zuwara [12.08, 32.93] is outside the theatre "
                + "(lat 30.0 to 39.5, lon 9.0 to 19.0); lat and lon look swapped" + System.lineSeparator(), err.toString());
    }
}
