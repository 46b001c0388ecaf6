package medsim.scenario;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The field tables of {@code scenarios/README.md}, generated from {@link ScenarioFields}. Each
 * table sits between {@code <!-- field-table: ID -->} and {@code <!-- field-table end -->},
 * where ID is the first section it shows ({@code top}, {@code geography}, {@code boatTypes.*}
 * ...). {@link #rewrite} replaces what is between the markers; {@link #main} does so in place
 * (run by {@code scenarios/field-tables.sh}). A test compares the README with {@link #rewrite}.
 */
public final class FieldTables {
    private FieldTables() {}

    /** Marker that opens a table; the table's id follows, then {@link #MARKER_TAIL}. */
    static final String MARKER_HEAD = "<!-- field-table: ";
    static final String MARKER_TAIL = " (generated from ScenarioFields by scenarios/field-tables.sh; do not edit by hand) -->";
    static final String END = "<!-- field-table end -->";

    /** The tables by id, each the sections it shows; field names are relative to the first. */
    static Map<String, List<FieldSection>> tables() {
        Map<String, List<FieldSection>> t = new LinkedHashMap<>();
        t.put("top", List.of(ScenarioFields.TOP, ScenarioFields.PERIOD));
        t.put("geography", List.of(ScenarioFields.GEOGRAPHY));
        t.put("places.*", List.of(ScenarioFields.PLACE));
        t.put("areas.*", List.of(ScenarioFields.AREA));
        t.put("searchRescueRegions.*", List.of(ScenarioFields.SEARCH_RESCUE_REGION));
        t.put("mrccs.*", List.of(ScenarioFields.MRCC));
        t.put("mrccs.*.placesOfSafety.*", List.of(ScenarioFields.PLACE_OF_SAFETY));
        t.put("weather", List.of(ScenarioFields.WEATHER));
        t.put("boatTypes.*", List.of(ScenarioFields.BOAT_TYPE));
        t.put("smuggling", List.of(ScenarioFields.SMUGGLING, ScenarioFields.DEPARTURE_WINDOW, ScenarioFields.ESCORT, ScenarioFields.DISTRESS));
        t.put("validation.*", List.of(ScenarioFields.VALIDATION));
        t.put("forces.*", List.of(ScenarioFields.FORCE));
        t.put("forces.*.mandate[]", List.of(ScenarioFields.MANDATE));
        t.put("forces.*.assets.*", List.of(ScenarioFields.ASSET));
        return t;
    }

    /** One table in Markdown: a row per field, in declaration order. */
    static String table(List<FieldSection> sections) {
        String first = sections.get(0).path();
        List<String> shown = new ArrayList<>();
        for (FieldSection s : sections) shown.add(s.path());
        StringBuilder out = new StringBuilder("| field | unit | range | default | meaning |\n|---|---|---|---|---|\n");
        for (ScenarioField f : ScenarioFields.all()) {
            if (!shown.contains(f.section())) continue;
            String name = f.section().equals(first) ? f.key()
                    : (first.isEmpty() ? f.section() : f.section().substring(first.length() + 1)) + "." + f.key();
            String full = f.path();
            if (shown.contains(full)) continue; // a mapping whose fields this table shows
            String range = f.rangeText();
            out.append("| `").append(name).append("` | ").append(f.unit()).append(" | ").append(range)
                    .append(" | ").append(f.defaultText()).append(" | ").append(f.description()).append(" |\n");
        }
        return out.toString();
    }

    /**
     * The text with every marked table replaced by its generated version.
     *
     * @throws IllegalArgumentException if a marker is unclosed, or names no table, or a table has no marker
     */
    public static String rewrite(String text) {
        Map<String, List<FieldSection>> tables = tables();
        List<String> seen = new ArrayList<>();
        StringBuilder out = new StringBuilder();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            out.append(line);
            if (i + 1 < lines.length) out.append('\n');
            if (!line.startsWith(MARKER_HEAD)) continue;
            String id = line.substring(MARKER_HEAD.length()).replace(MARKER_TAIL, "");
            if (!tables.containsKey(id)) throw new IllegalArgumentException("line " + (i + 1) + ": no field table " + id + " (known: " + tables.keySet() + ")");
            if (!line.equals(MARKER_HEAD + id + MARKER_TAIL)) throw new IllegalArgumentException("line " + (i + 1) + ": marker should read " + MARKER_HEAD + id + MARKER_TAIL);
            int end = i + 1;
            while (end < lines.length && !lines[end].equals(END)) end++;
            if (end == lines.length) throw new IllegalArgumentException("line " + (i + 1) + ": field table " + id + " has no end marker " + END);
            out.append('\n').append(table(tables.get(id))).append('\n');
            seen.add(id);
            i = end - 1;
        }
        List<String> missing = new ArrayList<>(tables.keySet());
        missing.removeAll(seen);
        if (!missing.isEmpty()) throw new IllegalArgumentException("no marker for the field tables " + missing);
        return out.toString();
    }

    /** Rewrites the field tables of the README named by {@code args[0]} in place. */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: FieldTables README.md");
            System.exit(2);
        }
        Path readme = Path.of(args[0]);
        String text = Files.readString(readme, StandardCharsets.UTF_8);
        String next;
        try {
            next = rewrite(text);
        } catch (IllegalArgumentException e) {
            System.err.println(readme + ": " + e.getMessage());
            System.exit(1);
            return;
        }
        Path partial = readme.resolveSibling("." + readme.getFileName() + ".partial");
        Files.writeString(partial, next, StandardCharsets.UTF_8);
        Files.move(partial, readme, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        System.err.println("field-tables: rewrote " + seen(next) + " tables in " + readme);
    }

    private static int seen(String text) {
        int n = 0;
        for (String line : text.split("\n")) if (line.startsWith(MARKER_HEAD)) n++;
        return n;
    }
}
