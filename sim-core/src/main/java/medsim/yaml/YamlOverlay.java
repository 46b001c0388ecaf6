package medsim.yaml;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * Scenario inheritance: a child file's tree laid over its base's. Mappings merge
 * key by key (recursively); anything else in the child replaces the base's value;
 * a null ({@code ~}) in the child deletes the key. Nodes keep their own source
 * marks, so errors still point at the file and line that set each value.
 */
public final class YamlOverlay {
    private YamlOverlay() {}

    public static YamlNode overlay(YamlNode base, YamlNode child) {
        return new YamlNode(merge(base.raw(), child.raw()), "");
    }

    /** Returns {@code base} with the keys of {@code top} removed (e.g. the child's {@code extends}). */
    public static YamlNode without(YamlNode map, String key) {
        if (!(map.raw() instanceof MappingNode m)) return map;
        List<NodeTuple> kept = new ArrayList<>();
        for (NodeTuple t : m.getValue()) {
            if (!(t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key))) kept.add(t);
        }
        return new YamlNode(new MappingNode(m.getTag(), true, kept, m.getFlowStyle(), m.getStartMark(), m.getEndMark()), map.path());
    }

    /** Sets each override's path to its value, creating mappings on the way; lists are not addressable. */
    public static YamlNode withOverrides(YamlNode root, java.util.List<FieldOverride> overrides) {
        YamlNode out = root;
        for (FieldOverride o : overrides) {
            java.util.Optional<org.snakeyaml.engine.v2.exceptions.Mark> mark = java.util.Optional.of(
                    new org.snakeyaml.engine.v2.exceptions.Mark(o.sourceFile(), 0, Math.max(0, o.line() - 1), Math.max(0, o.column() - 1), new int[0], 0));
            String[] keys = o.path().split("\\.");
            Node value = new ScalarNode(tagOf(o.value()), true, o.value(), org.snakeyaml.engine.v2.common.ScalarStyle.PLAIN, mark, mark);
            value.setProperty(YamlNode.SET_FROM_OUTSIDE, Boolean.TRUE);
            for (int i = keys.length - 1; i >= 0; i--) {
                ScalarNode key = new ScalarNode(Tag.STR, true, keys[i], org.snakeyaml.engine.v2.common.ScalarStyle.PLAIN, mark, mark);
                value = new MappingNode(Tag.MAP, true, new ArrayList<>(List.of(new NodeTuple(key, value))),
                        org.snakeyaml.engine.v2.common.FlowStyle.BLOCK, mark, mark);
            }
            out = new YamlNode(merge(out.raw(), value), "");
        }
        return out;
    }

    private static Tag tagOf(String value) {
        if (value.matches("-?\\d+")) return Tag.INT;
        if (value.matches("-?\\d*\\.?\\d+([eE][-+]?\\d+)?")) return Tag.FLOAT;
        return Tag.STR;
    }

    private static Node merge(Node base, Node top) {
        if (!(base instanceof MappingNode b) || !(top instanceof MappingNode t)) return top;
        Map<String, NodeTuple> merged = new LinkedHashMap<>();
        for (NodeTuple e : b.getValue()) merged.put(key(e), e);
        for (NodeTuple e : t.getValue()) {
            String k = key(e);
            Node v = e.getValueNode();
            if (v instanceof ScalarNode s && Tag.NULL.equals(s.getTag())) {
                merged.remove(k);
            } else if (merged.containsKey(k)) {
                merged.put(k, new NodeTuple(e.getKeyNode(), merge(merged.get(k).getValueNode(), v)));
            } else {
                merged.put(k, e);
            }
        }
        return new MappingNode(b.getTag(), true, new ArrayList<>(merged.values()), t.getFlowStyle(), t.getStartMark(), t.getEndMark());
    }

    private static String key(NodeTuple t) {
        return t.getKeyNode() instanceof ScalarNode s ? s.getValue() : String.valueOf(t.getKeyNode());
    }
}
