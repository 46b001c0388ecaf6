package medsim.gui.chart;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;

import org.jfree.chart.JFreeChart;

/** Something drawn at a fixed size, written out as PNG and SVG: a chart, or the map of a run. */
public interface Picture {
    int widthPx();

    int heightPx();

    void paint(Graphics2D g);

    static Picture of(JFreeChart chart, int widthPx, int heightPx) {
        return new Picture() {
            @Override public int widthPx() { return widthPx; }
            @Override public int heightPx() { return heightPx; }
            @Override public void paint(Graphics2D g) { chart.draw(g, new Rectangle2D.Double(0, 0, widthPx, heightPx)); }
        };
    }
}
