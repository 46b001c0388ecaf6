package medsim.experiment;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import medsim.format.Numbers;
import medsim.scenario.ScenarioLoader;
import medsim.scenario.UnobservedParameters;
import medsim.yaml.FieldOverride;
import medsim.yaml.InputException;
import medsim.yaml.InputFiles;
import medsim.yaml.YamlMap;
import medsim.yaml.YamlNode;

/**
 * A screening of the registry of unobserved parameters (a sweep file's {@code factors:
 * {registry: FILE}}): one Morris factor per registry entry ({@link FactorGroup}), and the rule
 * stated in advance that decides, from the Morris statistics, which entries are calibrated.
 *
 * <p>The rule: an entry is fixed at its documented value when the upper end of its mu*'s 95%
 * bootstrap interval (mu* + mu_star_conf) is below {@link #FIX_BELOW} of the largest mu* of
 * every factor, for every metric of the sweep (the fit targets); otherwise it is calibrated.
 *
 * <p>An entry is no factor when it is observable (a quantity to cite, never to fit), when its
 * prior is one value, when it covers no number of the scenario, when its numbers are weights
 * over a whole (they mean something only together: a composition needs a design of its own),
 * or when the sweep file leaves it out ({@code exclude}, with the reason). Each is a row of
 * {@code screening.csv} all the same, saying why.
 *
 * @param registry the registry file
 * @param factors  the factors, in the registry's order
 * @param entries  every entry of the registry, in its order, with its decision before any run (a factor's is {@code screen})
 */
public record Screening(Path registry, List<FactorGroup> factors, List<Row> entries) {

    /** The share of the largest mu* below which an entry's upper bound must lie, for every metric, to be fixed. */
    public static final double FIX_BELOW = 0.05;

    /** The Morris trajectories a screening needs at least: fewer give no bootstrap interval on mu* ({@link Intervals#MIN_SAMPLE}). */
    public static final int MIN_TRAJECTORIES = Intervals.MIN_SAMPLE;

    /**
     * An entry of the registry and what the screening does with it: {@code decision} is
     * {@code screen} (as {@code factor}, its id or the name of the entries screened with it),
     * or says why not ({@code cite}, {@code fix}, {@code absent}, {@code not screened}, with a note).
     */
    public record Row(String entry, int fields, String factor, String decision, String note) {}

    /**
     * Reads a sweep file's {@code factors} mapping: {@code registry} (a path relative to the sweep
     * file); optional {@code together}, a mapping of factor names to lists of entry ids screened
     * as one factor (for entries whose fields the scenario binds together); optional
     * {@code exclude}, a mapping of entry ids to the reason each is left out.
     *
     * @throws InputException for a registry that cannot be read or is malformed, an entry id
     *         the registry lacks or that is named twice, a blank reason, a registry with no factor
     *         left for the scenario, or a factor that makes the scenario invalid at either end of its prior
     */
    static Screening read(YamlNode factorsNode, Path scenarioFile) {
        YamlMap f = factorsNode.asMap();
        YamlNode registryNode = f.get("registry");
        Path registry = registryNode.asPath();
        String unusable = InputFiles.unusable(registry, InputFiles.MAX_YAML_BYTES);
        if (unusable != null) throw registryNode.error("names a registry that " + unusable + ": " + registry);
        UnobservedParameters reg = UnobservedParameters.load(registry);
        Map<String, String> groupOf = new LinkedHashMap<>();
        Map<String, YamlNode> named = new LinkedHashMap<>();
        if (f.has("together")) {
            for (Map.Entry<String, YamlNode> g : f.get("together").asMap().entries()) {
                if (reg.entries().containsKey(g.getKey())) throw g.getValue().error("is the name of a registry entry: name entries screened together otherwise");
                List<YamlNode> ids = g.getValue().asList();
                if (ids.size() < 2) throw g.getValue().error("must list at least two entries to screen together");
                for (YamlNode n : ids) {
                    entry(reg, registry, n, named);
                    groupOf.put(n.asString(), g.getKey());
                }
            }
        } else {
            f.opt("together");
        }
        Map<String, String> excluded = new LinkedHashMap<>();
        if (f.has("exclude")) {
            for (Map.Entry<String, YamlNode> e : f.get("exclude").asMap().entries()) {
                entry(reg, registry, e.getValue(), e.getKey(), named);
                String why = e.getValue().asString();
                if (why.isBlank()) throw e.getValue().error("must say why the entry is left out");
                excluded.put(e.getKey(), why);
            }
        } else {
            f.opt("exclude");
        }
        f.finish();
        Map<String, List<UnobservedParameters.Member>> members = reg.membersIn(scenarioFile);
        Map<String, FactorGroup> factors = new LinkedHashMap<>();
        List<Row> rows = new ArrayList<>();
        for (UnobservedParameters.Entry e : reg.entries().values()) {
            List<UnobservedParameters.Member> ms = members.get(e.id());
            String decision = "screen", note = "";
            if (e.observable()) {
                decision = "cite";
                note = "observable: a fact to cite, never calibrated";
            } else if (e.isFixed()) {
                decision = "fix";
                note = "its prior is one value (" + Numbers.format(e.priorMin()) + ")";
            } else if (ms.isEmpty()) {
                decision = "absent";
                note = "covers no number of the scenario";
            } else if (excluded.containsKey(e.id())) {
                decision = "not screened";
                note = excluded.get(e.id());
            } else if (ms.stream().anyMatch(UnobservedParameters.Member::weight)) {
                decision = "not screened";
                note = "weights over a whole: they mean something only together";
            }
            String factor = "";
            if (decision.equals("screen")) {
                String group = groupOf.get(e.id());
                factor = group == null ? e.id() : group;
                FactorGroup before = factors.get(factor);
                List<FactorGroup.Field> fields = new ArrayList<>(before == null ? List.of() : before.fields());
                fields.addAll(FactorGroup.fields(e, ms));
                List<String> entries = new ArrayList<>(before == null ? List.of() : before.entries());
                entries.add(e.id());
                factors.put(factor, new FactorGroup(factor, entries, fields, registry.toString()));
                if (group != null) note = "screened together as " + group;
            } else if (groupOf.containsKey(e.id())) {
                throw named.get(e.id()).error("is not a factor (" + decision + (note.isEmpty() ? "" : ": " + note) + "), so it cannot be screened together with others");
            }
            rows.add(new Row(e.id(), ms.size(), factor, decision, note));
        }
        if (factors.isEmpty()) throw registryNode.error("leaves no factor to screen in " + scenarioFile + " (every entry is observable, fixed, absent, weights or excluded)");
        checkEnds(scenarioFile, List.copyOf(factors.values()));
        return new Screening(registry, List.copyOf(factors.values()), rows);
    }

    /**
     * Checks every factor at either end of its priors, the other numbers as written: first all
     * factors at once (one load per end, as a sweep of the 2016 year has some hundred factors),
     * then, if the scenario refuses that, one factor at a time, to name the one at fault. A
     * refusal that only all of them together give is left to {@code medsim check}, which loads
     * every design point ({@link SweepPlan#checkEveryPoint}).
     */
    private static void checkEnds(Path scenarioFile, List<FactorGroup> factors) {
        for (double level : new double[] {0, 1}) {
            List<FieldOverride> all = new ArrayList<>();
            for (FactorGroup g : factors) all.addAll(g.overrides(level));
            try {
                ScenarioLoader.load(scenarioFile, all);
                continue;
            } catch (InputException e) {
                // find the factor at fault
            }
            for (FactorGroup g : factors) check(scenarioFile, g, level, level == 0 ? "its prior's min" : "its prior's max");
        }
    }

    private static void entry(UnobservedParameters reg, Path registry, YamlNode n, Map<String, YamlNode> named) {
        entry(reg, registry, n, n.asString(), named);
    }

    /** Checks that an id the sweep file names is an entry of the registry, named once. */
    private static void entry(UnobservedParameters reg, Path registry, YamlNode at, String id, Map<String, YamlNode> named) {
        if (!reg.entries().containsKey(id)) throw at.error("is " + id + ", not an entry of the registry " + registry);
        if (named.containsKey(id)) throw at.error("names the entry " + id + " a second time (together or exclude)");
        named.put(id, at);
    }

    /** Loads the scenario with one factor at one end of its priors, every other number as written. */
    private static void check(Path scenarioFile, FactorGroup g, double level, String what) {
        try {
            ScenarioLoader.load(scenarioFile, g.overrides(level));
        } catch (InputException e) {
            if (g.file().equals(e.file())) throw e; // a field's own value refused (its range narrower than the prior): at the entry
            FactorGroup.Field first = g.fields().get(0);
            throw new InputException(g.file(), first.line(), first.column(), "parameters." + g.entries().get(0),
                    "with " + g.name() + " at " + what + " makes the scenario invalid: " + e.getMessage());
        }
    }

    /** Lines for stderr before the runs: the entries that are no factor because the scenario lacks them. */
    List<String> warnings() {
        List<String> out = new ArrayList<>();
        for (Row r : entries) {
            if (r.decision().equals("absent")) out.add(registry + ": warning: entry " + r.entry() + " covers no number of the scenario: not screened");
        }
        return out;
    }

    /**
     * The rule applied to one factor: the upper end of its mu*'s interval over the largest mu*,
     * per metric (0 for a metric no factor moves), and whether it is calibrated (some share at
     * or above {@link #FIX_BELOW}, or a share that is not a number).
     *
     * @param effects per metric, the Morris statistics of every factor, in the design's order
     * @return per factor, per metric, mu*'s upper bound over the metric's largest mu*
     */
    public static double[][] upperShares(List<MorrisEffects.Effect[]> effects, int factors) {
        double[][] out = new double[factors][effects.size()];
        for (int m = 0; m < effects.size(); m++) {
            MorrisEffects.Effect[] ef = effects.get(m);
            double largest = 0;
            for (MorrisEffects.Effect e : ef) largest = Math.max(largest, e.muStar());
            for (int j = 0; j < factors; j++) {
                double upper = ef[j].muStar() + ef[j].muStarConf();
                out[j][m] = largest == 0 ? 0 : upper / largest;
            }
        }
        return out;
    }

    /** Whether a factor with these shares ({@link #upperShares}) is calibrated; a share that is not a number (no interval) counts as not below. */
    public static boolean calibrate(double[] shares) {
        for (double s : shares) if (!(s < FIX_BELOW)) return true;
        return false;
    }
}
