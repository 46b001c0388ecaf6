package medsim.gui.chart;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import medsim.yaml.InputException;

/** The fields of a run's run.json that charts use: which scenario, its name, the seed and the period. */
public record RunInfo(String scenario, String scenarioName, long seed, LocalDate start, LocalDate end) {
    private static final Pattern TEXT = Pattern.compile("\"(\\w+)\":\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern NUMBER = Pattern.compile("\"(\\w+)\":\\s*(-?[0-9.]+)");

    public static RunInfo read(Path runJson) {
        String json;
        try {
            json = Files.readString(runJson);
        } catch (IOException e) {
            throw InputException.of(runJson.toString(), "cannot be read: " + e.getMessage());
        }
        try {
            return new RunInfo(text(json, "scenario", runJson), text(json, "scenario_name", runJson),
                    Long.parseLong(number(json, "seed", runJson)),
                    LocalDate.parse(text(json, "start", runJson)), LocalDate.parse(text(json, "end", runJson)));
        } catch (RuntimeException e) {
            if (e instanceof InputException ie) throw ie;
            throw InputException.of(runJson.toString(), "is not a medsim run.json: " + e.getMessage());
        }
    }

    /** "Central Mediterranean 2016, seed 1": the subtitle of every chart of the run. */
    public String title() {
        return scenarioName + ", seed " + seed;
    }

    private static String text(String json, String key, Path file) {
        Matcher m = TEXT.matcher(json);
        while (m.find()) if (m.group(1).equals(key)) return m.group(2).replace("\\\"", "\"").replace("\\\\", "\\");
        throw InputException.of(file.toString(), "has no \"" + key + "\"");
    }

    private static String number(String json, String key, Path file) {
        Matcher m = NUMBER.matcher(json);
        while (m.find()) if (m.group(1).equals(key)) return m.group(2);
        throw InputException.of(file.toString(), "has no \"" + key + "\"");
    }
}
