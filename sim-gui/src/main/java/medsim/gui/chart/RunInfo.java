package medsim.gui.chart;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import medsim.yaml.InputException;
import medsim.yaml.YamlMap;
import medsim.yaml.YamlNode;

/**
 * The fields of a run's run.json that charts use: which scenario (as the run was given it, and
 * the absolute path its {@code inputs} record for the role {@code scenario}, empty if none), its
 * name, the seed and the period.
 */
public record RunInfo(String scenario, String scenarioAbsolute, String scenarioName, long seed, LocalDate start, LocalDate end) {

    /**
     * Reads run.json.
     *
     * @throws InputException at the file, or at the field that is missing or of the wrong type
     */
    public static RunInfo read(Path runJson) {
        YamlNode root = YamlNode.parse(runJson);
        if (!root.isMap()) throw root.error("is not a medsim run.json (a JSON object is expected)");
        YamlMap m = root.asMap();
        String absolute = "";
        if (m.has("inputs") && m.get("inputs").isList()) {
            for (YamlNode input : m.get("inputs").asList()) {
                if (input.isMap() && input.asMap().string("role", "").equals("scenario")) {
                    absolute = input.asMap().string("path", "");
                    break;
                }
            }
        }
        return new RunInfo(required(m, runJson, "scenario").asString(), absolute, required(m, runJson, "scenario_name").asString(),
                required(m, runJson, "seed").asLong(), date(required(m, runJson, "start")), date(required(m, runJson, "end")));
    }

    private static YamlNode required(YamlMap m, Path file, String key) {
        if (!m.has(key)) throw InputException.of(file.toString(), "has no \"" + key + "\"");
        return m.get(key);
    }

    private static LocalDate date(YamlNode n) {
        try {
            return LocalDate.parse(n.asString());
        } catch (DateTimeParseException e) {
            throw n.error("must be a date as 2016-01-31 (got '" + n.asString() + "')");
        }
    }

    /**
     * The scenario file to draw the map with: the one run.json names, from the current folder, or
     * failing that the absolute path the run recorded; null if neither is there.
     */
    public Path scenarioFile() {
        Path given = Path.of(scenario);
        if (Files.isRegularFile(given)) return given;
        if (!scenarioAbsolute.isEmpty() && Files.isRegularFile(Path.of(scenarioAbsolute))) return Path.of(scenarioAbsolute);
        return null;
    }

    /** "Central Mediterranean 2016, seed 1": the subtitle of every chart of the run. */
    public String title() {
        return scenarioName + ", seed " + seed;
    }
}
