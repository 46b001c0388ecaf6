package medsim.provenance;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import medsim.format.Json;
import medsim.yaml.YamlMap;
import medsim.yaml.YamlNode;

/**
 * The files that decide a run, in the order they were read, and one SHA-256 over all of them:
 * the resolved-input digest. It covers each file's role and content, in order, not where the
 * files lie, so a project folder moved elsewhere keeps its digest while any edit to any file
 * (or another {@code extends} chain) changes it.
 */
public record RunInputs(List<InputFile> files) {
    public static final RunInputs NONE = new RunInputs(List.of());

    public RunInputs {
        files = List.copyOf(files);
    }

    /** These files, then {@code more}'s. */
    public RunInputs plus(RunInputs more) {
        List<InputFile> all = new ArrayList<>(files);
        all.addAll(more.files);
        return new RunInputs(all);
    }

    /** SHA-256 (64 hex digits) over the lines {@code role sha256}, one per file, in order. */
    public String digest() {
        StringBuilder sb = new StringBuilder();
        for (InputFile f : files) sb.append(f.role()).append(' ').append(f.sha256()).append('\n');
        return InputFile.sha256(sb.toString().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * What differs between {@code before} and these files, for a message: "X changed", "X is
     * read now", "X is no longer read"; files are matched by role and path. Empty when the
     * digests agree.
     */
    public List<String> changesSince(RunInputs before) {
        List<String> out = new ArrayList<>();
        if (digest().equals(before.digest())) return out;
        for (InputFile now : files) {
            InputFile then = before.find(now.role(), now.path());
            if (then == null) out.add(now.displayPath() + " is read now");
            else if (!then.sha256().equals(now.sha256())) out.add(now.displayPath() + " changed");
        }
        for (InputFile then : before.files) {
            if (find(then.role(), then.path()) == null) out.add(then.displayPath() + " is no longer read");
        }
        // Same files and contents in another order, or the folder moved and a file changed too.
        if (out.isEmpty()) out.add("the order or place of the input files changed");
        return out;
    }

    private InputFile find(String role, Path path) {
        for (InputFile f : files) if (f.role().equals(role) && f.path().equals(path)) return f;
        return null;
    }

    /** A JSON array of {@code {"role", "path", "sha256"}} objects, one per line, indented for a top-level field. */
    public String toJson() {
        if (files.isEmpty()) return "[]";
        StringBuilder sb = new StringBuilder("[\n");
        for (int i = 0; i < files.size(); i++) {
            InputFile f = files.get(i);
            sb.append("    {\"role\": ").append(Json.string(f.role())).append(", \"path\": ").append(Json.string(f.path().toString()))
                    .append(", \"sha256\": ").append(Json.string(f.sha256())).append(i + 1 < files.size() ? "},\n" : "}\n");
        }
        return sb.append("  ]").toString();
    }

    /** Reads what {@link #toJson()} wrote (a node of a JSON file read as YAML). */
    public static RunInputs fromJson(YamlNode list) {
        List<InputFile> out = new ArrayList<>();
        for (YamlNode n : list.asList()) {
            YamlMap m = n.asMap();
            out.add(new InputFile(m.string("role"), Path.of(m.string("path")), m.string("sha256")));
            m.finish();
        }
        return new RunInputs(out);
    }
}
