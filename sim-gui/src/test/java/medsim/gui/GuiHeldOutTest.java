package medsim.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** {@code medsim gui} plays a whole period, so it refuses a held-out scenario without --forecast (no display needed to be refused). */
class GuiHeldOutTest {
    @Test
    void guiRefusesTheHeldOut2017ScenarioWithoutForecastInOneLine() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String file = Path.of("..", "scenarios", "central-med-2017.yaml").toString();
        int code = MedsimGuiMain.execute(new String[] {"gui", file}, new PrintWriter(out, true), new PrintWriter(err, true));
        assertEquals(2, code, err.toString());
        assertEquals(1, err.toString().lines().count(), err.toString());
        assertTrue(err.toString().startsWith(file + ":"), err.toString());
        assertTrue(err.toString().contains("heldOut says the scenario is held out") && err.toString().contains("needs --forecast"), err.toString());
        assertEquals("", out.toString());
    }
}
