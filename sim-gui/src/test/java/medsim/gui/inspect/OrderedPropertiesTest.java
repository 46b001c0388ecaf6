package medsim.gui.inspect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import sim.util.Properties;
import sim.util.SimpleProperties;

/** The inspectors list each view's properties in its declared order, and the orders name real properties. */
public class OrderedPropertiesTest {
    @Test
    void everyViewListsItsOrderFirstAndLosesNoProperty() {
        check(new AssetView(null, null), AssetView.ORDER);
        check(new BoatView(null, null), BoatView.ORDER);
        check(new SmugglerCraftView(null, null), SmugglerCraftView.ORDER);
    }

    public static void check(Object view, List<String> order) {
        Properties ordered = new OrderedProperties(view, order);
        Properties plain = new SimpleProperties(view);
        assertEquals(plain.numProperties(), ordered.numProperties(), view.getClass().getSimpleName());
        List<String> names = new ArrayList<>();
        for (int i = 0; i < ordered.numProperties(); i++) names.add(ordered.getName(i));
        assertEquals(order, names.subList(0, order.size()), view.getClass().getSimpleName() + " lists " + names);
    }
}
