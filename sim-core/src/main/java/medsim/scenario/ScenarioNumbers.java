package medsim.scenario;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.Tag;

import medsim.facts.FactResolver;
import medsim.yaml.YamlNode;

/**
 * Every number a scenario gives the model, with where it came from: the numbers written in its
 * files (after inheritance and fact resolution) and the declared defaults of the model's
 * parameters it leaves out. What the registry of unobserved parameters is checked against, and
 * where the registry's table takes the values used in 2015 and 2016.
 */
final class ScenarioNumbers {
    private ScenarioNumbers() {}

    /**
     * One number.
     *
     * @param path   the concrete dotted path; an element of a list is at the list's path
     * @param at     the same path with each list element's index from 0 ({@code informationLinks[0].delayMinutes}):
     *               the path a sweep or calibration sets it by ({@link medsim.yaml.FieldOverride})
     * @param value  the number
     * @param field  its declaration, or null if no field is declared there
     * @param file   the file that set it, or null for a declared default
     * @param cited  the fact ids it was resolved from, or null if written directly or a default
     */
    record Number(String path, String at, double value, ScenarioField field, String file, String cited) {
        boolean isDefault() { return file == null; }

        /** The path of the field that holds it: an entry of a mapping of numbers is held by the mapping. */
        String fieldPath() {
            return field != null && field.type() == ScenarioField.Type.NUMBER_MAP ? path.substring(0, path.lastIndexOf('.')) : path;
        }
    }

    /** The numbers of the scenario in {@code file}: those written, then the defaults of the MODEL fields left out. */
    static List<Number> of(Path file) {
        YamlNode root = ScenarioLoader.resolvedTree(file);
        List<Number> out = new ArrayList<>();
        written(root, "", "", out);
        defaults(root, out);
        return out;
    }

    private static void written(YamlNode n, String path, String at, List<Number> out) {
        if (n.isMap()) {
            for (Map.Entry<String, YamlNode> e : n.asMap().entries()) {
                written(e.getValue(), join(path, e.getKey()), join(at, e.getKey()), out);
            }
        } else if (n.isList()) {
            List<YamlNode> items = n.asList();
            for (int i = 0; i < items.size(); i++) written(items.get(i), path, at + "[" + i + "]", out);
        } else if (n.raw() instanceof ScalarNode s && (Tag.INT.equals(s.getTag()) || Tag.FLOAT.equals(s.getTag()))) {
            out.add(new Number(path, at, n.asDouble(), ScenarioFields.matching(path).orElse(null), n.file(), FactResolver.citedFacts(n)));
        }
    }

    /** For each instance of each section (each boat type, each asset...), the MODEL numbers left at a constant, finite default. */
    private static void defaults(YamlNode root, List<Number> out) {
        for (FieldSection section : ScenarioFields.sections()) {
            for (String at : instances(root, section.path().isEmpty() ? new String[0] : section.path().split("\\."), 0, "")) {
                YamlNode node = nodeAt(root, at);
                if (node == null || !node.isMap()) continue;
                for (ScenarioField f : section.fields()) {
                    if (f.role() != ScenarioField.Role.MODEL || !f.type().isNumeric() || Double.isNaN(f.defaultValue())
                            || Double.isInfinite(f.defaultValue()) || f.defaultValue() >= Integer.MAX_VALUE) continue;
                    if (node.asMap().has(f.key())) continue;
                    String path = join(at, f.key());
                    out.add(new Number(path, path, f.defaultValue(), f, null, null));
                }
            }
        }
    }

    /** The concrete paths a section pattern names in the tree ({@code *} for each id there). */
    private static List<String> instances(YamlNode root, String[] pattern, int i, String prefix) {
        if (i == pattern.length) return List.of(prefix);
        if (pattern[i].endsWith("[]")) return List.of(); // list entries hold no numbers of the model
        List<String> out = new ArrayList<>();
        YamlNode here = nodeAt(root, prefix);
        if (here == null || !here.isMap()) return out;
        if (pattern[i].equals("*")) {
            for (String key : here.asMap().keys()) out.addAll(instances(root, pattern, i + 1, join(prefix, key)));
        } else if (here.asMap().has(pattern[i])) {
            out.addAll(instances(root, pattern, i + 1, join(prefix, pattern[i])));
        }
        return out;
    }

    private static YamlNode nodeAt(YamlNode root, String path) {
        YamlNode n = root;
        if (path.isEmpty()) return n;
        for (String key : path.split("\\.")) {
            if (!n.isMap() || !n.asMap().has(key)) return null;
            n = n.asMap().opt(key).orElseThrow();
        }
        return n;
    }

    private static String join(String prefix, String key) {
        return prefix.isEmpty() ? key : prefix + "." + key;
    }
}
