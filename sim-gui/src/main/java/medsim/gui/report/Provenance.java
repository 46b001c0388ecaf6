package medsim.gui.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import medsim.yaml.YamlMap;
import medsim.yaml.YamlNode;

/**
 * What a result's JSON file (run.json, sweep.json, compare.json) says about where it came
 * from: the build, the scenario and every input file with its SHA-256, the seeds. Read as
 * written; a field the file lacks (an older build's) is shown as absent, not guessed.
 */
final class Provenance {
    private final Path file;
    private final YamlMap json;

    private Provenance(Path file, YamlMap json) {
        this.file = file;
        this.json = json;
    }

    /** Reads a medsim JSON file; a file that is no JSON object is bad input at its line. */
    static Provenance read(Path file) {
        return new Provenance(file, YamlNode.parse(file).asMap());
    }

    Path file() { return file; }

    /**
     * A field's value as written ({@code 1}, {@code false}, a text; a list's first
     * {@link #LIST_ITEMS} items), or "" if the file has none or it is null.
     */
    String text(String key) {
        if (!json.has(key)) return "";
        YamlNode n = json.get(key);
        if (n.isList()) {
            List<String> items = new ArrayList<>();
            for (YamlNode i : n.asList()) items.add(i.isMap() || i.isList() ? "…" : i.asString());
            return firstOf(items);
        }
        return n.isMap() ? "" : n.asString();
    }

    /**
     * Checks the fields a page is built from: each of {@code texts} present as a single value,
     * each of {@code wholes} a whole number from 0.
     *
     * @throws InputException at the file's start for a missing field, at the field for one of the wrong type
     */
    Provenance require(List<String> texts, List<String> wholes) {
        for (String key : texts) {
            if (!json.has(key)) throw new medsim.yaml.InputException(file.toString(), 1, 1, key, "is missing (medsim writes it)");
            YamlNode n = json.get(key);
            if (n.isMap() || n.isList()) throw n.error("must be a single value, got " + (n.isMap() ? "a mapping" : "a list"));
        }
        for (String key : wholes) {
            if (!json.has(key)) throw new medsim.yaml.InputException(file.toString(), 1, 1, key, "is missing (medsim writes it)");
            YamlNode n = json.get(key);
            if (n.isMap() || n.isList() || n.asLong() < 0) throw n.error("must be a whole number from 0, as medsim writes it");
        }
        return this;
    }

    /** The most items of a list (seeds, say) a page shows. */
    static final int LIST_ITEMS = 20;

    /** "a, b, c" or, for a longer list, its first {@link #LIST_ITEMS} items and how many there are: "a, b, … (120 in all)". */
    static String firstOf(List<String> items) {
        if (items.size() <= LIST_ITEMS) return String.join(", ", items);
        return String.join(", ", items.subList(0, LIST_ITEMS)) + ", … (" + items.size() + " in all)";
    }

    /** "medsim 0.1.0, build 17a23377…, git 64fc9d4 (clean)": the build of the command that wrote the file. */
    List<String[]> build() {
        List<String[]> out = new ArrayList<>();
        String dirty = text("git_dirty");
        out.add(new String[] {"medsim build id", text("build_id")});
        out.add(new String[] {"medsim version, git commit", text("medsim_version") + ", " + text("git_commit")
                + (dirty.equals("true") ? " with uncommitted changes" : dirty.equals("false") ? " (clean)" : "")});
        out.add(new String[] {"Java", text("java")});
        return out;
    }

    /**
     * The "parameters" fact: the scenario's own values, or the posterior sample the runs drew
     * theirs from ({@code posterior}, {@code posterior_sha256}, and a single run's
     * {@code posterior_line}). {@code drawn} says who drew ("each replication", "pair i of A and B").
     */
    String[] parameters(String drawn) {
        String posterior = text("posterior");
        if (posterior.isEmpty()) return new String[] {"parameters", "the scenario's, as its files give them (no parameter sample)"};
        String line = text("posterior_line");
        return new String[] {"parameters", drawn + " drawn by weight from the posterior sample " + posterior
                + (line.isEmpty() ? "" : " (the set at line " + line + ")") + " (SHA-256 " + text("posterior_sha256") + ")"};
    }

    /**
     * The facts of replications of one scenario (validation.json, predictive.json): the
     * scenario, its resolved inputs' SHA-256, the period, the base seed, the replications and
     * their seeds, and where each replication's parameters came from.
     */
    List<String[]> replicationFacts() {
        List<String[]> facts = new ArrayList<>();
        facts.add(new String[] {"scenario", text("scenario_name") + " (" + text("scenario") + ")"});
        facts.add(new String[] {"resolved inputs SHA-256", text("inputs_sha256")});
        facts.add(new String[] {"period", text("start") + " to " + text("end")});
        facts.add(new String[] {"base seed", text("base_seed")});
        facts.add(new String[] {"replications and their seeds", text("replications") + ": " + text("seeds")});
        facts.add(parameters("each replication's parameters"));
        return facts;
    }

    /** The input files under {@code key} (role, path, SHA-256), as a table. */
    Table inputs(String key, String tableId) {
        Table t = new Table(tableId, List.of("role", "file", "SHA-256"));
        if (!json.has(key)) return t;
        for (YamlNode n : json.get(key).asList()) {
            YamlMap m = n.asMap();
            t.row(m.string("role", ""), m.string("path", ""), m.string("sha256", ""));
        }
        return t;
    }
}
