package medsim.facts;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.Tag;

import medsim.yaml.InputFiles;
import medsim.yaml.YamlMap;
import medsim.yaml.YamlNode;

/** The facts file, read and checked: ids unique and well formed, every field present. */
public final class FactBook {
    public static final Set<String> GROUPS = Set.of("arrivals", "migrants", "deaths", "sophia", "unscr", "triton", "marenostrum", "maresicuro",
            "seaguardian", "lcg", "rescues", "boats", "place", "port", "distance", "weather", "detection", "context", "ngo", "ashore");
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]*");

    private final Path file;
    private final Map<String, Fact> facts;

    private FactBook(Path file, Map<String, Fact> facts) {
        this.file = file;
        this.facts = Collections.unmodifiableMap(facts);
    }

    /**
     * The facts file a tree names in its top-level {@code facts:} field (relative to the file
     * that sets it), checked as every input file is before it is read; empty if it names none.
     *
     * @throws medsim.yaml.InputException at the field if the file is missing or not a usable file
     */
    public static Optional<Path> named(YamlNode root) {
        Optional<YamlNode> factsNode = root.asMap().opt("facts");
        if (factsNode.isEmpty()) return Optional.empty();
        Path facts = factsNode.get().asPath();
        String unusable = InputFiles.unusable(facts, InputFiles.MAX_YAML_BYTES);
        if (unusable != null) throw factsNode.get().error("names a facts file that " + unusable + ": " + facts);
        return Optional.of(facts);
    }

    public static FactBook load(Path file) {
        YamlMap root = YamlNode.parse(file).asMap();
        Map<String, Fact> facts = new LinkedHashMap<>();
        for (YamlNode item : root.get("facts").asList()) {
            YamlMap m = item.asMap();
            YamlNode idNode = m.get("id");
            String id = idNode.asString();
            if (!ID.matcher(id).matches()) throw idNode.error("must be lower-case letters, digits, dots, dashes (got \"" + id + "\")");
            String group = id.contains(".") ? id.substring(0, id.indexOf('.')) : id;
            if (!GROUPS.contains(group)) throw idNode.error("starts with an unknown group \"" + group + "\" (known: " + String.join(", ", GROUPS.stream().sorted().toList()) + ")");
            if (facts.containsKey(id)) throw idNode.error("repeats the id \"" + id + "\"");
            YamlNode valueNode = m.get("value");
            String value = valueNode.asString();
            boolean numeric = valueNode.raw() instanceof ScalarNode s && (Tag.INT.equals(s.getTag()) || Tag.FLOAT.equals(s.getTag()));
            if (numeric) valueNode.asDouble(); // rejects non-finite numbers
            String confidence = m.string("confidence");
            if (!confidence.matches("[HML]")) throw m.get("confidence").error("must be H, M or L");
            Fact f = new Fact(id, value, numeric, m.string("unit"), m.string("period"), confidence, m.string("source"), m.string("note", ""));
            m.finish();
            facts.put(id, f);
        }
        root.finish();
        return new FactBook(file, facts);
    }

    public Path file() { return file; }
    public Map<String, Fact> all() { return facts; }
    public Optional<Fact> find(String id) { return Optional.ofNullable(facts.get(id)); }
}
