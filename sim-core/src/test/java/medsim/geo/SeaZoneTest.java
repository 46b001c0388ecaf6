package medsim.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class SeaZoneTest {
    @Test
    void codesHaveTheScenarioFileForm() {
        assertEquals("territorial:LBY", new SeaZone(ZoneKind.TERRITORIAL_SEA, "LBY").code());
        assertEquals("contiguous:LBY", new SeaZone(ZoneKind.CONTIGUOUS_ZONE, "LBY").code());
        assertEquals("high-seas", SeaZone.HIGH_SEAS.code());
        assertEquals("land:ITA", new SeaZone(ZoneKind.LAND, "ITA").code());
    }

    @Test
    void parsingACodeGivesBackTheZone() {
        for (SeaZone zone : List.of(SeaZone.HIGH_SEAS, new SeaZone(ZoneKind.TERRITORIAL_SEA, "MLT"),
                new SeaZone(ZoneKind.CONTIGUOUS_ZONE, "TUN"), new SeaZone(ZoneKind.LAND, "DZA"))) {
            assertEquals(zone, SeaZone.parse(zone.code()));
        }
    }

    @Test
    void parseRejectsJunk() {
        for (String junk : new String[] {"", "high seas", "HIGH-SEAS", "high-seas:LBY", "territorial", "territorial:",
                "territorial:lby", "territorial:LIBY", "land:IT", "foo:ITA", ":ITA", " land:ITA", "land:ITA "}) {
            assertThrows(IllegalArgumentException.class, () -> SeaZone.parse(junk), junk);
        }
        assertThrows(IllegalArgumentException.class, () -> SeaZone.parse(null));
    }

    @Test
    void stateCodeIsRequiredExceptOnTheHighSeas() {
        assertThrows(IllegalArgumentException.class, () -> new SeaZone(ZoneKind.LAND, null));
        assertThrows(IllegalArgumentException.class, () -> new SeaZone(ZoneKind.HIGH_SEAS, "LBY"));
    }
}
