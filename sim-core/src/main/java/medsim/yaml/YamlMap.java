package medsim.yaml;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * A mapping read field by field. Every field read is ticked off; {@link #finish()}
 * rejects whatever is left, so a misspelt field is an error rather than a silent default.
 */
public final class YamlMap {
    private final YamlNode owner;
    private final Map<String, YamlNode> values = new LinkedHashMap<>();
    private final Map<String, YamlNode> keys = new LinkedHashMap<>();
    private final Set<String> read = new LinkedHashSet<>();

    YamlMap(YamlNode owner, MappingNode node) {
        this.owner = owner;
        YamlNode.keysOf(node, owner);
        String prefix = owner.path().isEmpty() ? "" : owner.path() + ".";
        for (NodeTuple t : node.getValue()) {
            String key = ((ScalarNode) t.getKeyNode()).getValue();
            values.put(key, new YamlNode(t.getValueNode(), prefix + key));
            keys.put(key, new YamlNode(t.getKeyNode(), prefix + key));
        }
    }

    public YamlNode node() { return owner; }

    public Set<String> keys() { return values.keySet(); }

    public boolean has(String key) { return values.containsKey(key) && !values.get(key).isNull(); }

    /** A required field. */
    public YamlNode get(String key) {
        read.add(key);
        YamlNode v = values.get(key);
        if (v == null || v.isNull()) {
            String p = owner.path().isEmpty() ? key : owner.path() + "." + key;
            throw new InputException(owner.file(), line(owner), column(owner), p, "is required");
        }
        return v;
    }

    public Optional<YamlNode> opt(String key) {
        read.add(key);
        YamlNode v = values.get(key);
        return v == null || v.isNull() ? Optional.empty() : Optional.of(v);
    }

    /** Every entry of a mapping keyed by id, in file order; marks them all read. */
    public List<Map.Entry<String, YamlNode>> entries() {
        read.addAll(values.keySet());
        return new ArrayList<>(values.entrySet());
    }

    public double number(String key, Bounds bounds) {
        return bounds.check(get(key));
    }

    public double number(String key, double defaultValue, Bounds bounds) {
        Optional<YamlNode> v = opt(key);
        return v.isPresent() ? bounds.check(v.get()) : defaultValue;
    }

    public int integer(String key, int defaultValue, int min, int max) {
        Optional<YamlNode> v = opt(key);
        return v.isPresent() ? checkInt(v.get(), min, max) : defaultValue;
    }

    public int integer(String key, int min, int max) {
        return checkInt(get(key), min, max);
    }

    private static int checkInt(YamlNode n, int min, int max) {
        int v = n.asInt();
        if (v < min) throw n.error("must be >= " + min + " (got " + v + ")");
        if (v > max) throw n.error("must be <= " + max + " (got " + v + ")");
        return v;
    }

    public String string(String key) {
        return get(key).asString();
    }

    public String string(String key, String defaultValue) {
        return opt(key).map(YamlNode::asString).orElse(defaultValue);
    }

    public boolean bool(String key, boolean defaultValue) {
        return opt(key).map(YamlNode::asBoolean).orElse(defaultValue);
    }

    public LocalDate date(String key) {
        return get(key).asDate();
    }

    public LocalDate date(String key, LocalDate defaultValue) {
        return opt(key).map(YamlNode::asDate).orElse(defaultValue);
    }

    /** The keys asked for so far ({@link #get}, {@link #opt}, {@link #entries}), present or not, in the order first asked. */
    public Set<String> keysAsked() { return java.util.Collections.unmodifiableSet(new LinkedHashSet<>(read)); }

    /** Rejects fields that were never asked for. */
    public void finish() {
        for (Map.Entry<String, YamlNode> e : keys.entrySet()) {
            if (!read.contains(e.getKey())) {
                List<String> known = new ArrayList<>(read);
                throw e.getValue().error("is not a known field" + (known.isEmpty() ? "" : " (expected one of: " + String.join(", ", known) + ")"));
            }
        }
    }

    private static int line(YamlNode n) {
        return n.raw().getStartMark().map(m -> m.getLine() + 1).orElse(0);
    }

    private static int column(YamlNode n) {
        return n.raw().getStartMark().map(m -> m.getColumn() + 1).orElse(0);
    }
}
