package medsim.mandate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import medsim.geo.SeaZone;

class MandateTest {
    private static final SeaZone HIGH_SEAS = SeaZone.parse("high-seas");
    private static final SeaZone LIBYAN_TS = SeaZone.parse("territorial:LBY");
    private static final SeaZone LIBYAN_CZ = SeaZone.parse("contiguous:LBY");
    private static final SeaZone ITALIAN_TS = SeaZone.parse("territorial:ITA");

    private final Mandate sophia = new Mandate(List.of(
            new MandateEntry(Action.PATROL, List.of(ZoneSelector.parse("high-seas"), ZoneSelector.parse("contiguous:*")), LocalDate.of(2015, 6, 22), null, "launch"),
            new MandateEntry(Action.BOARD, List.of(ZoneSelector.parse("high-seas")), LocalDate.of(2015, 10, 7), LocalDate.of(2016, 10, 6), "phase 2A")));

    @Test
    void anEntryAppliesOnlyFromItsStartDate() {
        assertFalse(sophia.allows(Action.PATROL, HIGH_SEAS, LocalDate.of(2015, 6, 21)));
        assertTrue(sophia.allows(Action.PATROL, HIGH_SEAS, LocalDate.of(2015, 6, 22)));
        assertFalse(sophia.allows(Action.BOARD, HIGH_SEAS, LocalDate.of(2015, 10, 6)));
        assertTrue(sophia.allows(Action.BOARD, HIGH_SEAS, LocalDate.of(2015, 10, 7)));
    }

    @Test
    void anEntryEndsAfterItsLastDay() {
        assertTrue(sophia.allows(Action.BOARD, HIGH_SEAS, LocalDate.of(2016, 10, 6)));
        assertFalse(sophia.allows(Action.BOARD, HIGH_SEAS, LocalDate.of(2016, 10, 7)));
    }

    @Test
    void zonesAreMatchedByKindAndState() {
        LocalDate d = LocalDate.of(2016, 1, 1);
        assertTrue(sophia.allows(Action.PATROL, LIBYAN_CZ, d), "contiguous:* covers Libya's contiguous zone");
        assertFalse(sophia.allows(Action.PATROL, LIBYAN_TS, d), "Libyan territorial sea was never opened");
        assertFalse(sophia.allows(Action.PATROL, ITALIAN_TS, d));
        assertFalse(sophia.allows(Action.BOARD, LIBYAN_CZ, d), "boarding listed for the high seas only");
        assertFalse(sophia.allows(Action.RETURN_TO_LIBYA, HIGH_SEAS, d), "an action not listed is not allowed");
    }

    @Test
    void theBasisOfAnAllowedActionIsItsEntry() {
        assertEquals("phase 2A", sophia.basisFor(Action.BOARD, HIGH_SEAS, LocalDate.of(2016, 1, 1)).basis());
        assertNull(sophia.basisFor(Action.BOARD, LIBYAN_TS, LocalDate.of(2016, 1, 1)));
    }

    @Test
    void zoneSelectorsParseTheScenarioSyntaxOnly() {
        assertEquals("territorial:LBY", ZoneSelector.parse("territorial:LBY").toString());
        assertEquals("contiguous:*", ZoneSelector.parse("contiguous:*").toString());
        assertNull(ZoneSelector.parse("territorial:libya"));
        assertNull(ZoneSelector.parse("high seas"));
        assertNull(ZoneSelector.parse("eez:ITA"));
        assertEquals(Action.RETURN_TO_LIBYA, Action.parse("return-to-libya"));
        assertNull(Action.parse("shoot"));
    }
}
