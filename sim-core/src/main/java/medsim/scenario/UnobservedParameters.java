package medsim.scenario;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import medsim.yaml.Bounds;
import medsim.yaml.InputException;
import medsim.yaml.YamlMap;
import medsim.yaml.YamlNode;

/**
 * The registry of unobserved parameters ({@code scenarios/registry/unobserved.yaml}): every
 * number of the shipped scenarios that no source gives, with the range it is believed to lie
 * in (its prior, both ends included) and why; and the literal numbers that are a cited fact
 * written out. Calibration and screening (issue 15) sample from these priors: an entry marked
 * {@code observable} (a fleet's size, a ship's speed) is a quantity to cite, not to fit, and
 * {@link #forSampling()} leaves it out.
 *
 * <p>A concrete field path ({@code boatTypes.rubber-dinghy.capsizeHazardPerHour}) belongs to
 * the entry with the most specific path pattern that matches it ({@link #entryFor}); a mapping
 * of numbers ({@code smuggling.boatTypes}) or a list ({@code weather.meanWindSpeedMsByMonth}) is
 * one path, a prior for each of its numbers.
 */
public final class UnobservedParameters {
    /** The registry shipped with the scenarios, relative to the repository's top folder. */
    public static final Path SHIPPED = Path.of("scenarios", "registry", "unobserved.yaml");

    /**
     * One unobserved parameter.
     *
     * @param id         a short name, unique in the registry
     * @param paths      the field paths it covers ({@code *} for any id)
     * @param priorMin   the least value believed possible
     * @param priorMax   the greatest value believed possible
     * @param observable true for a quantity one could look up that has no citation yet: cite it, never fit it
     * @param rationale  why the prior is what it is: fact ids as {@code [fact.id]}, or {@code assumption}
     * @param at         where the entry is written in the registry file (for errors)
     */
    public record Entry(String id, List<String> paths, double priorMin, double priorMax, boolean observable, String rationale,
                        YamlNode.Position at) {
        public boolean inPrior(double v) {
            return v >= priorMin && v <= priorMax;
        }

        /** Whether the prior is a single value: the entry is fixed, nothing to sample. */
        public boolean isFixed() {
            return priorMin == priorMax;
        }
    }

    /**
     * A number of a scenario that an entry covers.
     *
     * @param path    its field path as a sweep sets it, list elements by index ({@code informationLinks[0].delayMinutes})
     * @param value   its value in the scenario (written, after inheritance, or the field's declared default)
     * @param integer whether the field takes whole numbers only
     * @param weight  whether it is one of several weights over a whole (a {@code {place: weight}} mapping, a unit's
     *                share of the boats): such numbers mean something only together
     */
    public record Member(String path, double value, boolean integer, boolean weight) {}

    private final Map<String, Entry> entries;
    private final Map<String, String> facts;

    private UnobservedParameters(Map<String, Entry> entries, Map<String, String> facts) {
        this.entries = entries;
        this.facts = facts;
    }

    /**
     * Reads a registry file.
     *
     * @throws InputException at the place of a missing or malformed field, a path that names no
     *         declared field of the model ({@link ScenarioFields}, role MODEL), a prior whose min
     *         exceeds its max, or an entry without rationale
     */
    public static UnobservedParameters load(Path file) {
        YamlMap m = YamlNode.parse(file).asMap();
        Map<String, String> facts = new LinkedHashMap<>();
        for (Map.Entry<String, YamlNode> e : m.get("facts").asMap().entries()) {
            modelField(e.getKey(), e.getValue());
            facts.put(e.getKey(), e.getValue().asString());
        }
        Map<String, Entry> entries = new LinkedHashMap<>();
        for (Map.Entry<String, YamlNode> e : m.get("parameters").asMap().entries()) {
            YamlMap p = e.getValue().asMap();
            List<String> paths = new ArrayList<>();
            for (YamlNode n : p.get("paths").asList()) {
                modelField(n.asString(), n);
                if (paths.contains(n.asString())) throw n.error("repeats the path " + n.asString());
                paths.add(n.asString());
            }
            if (paths.isEmpty()) throw p.get("paths").error("must list at least one field path");
            YamlMap prior = p.get("prior").asMap();
            double min = prior.number("min", Bounds.any());
            YamlNode maxNode = prior.get("max");
            double max = prior.number("max", Bounds.any());
            if (max < min) throw maxNode.error("must be >= min (" + Bounds.fmt(min) + ")");
            prior.finish();
            boolean observable = p.bool("observable", false);
            String rationale = p.string("rationale");
            if (rationale.isBlank()) throw p.get("rationale").error("must say why (cite [fact.id] or say assumption)");
            p.finish();
            entries.put(e.getKey(), new Entry(e.getKey(), List.copyOf(paths), min, max, observable, rationale, e.getValue().position()));
        }
        m.finish();
        return new UnobservedParameters(entries, facts);
    }

    private static void modelField(String path, YamlNode at) {
        // A declaration's * matches a registry path's * as it matches any id.
        Optional<ScenarioField> f = ScenarioFields.matching(path);
        if (f.isEmpty()) throw at.error("names no declared field of a scenario (see ScenarioFields): " + path);
        if (f.get().role() != ScenarioField.Role.MODEL) {
            throw at.error("names a " + f.get().role().name().toLowerCase(java.util.Locale.ROOT) + " field, not a parameter of the model: " + path);
        }
    }

    /** Its entries by id, in file order. */
    public Map<String, Entry> entries() { return entries; }

    /** The entries calibration may sample: all but the observable ones. */
    public List<Entry> forSampling() {
        return entries.values().stream().filter(e -> !e.observable()).toList();
    }

    /**
     * The numbers of a scenario each entry covers, by entry id in the registry's order (an entry
     * that covers none has an empty list): every number the scenario gives the model, written in
     * its files after inheritance or left at its field's declared default, whose field the entry
     * is the most specific for ({@link #entryFor}). A number written as a cited fact (a
     * {@code {fact: id}} reference), or in a field the registry lists under {@code facts} (a fact
     * written out), is left out: it is a fact, not a draw from the prior.
     *
     * @throws InputException if the scenario cannot be read
     */
    public Map<String, List<Member>> membersIn(Path scenarioFile) {
        Map<String, List<Member>> out = new LinkedHashMap<>();
        for (String id : entries.keySet()) out.put(id, new ArrayList<>());
        for (ScenarioNumbers.Number n : ScenarioNumbers.of(scenarioFile)) {
            if (n.field() == null || n.cited() != null || n.field().role() != ScenarioField.Role.MODEL) continue;
            if (facts.containsKey(n.fieldPath())) continue;
            Optional<Entry> e = entryFor(n.fieldPath());
            if (e.isEmpty()) continue;
            boolean weight = n.field().type() == ScenarioField.Type.NUMBER_MAP || n.field().unit().contains("weight");
            out.get(e.get().id()).add(new Member(n.at(), n.value(), n.field().isInteger(), weight));
        }
        return out;
    }

    /** Literal numbers that are a cited fact: field path to fact id. */
    public Map<String, String> facts() { return facts; }

    /** The entry for a concrete path: of those whose paths match it, the one with the fewest {@code *}; empty if none. */
    public Optional<Entry> entryFor(String concretePath) {
        List<Entry> best = mostSpecificFor(concretePath);
        return best.isEmpty() ? Optional.empty() : Optional.of(best.get(0));
    }

    /** The entries that match a concrete path equally specifically (more than one is an ambiguity in the registry). */
    List<Entry> mostSpecificFor(String concretePath) {
        List<Entry> out = new ArrayList<>();
        int bestStars = Integer.MAX_VALUE;
        for (Entry e : entries.values()) {
            for (String p : e.paths()) {
                if (!covers(p, concretePath)) continue;
                int stars = stars(p);
                if (stars < bestStars) {
                    out.clear();
                    bestStars = stars;
                }
                if (stars == bestStars && !out.contains(e)) out.add(e);
            }
        }
        return out;
    }

    /** Whether a path pattern ({@code *} for one id) matches a path. */
    static boolean covers(String pattern, String path) {
        String[] p = pattern.split("\\.", -1), q = path.split("\\.", -1);
        if (p.length != q.length) return false;
        for (int i = 0; i < p.length; i++) if (!p[i].equals("*") && !p[i].equals(q[i])) return false;
        return true;
    }

    private static int stars(String pattern) {
        int n = 0;
        for (String s : pattern.split("\\.")) if (s.equals("*")) n++;
        return n;
    }
}
