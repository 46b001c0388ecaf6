package medsim.actor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import medsim.geo.SeaZone;
import medsim.mandate.Action;
import medsim.mandate.CraftFate;
import medsim.mandate.Refusal;
import medsim.model.TestRuns;
import medsim.scenario.AssetKind;
import medsim.scenario.Scenario;

/** The gate: mandate, kind of asset, zone and date decide; capabilities are the day's. */
class RulesOfEngagementTest {
    private static final Scenario S = TestRuns.load("small-every-counter.yaml");
    private static final SeaZone HIGH_SEAS = SeaZone.parse("high-seas");
    private static final SeaZone LIBYAN_CONTIGUOUS = SeaZone.parse("contiguous:LBY");
    private static final SeaZone LIBYAN_WATERS = SeaZone.parse("territorial:LBY");
    private static final LocalDate JUNE_2016 = LocalDate.of(2016, 6, 1);

    private static RulesOfEngagement ship(String force) {
        return new RulesOfEngagement("x", S.forces().get(force), AssetKind.SHIP);
    }

    @Test
    void anAircraftOnlyPatrolsWhateverItsForcesMandateAllows() {
        RulesOfEngagement aircraft = new RulesOfEngagement("x", S.forces().get("sophia"), AssetKind.AIRCRAFT);
        assertNull(aircraft.refusal(Action.PATROL, HIGH_SEAS, JUNE_2016));
        assertEquals(Refusal.NOT_BY_AIRCRAFT, aircraft.refusal(Action.RESCUE, HIGH_SEAS, JUNE_2016));
        assertFalse(aircraft.mayToday(Action.SEIZE, JUNE_2016));
        assertNull(ship("sophia").refusal(Action.RESCUE, HIGH_SEAS, JUNE_2016), "a ship of the same force may rescue");
    }

    @Test
    void aForceHuntsSmugglerCraftOnlyFromTheDayItsMandateLetsItSeize() {
        RulesOfEngagement sophia = ship("sophia");
        assertFalse(sophia.mayToday(Action.SEIZE, LocalDate.of(2015, 10, 6)));
        assertTrue(sophia.mayToday(Action.SEIZE, LocalDate.of(2015, 10, 7)));
        assertFalse(sophia.mayToday(Action.INSPECT, LocalDate.of(2016, 5, 31)));
        assertTrue(sophia.mayToday(Action.INSPECT, JUNE_2016));
        assertFalse(sophia.mayToday(Action.SEIZE, LocalDate.of(2015, 10, 6)), "asked again for an earlier day");
    }

    @Test
    void theDaysAnswersAreRememberedOnlyForThatDay() {
        // Boarding in the contiguous zone starts with Sophia's phase 2B (7 October 2015): asked the
        // day before, on the day and the day before again, the same gate follows the mandate.
        RulesOfEngagement sophia = ship("sophia");
        LocalDate before = LocalDate.of(2015, 10, 6);
        assertEquals(Refusal.NO_MANDATE, sophia.refusal(Action.BOARD, HIGH_SEAS, before));
        assertEquals(Refusal.NO_MANDATE, sophia.refusal(Action.BOARD, HIGH_SEAS, before), "asked twice the same day");
        assertNull(sophia.refusal(Action.BOARD, HIGH_SEAS, LocalDate.of(2015, 10, 7)));
        assertNull(sophia.refusal(Action.RESCUE, HIGH_SEAS, LocalDate.of(2015, 10, 7)));
        assertEquals(Refusal.NO_MANDATE, sophia.refusal(Action.BOARD, LIBYAN_WATERS, LocalDate.of(2015, 10, 7)));
        assertEquals(Refusal.NO_MANDATE, sophia.refusal(Action.BOARD, HIGH_SEAS, before), "an earlier day again");
    }

    @Test
    void aRefusalSaysWhyAndTheZoneMatters() {
        RulesOfEngagement sophia = ship("sophia");
        assertNull(sophia.refusal(Action.BOARD, LIBYAN_CONTIGUOUS, JUNE_2016));
        assertEquals(Refusal.NO_MANDATE, sophia.refusal(Action.BOARD, LIBYAN_WATERS, JUNE_2016));
        assertEquals("board:no-mandate", Refusal.NO_MANDATE.detail(Action.BOARD));
    }

    @Test
    void aSeizedCraftIsDivertedElseDestroyedElseReleasedAsTheMandateAllows() {
        assertEquals(CraftFate.DIVERTED, ship("sophia").seizedCraftFate(HIGH_SEAS, JUNE_2016));
        assertEquals(CraftFate.DESTROYED, ship("sophia").seizedCraftFate(LIBYAN_CONTIGUOUS, JUNE_2016));
        assertEquals(CraftFate.RELEASED, ship("libyan-coastguard").seizedCraftFate(LIBYAN_WATERS, JUNE_2016));
    }

    @Test
    void theInspectorsLegalBasisIsTheEntryThatAllowsAndNoneWhereRefused() {
        assertEquals("test", ship("sophia").basisFor(Action.RESCUE, HIGH_SEAS, JUNE_2016).basis());
        assertNull(ship("sophia").basisFor(Action.RESCUE, LIBYAN_WATERS, JUNE_2016));
    }
}
