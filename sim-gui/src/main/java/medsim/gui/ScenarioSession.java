package medsim.gui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import medsim.gui.map.SeaMap;
import medsim.model.World;
import medsim.model.WorldCache;
import medsim.scenario.Scenario;
import medsim.scenario.ScenarioLoader;
import medsim.yaml.FieldOverride;
import medsim.yaml.InputException;
import medsim.yaml.YamlNode;

/**
 * What the GUI will run next: the scenario file the user opened, which of its what-if
 * variants, and the fields the user set in the model tab, applied as dotted-path overrides
 * (the mechanism calibration and sweeps use). Scenarios are immutable, so nothing here edits
 * one: each run loads the file with the overrides. Keeps the last scenario that loaded, its
 * geography and its map.
 */
public final class ScenarioSession {
    /** Where overrides set in the GUI come from, as error messages name it. */
    public static final String OVERRIDE_SOURCE = "model tab";

    private final WorldCache worlds;
    /** Whether held-out scenarios may be opened (medsim gui --forecast). */
    private final boolean forecast;
    private Path openedFile;
    private List<Variant> variants = List.of();
    private int variant;
    private final Map<TunableField, Double> tuned = new EnumMap<>(TunableField.class);
    private String moreOverrides = "";
    private Scenario loaded;
    private String loadedKey;
    private SeaMap seaMap;

    /** A runnable scenario file offered as a choice: the opened file, or a what-if that extends it. */
    public record Variant(Path file, String name) {}

    /**
     * Opens a scenario file; throws {@link InputException} if it does not load. The worlds
     * (geography rasters) are built once in {@code worlds} and shared with its other users.
     */
    public ScenarioSession(Path file, WorldCache worlds) {
        this(file, worlds, false);
    }

    /**
     * As {@link #ScenarioSession(Path, WorldCache)}; with {@code forecast} false a held-out
     * scenario (one with a {@code heldOut} block, such as 2017 and its what-ifs) is refused
     * ({@link InputException}), whether opened or chosen as a what-if, since the GUI plays
     * the whole period.
     */
    public ScenarioSession(Path file, WorldCache worlds, boolean forecast) {
        this.worlds = worlds;
        this.forecast = forecast;
        open(file);
    }

    /** Opens another scenario file, forgetting the previous one's settings; on error nothing changes. */
    public void open(Path file) {
        Scenario s = notHeldOut(ScenarioLoader.load(file));
        openedFile = file;
        variants = variantsOf(file, s.name());
        variant = 0;
        tuned.clear();
        moreOverrides = "";
        accept(s);
    }

    /**
     * The scenario to run: the chosen variant with the overrides. Loads it if the settings
     * changed since the last load; throws {@link InputException} if it does not load, in
     * which case the last good scenario stays.
     */
    public Scenario scenario() {
        if (key().equals(loadedKey)) return loaded;
        Scenario s = notHeldOut(ScenarioLoader.load(currentFile(), overrides()));
        accept(s);
        return s;
    }

    /** {@code s}, unless it is held out and the session may not release its forecast. */
    private Scenario notHeldOut(Scenario s) {
        if (s.heldOut() != null && !forecast) throw s.heldOut().refusalOfTheWholePeriod("gui");
        return s;
    }

    private void accept(Scenario s) {
        seaMap = new SeaMap(s, world(s));
        loaded = s;
        loadedKey = key();
    }

    /** Undoes the model tab's overrides (after they failed to load); keeps the file and variant. */
    public Scenario withoutOverrides() {
        tuned.clear();
        moreOverrides = "";
        return scenario();
    }

    public World world(Scenario s) { return worlds.get(s.geography()); }

    /** The last scenario that loaded. */
    public Scenario loaded() { return loaded; }

    /** The map of the last scenario that loaded. */
    public SeaMap seaMap() { return seaMap; }

    public Path openedFile() { return openedFile; }

    public Path currentFile() { return variants.get(variant).file(); }

    public List<Variant> variants() { return variants; }

    public int variant() { return variant; }

    /**
     * Chooses a variant and loads it at once, so the model tab shows its values; on error nothing
     * changes. A value set in the model tab for a field the variant lacks (the plan's scale when
     * the variant's departures are in behaviour mode, say) is dropped.
     */
    public void setVariant(int index) {
        if (index < 0 || index >= variants.size() || index == variant) return;
        int previous = variant;
        Map<TunableField, Double> before = new EnumMap<>(tuned);
        variant = index;
        try {
            if (!tuned.isEmpty()) {
                Scenario plain = ScenarioLoader.load(currentFile());
                tuned.keySet().removeIf(f -> Double.isNaN(f.valueIn(plain)));
            }
            scenario();
        } catch (InputException e) {
            variant = previous;
            tuned.clear();
            tuned.putAll(before);
            throw e;
        }
    }

    /** The value the next run will use: the one set in the model tab, else the scenario's. */
    public double value(TunableField f) {
        Double v = tuned.get(f);
        return v != null ? v : f.valueIn(loaded);
    }

    public void set(TunableField f, double value) {
        if (Double.isNaN(f.valueIn(loaded))) return; // the scenario has no such field
        tuned.put(f, f.isInteger() ? Math.rint(value) : value);
    }

    public String moreOverrides() { return moreOverrides; }

    /** Further overrides, {@code path=value} separated by semicolons; checked when the next run loads. */
    public void setMoreOverrides(String text) { moreOverrides = text == null ? "" : text.strip(); }

    public List<FieldOverride> overrides() {
        List<FieldOverride> out = new ArrayList<>();
        for (Map.Entry<TunableField, Double> e : tuned.entrySet()) {
            out.add(FieldOverride.of(e.getKey().path(), e.getValue(), OVERRIDE_SOURCE, 0, 0));
        }
        for (String item : moreOverrides.split(";")) {
            if (item.isBlank()) continue;
            int eq = item.indexOf('=');
            if (eq <= 0 || eq == item.length() - 1) {
                throw InputException.of(OVERRIDE_SOURCE, "more overrides must be path=value separated by ';' (got '" + item.strip() + "')");
            }
            out.add(new FieldOverride(item.substring(0, eq).strip(), item.substring(eq + 1).strip(), OVERRIDE_SOURCE, 0, 0));
        }
        return out;
    }

    private String key() {
        return currentFile().toAbsolutePath().normalize() + "|" + tuned + "|" + moreOverrides;
    }

    /**
     * The opened file, then every scenario beside it or in a {@code whatif/} folder beside it
     * that extends it directly, by file name.
     */
    static List<Variant> variantsOf(Path file, String name) {
        List<Variant> out = new ArrayList<>();
        out.add(new Variant(file, "none: " + name));
        Path self = file.toAbsolutePath().normalize();
        Path dir = self.getParent();
        List<Path> candidates = new ArrayList<>();
        for (Path d : List.of(dir, dir.resolve("whatif"))) {
            if (!Files.isDirectory(d)) continue;
            try (Stream<Path> files = Files.list(d)) {
                files.filter(p -> p.toString().endsWith(".yaml")).sorted().forEach(candidates::add);
            } catch (IOException e) {
                // an unreadable folder offers no variants
            }
        }
        for (Path c : candidates) {
            try {
                var map = YamlNode.parse(c).asMap();
                Optional<YamlNode> ext = map.opt("extends");
                if (ext.isEmpty() || !c.getParent().resolve(ext.get().asString()).toAbsolutePath().normalize().equals(self)) continue;
                String variantName = map.opt("name").map(YamlNode::asString).orElse(c.getFileName().toString());
                out.add(new Variant(c, variantName));
            } catch (InputException e) {
                // a broken file beside the scenario is not offered
            }
        }
        return List.copyOf(out);
    }
}
