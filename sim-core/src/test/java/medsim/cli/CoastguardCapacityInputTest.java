package medsim.cli;

import static medsim.cli.CliTest.medsim;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import medsim.model.TestRuns;

/** Bad input in {@code coastguardCapacity}: one line {@code file:line:col: field problem}, exit 2, for each kind of mistake. */
class CoastguardCapacityInputTest {
    @TempDir
    Path dir;

    /** A child of small-lcg.yaml whose text after the extends line is {@code body}; its errors' lines count from 1 at extends. */
    private CliTest.Outcome check(String body) throws IOException {
        Path f = Files.writeString(dir.resolve("bad.yaml"),
                "extends: " + TestRuns.scenarioFile("small-lcg.yaml").toAbsolutePath() + "\ncoastguardCapacity:\n" + body);
        return medsim("check", f.toString());
    }

    private void refused(String body, String expected) throws IOException {
        CliTest.Outcome o = check(body);
        assertEquals(2, o.code(), o.err());
        assertEquals(List.of(dir.resolve("bad.yaml") + ":" + expected), o.err().lines().toList());
    }

    @Test
    void aDealStrengthAboveOneIsOneLineAndExitTwo() throws IOException {
        refused("  units:\n    zawiya:\n      deals:\n        - {point: zawiya, from: 2016-06-01, strength: 2, source: test}\n",
                "6:55: coastguardCapacity.units.zawiya.deals[0].strength must be <= 1 (got 2)");
    }

    @Test
    void aDealWithAPointThatIsNoDeparturePointIsRefusedAtThePoint() throws IOException {
        refused("  units:\n    zawiya:\n      deals:\n        - {point: lampedusa, from: 2016-06-01, strength: 0.5, source: test}\n",
                "6:19: coastguardCapacity.units.zawiya.deals[0].point names no departure point of smuggling.departurePoints \"lampedusa\""
                        + " (known: zuwara, sabratha, tripoli, zawiya)");
    }

    @Test
    void aUnitThatIsNoAssetClassOfTheForceIsRefused() throws IOException {
        refused("  units:\n    misrata: {boatShare: 1}\n",
                "4:14: coastguardCapacity.units.misrata names no asset class of force libyan-coastguard (its classes: patrol-boat, zawiya)");
    }

    @Test
    void aShipClassOfTheCoastguardWithNoUnitIsRefusedSoThatNoBoatSailsOutsideTheStocks() throws IOException {
        Path f = Files.writeString(dir.resolve("bad.yaml"), "extends: " + TestRuns.scenarioFile("small-lcg.yaml").toAbsolutePath() + "\n"
                + "forces:\n  libyan-coastguard:\n    assets:\n"
                + "      misrata: {kind: ship, count: 2, base: zawiya, patrolArea: libyan-coast, transitSpeedKnots: 20, patrolSpeedKnots: 8,\n"
                + "                enduranceHours: 12, portHours: 12, capacityPeople: 200, sensors: [ship-lookout]}\n");
        CliTest.Outcome o = medsim("check", f.toString());
        assertEquals(2, o.code(), o.err());
        assertEquals(1, o.err().lines().count(), o.err());
        assertTrue(o.err().contains("coastguardCapacity.units has no entry for libyan-coastguard's ship class misrata"), o.err());
    }

    @Test
    void moreGraduatesThanTraineesAreRefused() throws IOException {
        refused("  courses:\n    - {id: c, start: 2016-06-01, end: 2016-06-05, trainees: 10, graduates: 12, source: test}\n",
                "4:76: coastguardCapacity.courses[0].graduates must not exceed trainees (10)");
    }

    @Test
    void aCourseEndingBeforeItStartsIsRefused() throws IOException {
        refused("  courses:\n    - {id: c, start: 2016-06-05, end: 2016-06-01, trainees: 10, graduates: 10, source: test}\n",
                "4:39: coastguardCapacity.courses[0].end must not be before start (2016-06-05)");
    }

    @Test
    void aMisspelledFieldIsRefusedAtItsPlace() throws IOException {
        CliTest.Outcome o = check("  availabilty: 0.5\n");
        assertEquals(2, o.code(), o.err());
        assertEquals(1, o.err().lines().count(), o.err());
        assertEquals(true, o.err().startsWith(dir.resolve("bad.yaml") + ":3:3: coastguardCapacity.availabilty"), o.err());
    }
}
