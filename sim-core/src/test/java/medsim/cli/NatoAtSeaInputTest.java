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

/**
 * Bad input in the blocks of NATO and the EU at sea ({@code forces.<id>.logisticSupport},
 * {@code embargoTraffic}): one line {@code file:line:col: field problem} and exit 2, from
 * {@code medsim check}, on children of the small test scenario (which has arms traffic).
 */
class NatoAtSeaInputTest {
    @TempDir
    Path dir;

    /** Checks a child of small.yaml whose text follows the {@code extends} line (line 1). */
    private String refused(String text) throws IOException {
        Path f = Files.writeString(dir.resolve("bad.yaml"), "extends: " + TestRuns.scenarioFile("small.yaml").toAbsolutePath() + "\n" + text);
        CliTest.Outcome o = medsim("check", f.toString());
        assertEquals(2, o.code(), o.err());
        List<String> lines = o.err().lines().toList();
        assertEquals(1, lines.size(), o.err());
        assertTrue(lines.get(0).startsWith(f + ":"), lines.get(0));
        assertTrue(!o.err().contains("Exception") && !o.err().contains("\tat "), "no stack trace: " + o.err());
        return lines.get(0).substring(f.toString().length() + 1);
    }

    @Test
    void aNegativeVesselRateIsRefusedAtItsPlace() throws IOException {
        assertEquals("4:20: embargoTraffic.arms.vesselsPerDay must be >= 0 (got -1)", refused("embargoTraffic:\n  arms:\n    vesselsPerDay: -1\n"));
    }

    @Test
    void aCargoOtherThanArmsOrOilIsRefused() throws IOException {
        String line = refused("embargoTraffic:\n  drugs: {direction: to-libya}\n");
        assertTrue(line.startsWith("3:10: embargoTraffic.drugs is not a cargo under a UN embargo on Libya (expected arms or oil)"), line);
    }

    @Test
    void aGateOnLandAndAPortOutsideLibyaAreRefused() throws IOException {
        String gate = refused("embargoTraffic:\n  arms:\n    seaGates: [[31.5, 13.0]]\n");
        assertTrue(gate.startsWith("4:16: embargoTraffic.arms.seaGates[0] ") && gate.endsWith("is on land; a gate is a point at sea"), gate);
        String port = refused("embargoTraffic:\n  arms:\n    libyanPorts: [lampedusa]\n");
        assertEquals("4:19: embargoTraffic.arms.libyanPorts[0] is not a Libyan place (state ITA)", port);
    }

    @Test
    void aWatcherThatIsNoForceAndAWrongDirectionAreRefused() throws IOException {
        assertTrue(refused("embargoTraffic:\n  arms:\n    watchedBy: [nato]\n").startsWith("4:17: embargoTraffic.arms.watchedBy[0] names an unknown force \"nato\""));
        assertEquals("4:16: embargoTraffic.arms.direction is not a direction (expected to-libya or from-libya)",
                refused("embargoTraffic:\n  arms:\n    direction: inbound\n"));
    }

    @Test
    void logisticSupportFromAnUnknownForceOrOfLessThanNothingIsRefused() throws IOException {
        String unknown = refused("forces:\n  sophia:\n    logisticSupport:\n      - {provider: nato, from: 2016-06-01, enduranceFactor: 1.2, basis: test}\n");
        assertTrue(unknown.startsWith("5:20: forces.sophia.logisticSupport[0].provider names an unknown force \"nato\""), unknown);
        assertEquals("5:60: forces.sophia.logisticSupport[0].enduranceFactor must be >= 1 (got 0.5)",
                refused("forces:\n  sophia:\n    logisticSupport:\n      - {provider: ngo, from: 2016-06-01, enduranceFactor: 0.5, basis: test}\n"));
        assertTrue(refused("forces:\n  sophia:\n    logisticSupport:\n      - {provider: sophia, from: 2016-06-01, enduranceFactor: 1.2, basis: test}\n")
                .contains("is the force itself"));
    }
}
