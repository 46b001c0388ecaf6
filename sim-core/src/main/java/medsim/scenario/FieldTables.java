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
 * ...). {@link #rewrite} replaces what is between the markers. Also the table of the registry
 * of unobserved parameters, {@code docs/unobserved-parameters.md} ({@link #registryDoc}).
 * {@link #main} writes both (run by {@code scenarios/field-tables.sh}); ScenarioFieldsTest and
 * UnobservedParametersTest compare the documents with what it would write.
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
        t.put("top", List.of(ScenarioFields.TOP, ScenarioFields.PERIOD, ScenarioFields.HELD_OUT, ScenarioFields.OBSERVATION_ERROR));
        t.put("geography", List.of(ScenarioFields.GEOGRAPHY));
        t.put("places.*", List.of(ScenarioFields.PLACE));
        t.put("areas.*", List.of(ScenarioFields.AREA));
        t.put("searchRescueRegions.*", List.of(ScenarioFields.SEARCH_RESCUE_REGION));
        t.put("mrccs.*", List.of(ScenarioFields.MRCC));
        t.put("mrccs.*.placesOfSafety.*", List.of(ScenarioFields.PLACE_OF_SAFETY));
        t.put("weather", List.of(ScenarioFields.WEATHER));
        t.put("boatTypes.*", List.of(ScenarioFields.BOAT_TYPE));
        t.put("departures", List.of(ScenarioFields.DEPARTURES, ScenarioFields.DETENTION, ScenarioFields.BOAT_STOCK,
                ScenarioFields.ENFORCEMENT_ASHORE, ScenarioFields.ENFORCEMENT_RESPONSE, ScenarioFields.LAUNCH_DECISION));
        t.put("smuggling", List.of(ScenarioFields.SMUGGLING, ScenarioFields.DEPARTURE_WINDOW, ScenarioFields.ESCORT, ScenarioFields.DISTRESS));
        t.put("validation.*", List.of(ScenarioFields.VALIDATION, ScenarioFields.VALIDATION_BAND));
        t.put("forces.*", List.of(ScenarioFields.FORCE));
        t.put("forces.*.mandate[]", List.of(ScenarioFields.MANDATE));
        t.put("forces.*.assets.*", List.of(ScenarioFields.ASSET, ScenarioFields.BOARDING_CRAFT));
        t.put("informationLinks[]", List.of(ScenarioFields.INFORMATION_LINK));
        t.put("coastguardCapacity", List.of(ScenarioFields.COASTGUARD_CAPACITY, ScenarioFields.COASTGUARD_BOATS, ScenarioFields.COASTGUARD_BOAT_CHANGE,
                ScenarioFields.COASTGUARD_RANGE, ScenarioFields.COASTGUARD_NIGHT, ScenarioFields.COASTGUARD_COURSE, ScenarioFields.COASTGUARD_UNIT,
                ScenarioFields.COASTGUARD_DEAL));
        t.put("forces.*.logisticSupport[]", List.of(ScenarioFields.LOGISTIC_SUPPORT));
        t.put("embargoTraffic.*", List.of(ScenarioFields.EMBARGO_TRAFFIC));
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

    /** The registry's document, relative to the repository's top folder. */
    public static final Path REGISTRY_DOC = Path.of("docs", "unobserved-parameters.md");

    /**
     * The registry of unobserved parameters as a Markdown document: each entry with its
     * fields, the values the shipped 2015 and 2016 scenarios give it (written or by default),
     * its prior and rationale; then the detection table's assumptions (each written in
     * {@code scenarios/base/detection.yaml} as {@code {assumption, low, high, rationale}}, the
     * one place it is declared); then the literal numbers that are cited facts.
     */
    static String registryDoc(UnobservedParameters registry, List<ScenarioNumbers.Number> y2015, List<ScenarioNumbers.Number> y2016,
                              List<medsim.detection.Assumption> detection) {
        StringBuilder out = new StringBuilder();
        out.append("# Unobserved parameters\n\n")
                .append("<!-- generated by scenarios/field-tables.sh from scenarios/registry/unobserved.yaml; do not edit by hand -->\n\n")
                .append("Every number of the shipped scenarios that no source in `seeds/facts.yaml` gives, with the range it is\n")
                .append("believed to lie in (the prior, both ends included) and why. The registry is\n")
                .append("`scenarios/registry/unobserved.yaml` (read by `medsim.scenario.UnobservedParameters`); calibration\n")
                .append("and screening sample from its priors. *Observable* marks a quantity one could look up (a fleet's\n")
                .append("size, a ship's speed) that has no citation yet: it is to be cited, never fitted. The 2015 and 2016\n")
                .append("columns are the values `scenarios/central-med-2015.yaml` and `-2016.yaml` give (several values: one\n")
                .append("per field or id the entry covers; *default*: the field is left out and its declared default applies).\n")
                .append("`UnobservedParametersTest` checks that every number of the shipped scenarios is a cited fact, an\n")
                .append("entry here, or in a field declared a setting or geometry, and that every value lies in its prior.\n\n")
                .append("| parameter | fields | 2015 | 2016 | prior | observable | rationale |\n|---|---|---|---|---|---|---|\n");
        for (UnobservedParameters.Entry e : registry.entries().values()) {
            out.append("| `").append(e.id()).append("` | ");
            out.append(String.join(", ", e.paths().stream().map(p -> "`" + p + "`").toList()));
            out.append(" | ").append(values(registry, e, y2015)).append(" | ").append(values(registry, e, y2016));
            out.append(" | ").append(num(e.priorMin())).append(" to ").append(num(e.priorMax()));
            out.append(" | ").append(e.observable() ? "yes" : "").append(" | ").append(e.rationale().replace("|", "\\|")).append(" |\n");
        }
        out.append("\n## The detection table's assumptions\n\n")
                .append("The detection table, `scenarios/base/detection.yaml` (read by `medsim.detection.DetectionTable`), declares\n")
                .append("each of its unobserved values where it is used, as `{assumption: value, low, high, rationale}`; they are\n")
                .append("listed here and nowhere else. `DetectionTableTest` checks that each has a prior range and a rationale.\n\n")
                .append("| cell value | value | prior | rationale |\n|---|---|---|---|\n");
        for (medsim.detection.Assumption a : detection) {
            out.append("| `").append(a.path()).append("` | ").append(num(a.value())).append(" | ").append(num(a.low())).append(" to ").append(num(a.high()))
                    .append(" | ").append(a.rationale().replace("|", "\\|")).append(" |\n");
        }
        out.append("\n## Literal numbers that are cited facts\n\n| field | fact |\n|---|---|\n");
        for (Map.Entry<String, String> f : registry.facts().entrySet()) {
            out.append("| `").append(f.getKey()).append("` | `").append(f.getValue()).append("` |\n");
        }
        return out.toString();
    }

    /** The distinct values a year gives an entry: up to four listed, else their range and count. */
    private static String values(UnobservedParameters registry, UnobservedParameters.Entry e, List<ScenarioNumbers.Number> year) {
        java.util.TreeSet<Double> distinct = new java.util.TreeSet<>();
        boolean allDefault = true;
        int n = 0;
        for (ScenarioNumbers.Number x : year) {
            if (x.cited() != null || registry.entryFor(x.fieldPath()).filter(e::equals).isEmpty()) continue;
            distinct.add(x.value());
            allDefault &= x.isDefault();
            n++;
        }
        if (distinct.isEmpty()) return "";
        String v = distinct.size() <= 4 ? String.join(", ", distinct.stream().map(FieldTables::num).toList())
                : num(distinct.first()) + " to " + num(distinct.last()) + " (" + n + " values)";
        return allDefault ? v + " (default)" : v;
    }

    /** A number as written in the scenario files: whole numbers as digits, others in plain decimals (0.0005, not 5.0E-4). */
    private static String num(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    /**
     * Rewrites the field tables of {@code TOP/scenarios/README.md} and writes
     * {@code TOP/docs/unobserved-parameters.md}, where TOP is {@code args[0]}, the repository's top folder.
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: FieldTables TOP_FOLDER");
            System.exit(2);
        }
        Path top = Path.of(args[0]);
        Path readme = top.resolve("scenarios").resolve("README.md");
        String next;
        try {
            next = rewrite(Files.readString(readme, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            System.err.println(readme + ": " + e.getMessage());
            System.exit(1);
            return;
        }
        write(readme, next);
        System.err.println("field-tables: rewrote " + tables().size() + " field tables in " + readme);
        Path doc = top.resolve(REGISTRY_DOC);
        write(doc, registryDoc(top));
        System.err.println("field-tables: wrote " + doc);
    }

    /** The registry document of the repository at {@code top}. */
    static String registryDoc(Path top) {
        return registryDoc(UnobservedParameters.load(top.resolve(UnobservedParameters.SHIPPED)),
                ScenarioNumbers.of(top.resolve("scenarios").resolve("central-med-2015.yaml")),
                ScenarioNumbers.of(top.resolve("scenarios").resolve("central-med-2016.yaml")),
                detectionAssumptions(top));
    }

    /** The assumptions of the shipped detection table, {@code TOP/scenarios/base/detection.yaml}. */
    static List<medsim.detection.Assumption> detectionAssumptions(Path top) {
        return medsim.detection.DetectionTable.load(top.resolve("scenarios").resolve("base").resolve("detection.yaml")).table().assumptions();
    }

    private static void write(Path file, String text) throws IOException {
        Path partial = file.resolveSibling("." + file.getFileName() + ".partial");
        Files.writeString(partial, text, StandardCharsets.UTF_8);
        Files.move(partial, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }
}
