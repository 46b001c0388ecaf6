package medsim.scenario;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import medsim.yaml.Bounds;
import medsim.yaml.YamlMap;

/**
 * The declared fields of one mapping of a scenario file ({@code boatTypes.<id>}, say), as the
 * loader reads them: a number is read and checked with its declared range and default, and
 * {@link #finish} refuses the fields no declaration has (the user's misspelling, at its
 * place) and, as a programming error, any declared field the loader did not read or any field
 * it read without a declaration.
 */
public final class FieldSection {
    private final String path;
    private final Map<String, ScenarioField> fields = new LinkedHashMap<>();

    FieldSection(String path, List<ScenarioField> declared) {
        this.path = path;
        for (ScenarioField f : declared) if (f.section().equals(path)) fields.put(f.key(), f);
        if (fields.isEmpty()) throw new IllegalStateException("no field is declared in section " + path);
    }

    /** The section's dotted pattern, {@code boatTypes.*}. */
    public String path() { return path; }

    /** Its fields in declaration order. */
    public List<ScenarioField> fields() { return List.copyOf(fields.values()); }

    /** Whether {@code key} is one of its fields. */
    public boolean declares(String key) { return fields.containsKey(key); }

    public ScenarioField field(String key) {
        ScenarioField f = fields.get(key);
        if (f == null) throw new IllegalStateException(path + "." + key + " is not declared in ScenarioFields");
        return f;
    }

    /** A number field: its value, checked against its declared range, else its declared default. */
    public double number(YamlMap m, String key) {
        ScenarioField f = numeric(key, ScenarioField.Type.NUMBER);
        if (f.isRequired()) return m.number(key, f.bounds());
        if (Double.isNaN(f.defaultValue())) throw new IllegalStateException(f.path() + " has a computed default: pass it");
        return m.number(key, f.defaultValue(), f.bounds());
    }

    /** A number field whose default the loader computes from other fields (the table's default says how). */
    public double number(YamlMap m, String key, double computedDefault) {
        ScenarioField f = numeric(key, ScenarioField.Type.NUMBER);
        if (!Double.isNaN(f.defaultValue()) || f.isRequired()) throw new IllegalStateException(f.path() + " has no computed default");
        return m.number(key, computedDefault, f.bounds());
    }

    /** A whole-number field: its value, checked against its declared range, else its declared default. */
    public int integer(YamlMap m, String key) {
        ScenarioField f = numeric(key, ScenarioField.Type.INTEGER);
        if (f.isRequired()) return m.integer(key, min(f), max(f));
        if (Double.isNaN(f.defaultValue())) throw new IllegalStateException(f.path() + " has a computed default: pass it");
        return m.integer(key, (int) f.defaultValue(), min(f), max(f));
    }

    /** A whole-number field whose default the loader computes from other fields. */
    public int integer(YamlMap m, String key, int computedDefault) {
        ScenarioField f = numeric(key, ScenarioField.Type.INTEGER);
        if (!Double.isNaN(f.defaultValue()) || f.isRequired()) throw new IllegalStateException(f.path() + " has no computed default");
        return m.integer(key, computedDefault, min(f), max(f));
    }

    /** The declared range of each number of a list or mapping of numbers. */
    public Bounds bounds(String key) {
        ScenarioField f = field(key);
        if (f.bounds() == null) throw new IllegalStateException(f.path() + " declares no range");
        return f.bounds();
    }

    /**
     * Rejects the fields of {@code m} that were never read (see {@link YamlMap#finish()}),
     * after checking that the loader read exactly the declared fields.
     *
     * @throws IllegalStateException if the loader and the declarations disagree (a bug, not bad input)
     */
    public void finish(YamlMap m) {
        Set<String> asked = new TreeSet<>(m.keysAsked());
        if (!asked.equals(new TreeSet<>(fields.keySet()))) {
            Set<String> undeclared = new TreeSet<>(asked);
            undeclared.removeAll(fields.keySet());
            Set<String> unread = new TreeSet<>(fields.keySet());
            unread.removeAll(asked);
            throw new IllegalStateException("section " + path + ": the loader reads undeclared fields " + undeclared
                    + " and does not read declared fields " + unread);
        }
        m.finish();
    }

    private ScenarioField numeric(String key, ScenarioField.Type type) {
        ScenarioField f = field(key);
        if (f.type() != type) throw new IllegalStateException(f.path() + " is declared " + f.type() + ", read as " + type);
        return f;
    }

    private static int min(ScenarioField f) {
        return (int) Math.max(Integer.MIN_VALUE, f.bounds().min());
    }

    private static int max(ScenarioField f) {
        return (int) Math.min(Integer.MAX_VALUE, f.bounds().max());
    }
}
