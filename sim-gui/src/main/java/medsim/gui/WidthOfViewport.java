package medsim.gui;

import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.Container;
import java.awt.Dimension;
import java.awt.Point;
import java.awt.Rectangle;

import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextField;
import javax.swing.ListCellRenderer;
import javax.swing.Scrollable;
import javax.swing.SwingUtilities;
import javax.swing.event.PopupMenuEvent;
import javax.swing.event.PopupMenuListener;
import javax.swing.plaf.basic.BasicComboPopup;

/**
 * The Console's Model tab as wide as the Console: MASON's inspector would be as wide as its
 * widest row (a what-if's long name), and its values would scroll out of sight. Scrolls up
 * and down only. A list of choices, cut to the tab's width, opens as wide as its longest
 * choice (right-aligned with its box), so that every what-if can be read.
 */
final class WidthOfViewport extends JPanel implements Scrollable {
    private static final long serialVersionUID = 1L;

    WidthOfViewport(JComponent inner) {
        super(new BorderLayout());
        add(inner, BorderLayout.CENTER);
        widenPopups(inner);
        SwingUtilities.invokeLater(() -> showStarts(inner));
    }

    /**
     * Scrolls each text field that is not being edited back to its first character: a value
     * longer than its field (581.3850746268656) would otherwise show its end (1.3850746268656).
     */
    static void showStarts(Component c) {
        if (c instanceof JTextField t && !t.hasFocus()) t.setCaretPosition(0);
        if (c instanceof Container k) for (Component child : k.getComponents()) showStarts(child);
    }

    private static void widenPopups(Component c) {
        if (c instanceof JComboBox<?> box) {
            box.setPreferredSize(new Dimension(120, box.getPreferredSize().height)); // not as wide as its longest choice: the tab gives it its width
            box.setLightWeightPopupEnabled(false); // a window of its own, which may reach beyond the Console's
            box.addPopupMenuListener(new WidePopup(box));
        }
        if (c instanceof Container k) for (Component child : k.getComponents()) widenPopups(child);
    }

    /** Opens the combo box's list as wide as its widest item (at least the box's own width). */
    private record WidePopup(JComboBox<?> box) implements PopupMenuListener {
        @Override
        public void popupMenuWillBecomeVisible(PopupMenuEvent e) {
            Object child = box.getAccessibleContext().getAccessibleChild(0);
            if (!(child instanceof BasicComboPopup popup)) return;
            int widest = box.getWidth();
            ListCellRenderer<? super Object> renderer = popup.getList().getCellRenderer();
            for (int i = 0; i < box.getItemCount(); i++) {
                Component cell = renderer.getListCellRendererComponent(popup.getList(), box.getItemAt(i), i, false, false);
                widest = Math.max(widest, cell.getPreferredSize().width + 24);
            }
            int width = widest;
            // The popup sizes its list to the box's width as it opens, after telling its listeners: widen it once open.
            SwingUtilities.invokeLater(() -> {
                JScrollPane scroller = (JScrollPane) popup.getComponent(0);
                Dimension d = new Dimension(width, scroller.getPreferredSize().height);
                scroller.setMinimumSize(d);
                scroller.setPreferredSize(d);
                scroller.setMaximumSize(d);
                popup.setPopupSize(width, popup.getPreferredSize().height);
                if (!box.isShowing() || !popup.isShowing()) return;
                // Right-aligned with the box, so that a list wider than the Console's column opens towards the map.
                Point at = box.getLocationOnScreen();
                popup.setLocation(Math.max(0, at.x + box.getWidth() - width), at.y + box.getHeight());
            });
        }

        @Override
        public void popupMenuWillBecomeInvisible(PopupMenuEvent e) { }

        @Override
        public void popupMenuCanceled(PopupMenuEvent e) { }
    }

    @Override
    public Dimension getPreferredScrollableViewportSize() { return getPreferredSize(); }

    @Override
    public int getScrollableUnitIncrement(Rectangle visible, int orientation, int direction) { return 16; }

    @Override
    public int getScrollableBlockIncrement(Rectangle visible, int orientation, int direction) { return Math.max(16, visible.height - 16); }

    @Override
    public boolean getScrollableTracksViewportWidth() { return true; }

    @Override
    public boolean getScrollableTracksViewportHeight() { return false; }
}
