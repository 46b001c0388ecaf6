package medsim.gui;

import java.awt.Rectangle;

/**
 * Where the GUI's windows open, side by side so that none covers another: the map on the
 * left, as tall as the screen and as wide as the whole theatre needs at that height; on the
 * right, the Console at the top, the mandate timeline below it and one live chart at the
 * bottom. The other charts open hidden, listed in the Console's Displays tab. Computed from
 * sizes alone, so that a test can check any screen without one.
 *
 * @param map the map window's bounds, px on screen
 * @param console the Console's
 * @param timeline the mandate timeline's
 * @param chart the live chart's
 */
public record WindowLayout(Rectangle map, Rectangle console, Rectangle timeline, Rectangle chart) {
    /** The right column's width at least and at most, px: the Console's Model tab needs the room to be read and edited. */
    static final int RIGHT_MIN_PX = 520, RIGHT_MAX_PX = 760;

    /**
     * The layout for a screen whose usable area (without task bars) is {@code screen}, for a
     * map {@code mapAspect} times as high as it is wide, in a window that adds
     * {@code chromeWidthPx} and {@code chromeHeightPx} around it (legend, toolbar, scroll bars,
     * borders). The map's window gets the width that shows the theatre at the screen's
     * height, leaving the right column between {@link #RIGHT_MIN_PX} and {@link #RIGHT_MAX_PX}
     * (at most half the screen).
     */
    public static WindowLayout of(Rectangle screen, double mapAspect, int chromeWidthPx, int chromeHeightPx) {
        int mapWantsPx = (int) Math.ceil((screen.height - chromeHeightPx) / mapAspect) + chromeWidthPx;
        int right = Math.min(screen.width / 2, Math.max(RIGHT_MIN_PX, Math.min(RIGHT_MAX_PX, screen.width - mapWantsPx)));
        int left = screen.width - right;
        int consoleH = (int) Math.round(screen.height * 0.40);
        int timelineH = (int) Math.round(screen.height * 0.33);
        int chartH = screen.height - consoleH - timelineH;
        int x = screen.x + left;
        return new WindowLayout(
                new Rectangle(screen.x, screen.y, left, screen.height),
                new Rectangle(x, screen.y, right, consoleH),
                new Rectangle(x, screen.y + consoleH, right, timelineH),
                new Rectangle(x, screen.y + consoleH + timelineH, right, chartH));
    }
}
