package medsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import medsim.yaml.InputException;

/** The {@code informationLinks} field: read, dated, and refused at its place when it names no force or MRCC. */
class InformationLinksLoaderTest {
    private static final String ANCHOR = "fallbackMrcc: rome";
    private static final String LINK = "  - {sender: ngo, receivers: [rome, libyan-coastguard], delayMinutes: 30, from: 2016-06-05, to: 2016-06-10, basis: test}";

    @TempDir
    Path dir;

    private InputException errorWithLink(String link) throws IOException {
        return SmallScenario.errorWith(dir, ANCHOR, ANCHOR + "\ninformationLinks:\n" + link);
    }

    private int linkLine() throws IOException {
        String[] lines = SmallScenario.text().split("\n", -1);
        for (int i = 0; i < lines.length; i++) if (lines[i].contains(ANCHOR)) return i + 3;
        throw new AssertionError(ANCHOR);
    }

    @Test
    void aLinkIsReadWithItsReceiversDelayAndDates() throws IOException {
        Path file = dir.resolve("links.yaml");
        Files.writeString(file, SmallScenario.text().replace(ANCHOR, ANCHOR + "\ninformationLinks:\n" + LINK));
        Scenario s = ScenarioLoader.load(file);
        InformationLink l = s.informationLinks().get(0);
        assertEquals("ngo", l.sender());
        assertEquals(List.of("rome", "libyan-coastguard"), l.receivers());
        assertEquals(30, l.delayMinutes());
        assertTrue(l.inForce(LocalDate.of(2016, 6, 10)));
        assertTrue(!l.inForce(LocalDate.of(2016, 6, 11)) && !l.inForce(LocalDate.of(2016, 6, 4)));
    }

    @Test
    void aScenarioWithoutLinksHasNone() {
        assertEquals(List.of(), medsim.model.TestRuns.load("small.yaml").informationLinks());
    }

    @Test
    void anUnknownReceiverIsRefusedAtItsFileLineAndColumn() throws IOException {
        InputException e = errorWithLink(LINK.replace("libyan-coastguard]", "nato]"));
        int column = LINK.indexOf("libyan-coastguard]") + 1;
        assertEquals(dir.resolve("bad.yaml") + ":" + linkLine() + ":" + column
                + ": informationLinks[0].receivers[1] names an unknown force or MRCC \"nato\" (known: sophia, libyan-coastguard, ngo, merchant, rome, valletta, tripoli)",
                e.getMessage());
    }

    @Test
    void anUnknownSenderIsRefused() throws IOException {
        InputException e = errorWithLink(LINK.replace("sender: ngo", "sender: rome"));
        assertEquals(linkLine(), e.line());
        assertTrue(e.getMessage().contains("names an unknown force \"rome\""), e.getMessage());
    }

    @Test
    void aLinkToItselfARepeatedReceiverAndNoReceiverAreRefused() throws IOException {
        assertTrue(errorWithLink(LINK.replace("[rome,", "[ngo,")).getMessage().contains("is the sender itself"));
        assertTrue(errorWithLink(LINK.replace("[rome,", "[libyan-coastguard,")).getMessage().contains("repeats the receiver libyan-coastguard"));
        assertTrue(errorWithLink(LINK.replace("[rome, libyan-coastguard]", "[]")).getMessage().contains("is empty"));
    }

    @Test
    void aNegativeDelayAndAnEndBeforeTheStartAreRefused() throws IOException {
        InputException delay = errorWithLink(LINK.replace("delayMinutes: 30", "delayMinutes: -5"));
        assertEquals("informationLinks[0].delayMinutes", delay.field());
        assertTrue(delay.getMessage().endsWith("must be >= 0 (got -5)"), delay.getMessage());
        assertTrue(errorWithLink(LINK.replace("to: 2016-06-10", "to: 2016-06-01")).getMessage().contains("must not be before from (2016-06-05)"));
        assertTrue(errorWithLink(LINK.replace("basis: test", "basis: \" \"")).getMessage().contains("must not be empty"));
    }
}
