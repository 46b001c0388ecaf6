package medsim.yaml;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
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

    /**
     * Sets each override's path to its value in the merged tree. Keys the tree lacks are
     * added (as mappings on the way); a list index ({@code informationLinks[0].delayMinutes})
     * replaces that one field of that entry, and the rest of the list stays as it was. Every
     * node the override does not replace keeps its own source marks; the value, and mappings
     * the override adds, carry the override's place.
     *
     * @throws InputException at the override's place, naming its path, when the path is
     *         malformed (see {@link FieldPath}) or does not address the tree: an index of
     *         something that is not a list (or is absent), an index past the list's end, or a
     *         list addressed without an index
     */
    public static YamlNode withOverrides(YamlNode root, List<FieldOverride> overrides) {
        Node out = root.raw();
        for (FieldOverride o : overrides) {
            Optional<Mark> mark = Optional.of(new Mark(o.sourceFile(), 0, Math.max(0, o.line() - 1), Math.max(0, o.column() - 1), new int[0], 0));
            Node value = new ScalarNode(tagOf(o.value()), true, o.value(), ScalarStyle.PLAIN, mark, mark);
            value.setProperty(YamlNode.SET_FROM_OUTSIDE, Boolean.TRUE);
            out = set(out, path(o), 0, value, o, mark);
        }
        return new YamlNode(out, "");
    }

    /**
     * The node a field path addresses in {@code root} (a tree as {@link #withOverrides} takes),
     * or empty where the tree has nothing there (a missing key, an index past a list's end, a
     * step into a single value).
     *
     * @throws IllegalArgumentException if the path is malformed (see {@link FieldPath#parse})
     */
    public static Optional<YamlNode> find(YamlNode root, String path) {
        YamlNode at = root;
        for (FieldPath.Step step : FieldPath.parse(path).steps()) {
            if (step instanceof FieldPath.Index index) {
                if (!at.isList() || index.index() >= at.asList().size()) return Optional.empty();
                at = at.asList().get(index.index());
            } else {
                String key = ((FieldPath.Key) step).name();
                if (!at.isMap()) return Optional.empty();
                Optional<YamlNode> next = at.asMap().opt(key);
                if (next.isEmpty()) return Optional.empty();
                at = next.get();
            }
        }
        return Optional.of(at);
    }

    /** An override's path, read; a malformed one is an error at the override's place. */
    static FieldPath path(FieldOverride o) {
        try {
            return FieldPath.parse(o.path());
        } catch (IllegalArgumentException e) {
            throw new InputException(o.sourceFile(), o.line(), o.column(), o.path(), e.getMessage());
        }
    }

    /** {@code node} (absent: null) with the path's steps from {@code i} on set to {@code value}. */
    private static Node set(Node node, FieldPath path, int i, Node value, FieldOverride o, Optional<Mark> mark) {
        List<FieldPath.Step> steps = path.steps();
        boolean indexNext = i < steps.size() && steps.get(i) instanceof FieldPath.Index;
        if (node instanceof SequenceNode && !indexNext) {
            throw error(o, "addresses the list " + path.prefix(i) + " without an index: give the entry's index from 0, as in "
                    + path.prefix(i) + "[0]" + path.suffix(i));
        }
        if (i == steps.size()) return value;
        if (steps.get(i) instanceof FieldPath.Index index) {
            if (node == null) {
                throw error(o, "indexes " + path.prefix(i) + ", which is not in the scenario (an override sets a field of a list entry"
                        + " the scenario has; it does not add one)");
            }
            if (!(node instanceof SequenceNode list)) {
                throw error(o, "indexes " + path.prefix(i) + ", which is " + describe(node) + ", not a list");
            }
            int n = list.getValue().size();
            if (index.index() >= n) {
                throw error(o, "addresses entry [" + index.index() + "] of " + path.prefix(i) + ", which "
                        + (n == 0 ? "is an empty list in the scenario" : "has " + n + (n == 1 ? " entry" : " entries") + " in the scenario (indexes 0 to " + (n - 1) + ")"));
            }
            List<Node> items = new ArrayList<>(list.getValue());
            items.set(index.index(), set(items.get(index.index()), path, i + 1, value, o, mark));
            return new SequenceNode(list.getTag(), true, items, list.getFlowStyle(), list.getStartMark(), list.getEndMark());
        }
        String key = ((FieldPath.Key) steps.get(i)).name();
        if (!(node instanceof MappingNode m)) {
            // Absent, or a value where the path goes on: a mapping of the override's own, which the loader then judges.
            ScalarNode k = new ScalarNode(Tag.STR, true, key, ScalarStyle.PLAIN, mark, mark);
            return new MappingNode(Tag.MAP, true, new ArrayList<>(List.of(new NodeTuple(k, set(null, path, i + 1, value, o, mark)))),
                    FlowStyle.BLOCK, mark, mark);
        }
        List<NodeTuple> tuples = new ArrayList<>(m.getValue());
        for (int t = 0; t < tuples.size(); t++) {
            NodeTuple e = tuples.get(t);
            if (key(e).equals(key)) {
                tuples.set(t, new NodeTuple(e.getKeyNode(), set(e.getValueNode(), path, i + 1, value, o, mark)));
                return new MappingNode(m.getTag(), true, tuples, m.getFlowStyle(), m.getStartMark(), m.getEndMark());
            }
        }
        ScalarNode k = new ScalarNode(Tag.STR, true, key, ScalarStyle.PLAIN, mark, mark);
        tuples.add(new NodeTuple(k, set(null, path, i + 1, value, o, mark)));
        return new MappingNode(m.getTag(), true, tuples, m.getFlowStyle(), m.getStartMark(), m.getEndMark());
    }

    private static InputException error(FieldOverride o, String problem) {
        return new InputException(o.sourceFile(), o.line(), o.column(), o.path(), problem);
    }

    private static String describe(Node node) {
        if (node instanceof MappingNode) return "a mapping";
        if (node instanceof ScalarNode s && Tag.NULL.equals(s.getTag())) return "empty (~)";
        String v = ((ScalarNode) node).getValue();
        return "a single value (" + (v.length() > 40 ? v.substring(0, 40) + "..." : v) + ")";
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
