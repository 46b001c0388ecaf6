package medsim.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Overrides set into a merged scenario tree: named fields, and fields of list entries by index. */
class YamlOverlayTest {
    private static final String BASE = """
            smuggling: {planScale: 1}
            informationLinks:
              - sender: isr
                receivers: [rome]
                delayMinutes: 30
              - sender: ngo
                receivers: [rome]
                delayMinutes: 10
            weather:
              meanWindSpeedMsByMonth: [6.7, 6.7, 4.3]
            """;

    private static YamlNode base() {
        return YamlNode.parse("base.yaml", BASE);
    }

    private static YamlNode set(String path, String value) {
        return set(base(), path, value);
    }

    private static YamlNode set(YamlNode base, String path, String value) {
        return YamlOverlay.withOverrides(base, List.of(new FieldOverride(path, value, "sweep.yaml", 7, 3)));
    }

    private static InputException refused(String path) {
        InputException e = assertThrows(InputException.class, () -> set(path, "5"));
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
        assertEquals("sweep.yaml", e.file());
        assertEquals(7, e.line());
        assertEquals(3, e.column());
        assertEquals(path, e.field());
        return e;
    }

    @Test
    void anIndexedPathReplacesThatOneFieldOfThatEntryAndMarksItAsTheOverrides() {
        YamlNode root = set("informationLinks[1].delayMinutes", "45");
        YamlNode delay = root.asMap().get("informationLinks").asList().get(1).asMap().get("delayMinutes");
        assertEquals(45, delay.asInt());
        assertEquals(new YamlNode.Position("sweep.yaml", 7, 3), delay.position());
    }

    @Test
    void theEntrysOtherFieldsAndTheOtherEntriesKeepTheirValuesAndSourceMarks() {
        YamlNode base = base();
        List<YamlNode> before = base.asMap().get("informationLinks").asList();
        List<YamlNode> after = set(base, "informationLinks[1].delayMinutes", "45").asMap().get("informationLinks").asList();
        assertEquals(2, after.size());
        assertSame(before.get(0).raw(), after.get(0).raw(), "the other entry is the base's own node");
        YamlMap entry = after.get(1).asMap();
        assertEquals("ngo", entry.get("sender").asString());
        assertEquals(new YamlNode.Position("base.yaml", 6, 13), entry.get("sender").position());
        assertEquals(new YamlNode.Position("base.yaml", 7, 16), entry.get("receivers").position());
        assertEquals(new YamlNode.Position("base.yaml", 6, 5), after.get(1).position(), "the entry keeps its own place");
        assertEquals(List.of("sender", "receivers", "delayMinutes"), List.copyOf(entry.keys()), "the fields keep their order");
        assertEquals(30, after.get(0).asMap().get("delayMinutes").asInt());
    }

    @Test
    void anIndexCanEndThePathToSetOneNumberOfAList() {
        List<YamlNode> winds = set("weather.meanWindSpeedMsByMonth[2]", "5.5").asMap().get("weather").asMap().get("meanWindSpeedMsByMonth").asList();
        assertEquals(List.of(6.7, 6.7, 5.5), winds.stream().map(YamlNode::asDouble).toList());
        assertEquals(new YamlNode.Position("base.yaml", 10, 28), winds.get(0).position());
    }

    @Test
    void aNamedFieldIsSetAsBeforeAndAnAbsentOneAdded() {
        YamlMap s = set("smuggling.planScale", "0.5").asMap().get("smuggling").asMap();
        assertEquals(0.5, s.get("planScale").asDouble());
        YamlMap added = set("smuggling.distress.callProbability", "0.3").asMap().get("smuggling").asMap();
        assertEquals(0.3, added.get("distress").asMap().get("callProbability").asDouble());
        assertEquals(1, added.get("planScale").asDouble());
    }

    @Test
    void anIndexPastTheListsEndIsRefusedNamingItsLength() {
        assertEquals("sweep.yaml:7:3: informationLinks[2].delayMinutes addresses entry [2] of informationLinks, which has 2 entries in the scenario (indexes 0 to 1)",
                refused("informationLinks[2].delayMinutes").getMessage());
        assertTrue(refused("informationLinks[99999999999].delayMinutes").getMessage().contains("has the list index [99999999999], beyond any list"));
    }

    /** One spelling per entry, so that a sweep cannot vary one field under two names ([0] and [00]). */
    @Test
    void anIndexWithLeadingZerosOrSpacesIsRefused() {
        for (String bad : List.of("informationLinks[00].delayMinutes", "informationLinks[ 0 ].delayMinutes", "informationLinks[01].delayMinutes")) {
            assertTrue(refused(bad).getMessage().contains("write it as plain digits without spaces or leading zeros"), bad + ": " + refused(bad).getMessage());
        }
    }

    @Test
    void anIndexOfAnEmptyListIsRefused() {
        YamlNode empty = YamlNode.parse("base.yaml", "informationLinks: []\n");
        InputException e = assertThrows(InputException.class,
                () -> YamlOverlay.withOverrides(empty, List.of(new FieldOverride("informationLinks[0].delayMinutes", "5", "sweep.yaml", 7, 3))));
        assertEquals("sweep.yaml:7:3: informationLinks[0].delayMinutes addresses entry [0] of informationLinks, which is an empty list in the scenario", e.getMessage());
    }

    @Test
    void anIndexThatIsNotAWholeNumberIsRefused() {
        assertEquals("sweep.yaml:7:3: informationLinks[x].delayMinutes has the list index [x], which is not a whole number: entries are counted from 0, "
                + "as in informationLinks[0].delayMinutes", refused("informationLinks[x].delayMinutes").getMessage());
        assertTrue(refused("informationLinks[1.5].delayMinutes").getMessage().contains("has the list index [1.5], which is not a whole number"));
        assertTrue(refused("informationLinks[].delayMinutes").getMessage().contains("has the list index [], which is not a whole number"));
    }

    @Test
    void aNegativeIndexIsRefused() {
        assertEquals("sweep.yaml:7:3: informationLinks[-1].delayMinutes has the list index [-1]: entries are counted from 0, and no index is negative",
                refused("informationLinks[-1].delayMinutes").getMessage());
    }

    @Test
    void bracketsNotRightAfterAFieldNameAreRefused() {
        for (String path : List.of("[0].delayMinutes", "informationLinks.[0].delayMinutes", "informationLinks[0.delayMinutes", "informationLinks]0[.x",
                "informationLinks[0]x.delayMinutes")) {
            assertTrue(refused(path).getMessage().contains(path + " is not a field path: a list index goes in brackets right after a field's name"), path);
        }
    }

    @Test
    void indexingSomethingThatIsNotAListIsRefused() {
        assertEquals("sweep.yaml:7:3: smuggling[0].planScale indexes smuggling, which is a mapping, not a list",
                refused("smuggling[0].planScale").getMessage());
        assertEquals("sweep.yaml:7:3: smuggling.planScale[0] indexes smuggling.planScale, which is a single value (1), not a list",
                refused("smuggling.planScale[0]").getMessage());
        assertEquals("sweep.yaml:7:3: informationLinks[0].delayMinutes[1] indexes informationLinks[0].delayMinutes, which is a single value (30), not a list",
                refused("informationLinks[0].delayMinutes[1]").getMessage());
    }

    @Test
    void indexingAListTheScenarioDoesNotHaveIsRefused() {
        assertEquals("sweep.yaml:7:3: forces[0].count indexes forces, which is not in the scenario "
                + "(an override sets a field of a list entry the scenario has; it does not add one)", refused("forces[0].count").getMessage());
    }

    @Test
    void aListAddressedWithoutAnIndexIsRefusedWithTheIndexedPathToWrite() {
        assertEquals("sweep.yaml:7:3: informationLinks.delayMinutes addresses the list informationLinks without an index: give the entry's index from 0, "
                + "as in informationLinks[0].delayMinutes",
                refused("informationLinks.delayMinutes").getMessage());
        assertEquals("sweep.yaml:7:3: weather.meanWindSpeedMsByMonth addresses the list weather.meanWindSpeedMsByMonth without an index: "
                + "give the entry's index from 0, as in weather.meanWindSpeedMsByMonth[0]", refused("weather.meanWindSpeedMsByMonth").getMessage());
    }
}
