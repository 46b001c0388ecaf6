package medsim.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Rectangle;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The windows' places at start, for screens of several sizes: side by side, on the screen, the Console wide enough. */
class WindowLayoutTest {
    /** The 2016 map: about 1.18 times as high as wide, in a window adding 250 px (legend) by 45 px (toolbar). */
    static final double ASPECT = 1.18;
    static final int CHROME_W = 250, CHROME_H = 45;

    @Test
    void onA1600By1000ScreenAndOnSmallerOnesNoWindowOverlapsAnotherAndAllAreOnTheScreen() {
        for (Rectangle screen : List.of(new Rectangle(0, 0, 1600, 1000), new Rectangle(0, 0, 1280, 800), new Rectangle(0, 0, 1024, 768),
                new Rectangle(0, 28, 1366, 740))) {
            WindowLayout l = WindowLayout.of(screen, ASPECT, CHROME_W, CHROME_H);
            List<Rectangle> all = List.of(l.map(), l.console(), l.timeline(), l.chart());
            for (int i = 0; i < all.size(); i++) {
                assertTrue(screen.contains(all.get(i)), all.get(i) + " on " + screen);
                for (int j = i + 1; j < all.size(); j++) assertTrue(!all.get(i).intersects(all.get(j)), all.get(i) + " and " + all.get(j) + " on " + screen);
            }
            assertEquals(screen.width, l.map().width + l.console().width, "the two columns fill the screen's width " + screen);
            assertEquals(screen.height, l.console().height + l.timeline().height + l.chart().height, "the right column fills its height " + screen);
        }
    }

    @Test
    void theMapGetsTheWidthTheTheatreNeedsAndTheConsoleKeepsEnoughToReadItsModelTab() {
        WindowLayout big = WindowLayout.of(new Rectangle(0, 0, 1600, 1000), ASPECT, CHROME_W, CHROME_H);
        int viewWidth = big.map().width - CHROME_W, viewHeight = big.map().height - CHROME_H;
        assertTrue(viewWidth * ASPECT >= viewHeight - 1, "at 1600x1000 the map's height is used: " + viewWidth + "x" + viewHeight);
        assertTrue(big.console().width >= WindowLayout.RIGHT_MIN_PX, big.console().toString());
        WindowLayout small = WindowLayout.of(new Rectangle(0, 0, 1280, 800), ASPECT, CHROME_W, CHROME_H);
        assertEquals(WindowLayout.RIGHT_MIN_PX, small.console().width, "at 1280x800 the Console keeps its least width");
    }
}
