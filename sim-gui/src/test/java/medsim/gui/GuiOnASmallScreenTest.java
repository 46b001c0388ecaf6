package medsim.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * The real GUI opened on a 1280x800 screen (a private Xvfb, whatever DISPLAY says): its
 * windows side by side, none over the map, all on the screen, and the whole theatre on the
 * map. Opens the windows only, so it takes a few seconds.
 */
class GuiOnASmallScreenTest {
    static final Path OUT = Path.of("target", "gui-small-screen");

    @Test
    void onA1280By800ScreenNoWindowCoversTheMapAndTheMapShowsTheWholeTheatre() throws IOException, InterruptedException {
        if (!XDisplay.xvfbAvailable() && "true".equals(System.getenv("CI"))) fail("CI=true and no Xvfb on the PATH; .ci/run installs xvfb");
        assumeTrue(XDisplay.xvfbAvailable(), "GUI test skipped: no Xvfb on the PATH (apt-get install xvfb)");
        Files.createDirectories(OUT);
        Path log = OUT.resolve("session.log");
        try (XDisplay x = XDisplay.xvfb("1280x800x24")) {
            String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
            ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", classpath,
                    GuiSession.class.getName(), GuiSession.WINDOWS_ONLY, GuiUnderXvfbTest.SCENARIO.toString(), "0", OUT.toString())
                    .redirectErrorStream(true).redirectOutput(log.toFile());
            pb.environment().put("DISPLAY", x.name());
            Process p = pb.start();
            boolean done = p.waitFor(60, TimeUnit.SECONDS);
            if (!done) p.destroyForcibly();
            assertTrue(done && p.exitValue() == 0, "the GUI session failed; its output:\n" + Files.readString(log));
        }
        Properties probes = new Properties();
        try (Reader r = Files.newBufferedReader(OUT.resolve("probes.properties"))) {
            probes.load(r);
        }
        assertEquals("0,0,1280,800", probes.getProperty("screen"));
        GuiUnderXvfbTest.assertNoWindowCoversTheMap(probes);
        assertEquals("true", probes.getProperty("map.fits"), "scale " + probes.getProperty("map.scale"));
    }
}
