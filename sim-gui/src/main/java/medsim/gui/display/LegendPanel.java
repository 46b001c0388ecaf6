package medsim.gui.display;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.Graphics;
import java.awt.Graphics2D;

import javax.swing.JPanel;

import medsim.gui.map.Legend;

/** The map's legend beside the display, so that it never hides part of the sea. */
public final class LegendPanel extends JPanel {
    private static final long serialVersionUID = 1L;
    private Legend legend;

    public LegendPanel(Legend legend) {
        setBackground(Color.WHITE);
        setLegend(legend);
    }

    /** Shows the legend of another scenario (its forces and boat types). */
    public void setLegend(Legend newLegend) {
        this.legend = newLegend;
        setPreferredSize(new Dimension(Legend.WIDTH_PX + 12, newLegend.heightPx() + 12));
        revalidate();
        repaint();
    }

    @Override
    protected void paintComponent(Graphics g) {
        super.paintComponent(g);
        legend.paint((Graphics2D) g.create(), 6, 6);
    }
}
