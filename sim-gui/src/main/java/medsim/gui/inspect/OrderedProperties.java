package medsim.gui.inspect;

import java.util.ArrayList;
import java.util.List;

import sim.util.Properties;
import sim.util.SimpleProperties;

/**
 * A bean's properties as MASON reads them (getters, setters, {@code domX}, {@code desX}),
 * listed in a chosen order: MASON lists them in reflection's order, which Java leaves
 * unspecified, and students should see an asset's mandate before its hours. Properties not
 * named come after the named ones, so none is ever lost.
 */
public final class OrderedProperties extends Properties {
    private static final long serialVersionUID = 1L;

    private final Properties bean;
    private final int[] order;

    public OrderedProperties(Object bean, List<String> first) {
        this.object = bean;
        this.bean = new SimpleProperties(bean);
        List<Integer> indices = new ArrayList<>();
        for (String name : first) {
            for (int i = 0; i < this.bean.numProperties(); i++) {
                if (this.bean.getName(i).equals(name) && !indices.contains(i)) indices.add(i);
            }
        }
        for (int i = 0; i < this.bean.numProperties(); i++) if (!indices.contains(i)) indices.add(i);
        order = indices.stream().mapToInt(Integer::intValue).toArray();
    }

    @Override public boolean isVolatile() { return bean.isVolatile(); }
    @Override public int numProperties() { return order.length; }
    @Override public Object getValue(int index) { return bean.getValue(order[index]); }
    @Override public Object getDomain(int index) { return bean.getDomain(order[index]); }
    @Override public String getDescription(int index) { return bean.getDescription(order[index]); }
    @Override public boolean isReadWrite(int index) { return bean.isReadWrite(order[index]); }
    @Override public boolean isComposite(int index) { return bean.isComposite(order[index]); }
    @Override public boolean isHidden(int index) { return bean.isHidden(order[index]); }
    @Override public String getName(int index) { return bean.getName(order[index]); }
    @Override public Class<?> getType(int index) { return bean.getType(order[index]); }
    @Override protected Object _setValue(int index, Object value) { return bean.setValue(order[index], value); }
}
