package medsim.detection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import medsim.facts.FactBook;
import medsim.yaml.InputException;

class DetectionTableTest {
    static final Path FILE = Path.of("..", "scenarios", "base", "detection.yaml");
    static final FactBook FACTS = FactBook.load(Path.of("..", "seeds", "facts.yaml"));
    static final DetectionTable TABLE = DetectionTable.load(FILE).table();

    /**
     * The sweep width of the implemented rate, measured as the issue asks: the chance of
     * detection over a straight pass at each lateral range x (the rate integrated along the
     * pass, at the cell's reference speed), integrated over x.
     */
    static double measuredSweepWidth(DetectionCell c, double beaufort, Light light) {
        double range = c.maxRangeNm(), speed = c.referenceSpeedKnots();
        double half = range * 1.5, hours = 2 * half / speed;
        // x = R sin(theta): smooth at the cut-off; Simpson over theta.
        return 2 * InverseCubeLawTest.simpson(t -> {
            double x = range * Math.sin(t);
            double e = TABLE.exposure(c.sensor(), c.target(), beaufort, light, x, -half, x, half, hours);
            return -Math.expm1(-e) * range * Math.cos(t);
        }, 0, Math.PI / 2, 20_000);
    }

    @Test
    void everyCellsRateReproducesItsTableSweepWidthWithinOnePercentInEveryCondition() {
        double[] beauforts = {2, 5, 7};
        for (DetectionCell c : TABLE.cells()) {
            for (double bf : beauforts) {
                for (Light light : Light.values()) {
                    double table = TABLE.sweepWidthNm(c, SeaStateImpact.of(bf), light);
                    if (table == 0) continue;
                    double measured = measuredSweepWidth(c, bf, light);
                    assertEquals(table, measured, 0.01 * table, c.sensor().key() + "/" + c.target().key() + " Bf " + bf + " " + light);
                }
            }
        }
    }

    @Test
    void aPlatformsSweepWidthIsEachCellsAtItsReferenceSpeedAndMoreThanAnyOneOfItsSensorsTogether() {
        for (DetectionCell c : TABLE.cells()) {
            double alone = TABLE.sweepWidthNm(java.util.List.of(c.sensor()), c.target(), 2, Light.DAY, c.referenceSpeedKnots());
            assertEquals(TABLE.sweepWidthNm(c, SeaStateImpact.of(2), Light.DAY), alone, 1e-6 * alone, c.sensor().key() + "/" + c.target().key());
        }
        var mpa = java.util.List.of(Sensor.MPA_RADAR, Sensor.MPA_EO_IR);
        double radar = TABLE.sweepWidthNm(java.util.List.of(Sensor.MPA_RADAR), Target.RUBBER_DINGHY, 2, Light.DAY, 180);
        double eo = TABLE.sweepWidthNm(java.util.List.of(Sensor.MPA_EO_IR), Target.RUBBER_DINGHY, 2, Light.DAY, 180);
        double both = TABLE.sweepWidthNm(mpa, Target.RUBBER_DINGHY, 2, Light.DAY, 180);
        assertTrue(both > Math.max(radar, eo) && both < radar + eo, radar + " and " + eo + " together: " + both);
        assertEquals(0, TABLE.sweepWidthNm(java.util.List.of(), Target.RUBBER_DINGHY, 2, Light.DAY, 180));
    }

    @Test
    void theShipLookoutsDaylightSweepWidthsAreIamsarsVesselTable() {
        DetectionCell dinghy = TABLE.cell(Sensor.SHIP_LOOKOUT, Target.RUBBER_DINGHY).orElseThrow();
        assertEquals(FACTS.find("detection.sweep-width.vessel-14ft.vis-10nm.power-boat-33ft").orElseThrow().value(), String.valueOf(dinghy.sweepWidthNm()));
        assertEquals(6.1, measuredSweepWidth(dinghy, 2, Light.DAY), 0.061);
    }

    @Test
    void roughWeatherHalvesThenQuartersTheSweepWidthOfSmallTargetsButNotOfShips() {
        DetectionCell dinghy = TABLE.cell(Sensor.HELICOPTER, Target.RUBBER_DINGHY).orElseThrow();
        DetectionCell ship = TABLE.cell(Sensor.HELICOPTER, Target.MERCHANT_SHIP).orElseThrow();
        assertEquals(0.5 * dinghy.sweepWidthNm(), TABLE.sweepWidthNm(dinghy, SeaStateImpact.of(5), Light.DAY), 1e-12);
        assertEquals(0.25 * dinghy.sweepWidthNm(), TABLE.sweepWidthNm(dinghy, SeaStateImpact.of(7), Light.DAY), 1e-12);
        assertEquals(0.9 * ship.sweepWidthNm(), TABLE.sweepWidthNm(ship, SeaStateImpact.of(7), Light.DAY), 1e-12);
        assertTrue(TABLE.k(Sensor.HELICOPTER, Target.RUBBER_DINGHY, 7, Light.DAY) < TABLE.k(Sensor.HELICOPTER, Target.RUBBER_DINGHY, 3, Light.DAY));
    }

    @Test
    void beaufortBracketsFollowTheTablesFifteenAndTwentyFiveKnotWinds() {
        assertEquals(SeaStateImpact.LOW, SeaStateImpact.of(4.3));
        assertEquals(SeaStateImpact.MEDIUM, SeaStateImpact.of(4.5));
        assertEquals(SeaStateImpact.MEDIUM, SeaStateImpact.of(6.1));
        assertEquals(SeaStateImpact.HIGH, SeaStateImpact.of(6.3));
    }

    @Test
    void nightCutsVisualSearchButNotRadar() {
        double dayLook = TABLE.k(Sensor.SHIP_LOOKOUT, Target.RUBBER_DINGHY, 2, Light.DAY);
        double nightLook = TABLE.k(Sensor.SHIP_LOOKOUT, Target.RUBBER_DINGHY, 2, Light.NIGHT);
        assertTrue(nightLook < dayLook);
        assertEquals(TABLE.k(Sensor.SHIP_RADAR, Target.RUBBER_DINGHY, 2, Light.DAY), TABLE.k(Sensor.SHIP_RADAR, Target.RUBBER_DINGHY, 2, Light.NIGHT));
    }

    @Test
    void everySensorHasACellForEveryTarget() {
        for (Sensor s : Sensor.values()) for (Target t : Target.values()) assertTrue(TABLE.cell(s, t).isPresent(), s + "/" + t);
    }

    @Test
    void unsourcedValuesAreAssumptionsWithAPriorRangeAndARationale() {
        assertFalse(TABLE.assumptions().isEmpty());
        for (Assumption a : TABLE.assumptions()) {
            assertTrue(a.low() <= a.value() && a.value() <= a.high(), a.path());
            assertFalse(a.rationale().isBlank(), a.path());
        }
        // The IAMSAR-sourced sweep widths are not among them.
        assertTrue(TABLE.assumptions().stream().noneMatch(a -> a.path().startsWith("cells[0].sweepWidthNm")));
        assertTrue(TABLE.assumptions().stream().anyMatch(a -> a.path().equals("cells[0].maxRangeNm (ship-lookout vs rubber-dinghy)")));
    }

    @Test
    void anUnknownSensorIsRefusedAtItsLine(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("d.yaml");
        Files.writeString(f, """
                weatherCorrection: {smallMedium: 0.5, smallHigh: 0.25, otherMedium: 0.9, otherHigh: 0.9}
                cells:
                  - sensor: sonar
                    target: wooden-boat
                    sweepWidthNm: 1
                    referenceSpeedKnots: 10
                    maxRangeNm: 2
                    nightFactor: 1
                    basis: "x"
                """);
        InputException e = assertThrows(InputException.class, () -> DetectionTable.load(f));
        assertTrue(e.getMessage().contains(":3:") && e.getMessage().contains("sonar"), e.getMessage());
    }

    @Test
    void aSweepWidthBeyondTwiceTheRangeIsRefused(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("d.yaml");
        Files.writeString(f, """
                weatherCorrection: {smallMedium: 0.5, smallHigh: 0.25, otherMedium: 0.9, otherHigh: 0.9}
                cells:
                  - sensor: ship-radar
                    target: wooden-boat
                    sweepWidthNm: 5
                    referenceSpeedKnots: 10
                    maxRangeNm: 2
                    nightFactor: 1
                    basis: "x"
                """);
        InputException e = assertThrows(InputException.class, () -> DetectionTable.load(f));
        assertTrue(e.getMessage().contains("maximum range"), e.getMessage());
    }

    @Test
    void aSweepWidthTooSmallForAnyRateInSomeConditionIsRefusedAtTheCells(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("d.yaml");
        // 1e-6 nm by day in calm seas, and a thousandth of that at night: no inverse-cube rate cut at 8 nm gives it.
        Files.writeString(f, """
                weatherCorrection: {smallMedium: 0.5, smallHigh: 0.25, otherMedium: 0.9, otherHigh: 0.9}
                cells:
                  - sensor: ship-lookout
                    target: rubber-dinghy
                    sweepWidthNm: 1.0e-6
                    referenceSpeedKnots: 10
                    maxRangeNm: 8
                    nightFactor: 1.0e-300
                    basis: "x"
                """);
        InputException e = assertThrows(InputException.class, () -> DetectionTable.load(f));
        assertTrue(e.getMessage().contains(":3:") && e.getMessage().contains("ship-lookout vs rubber-dinghy") && e.getMessage().contains("too small"),
                e.getMessage());
    }
}
