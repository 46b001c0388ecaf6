package medsim.gui.report;

import java.nio.file.Files;
import java.nio.file.Path;

import medsim.experiment.CalibrationOutputs;
import medsim.yaml.InputException;

/**
 * What kind of medsim output a folder holds, told from the files in it: a run (run.json,
 * daily.csv), a comparison (compare.csv), a prediction (predictive.csv: the 2017 forecast is
 * one), a sweep (sweep.json, points.csv or runs.csv), a calibration (its fit.csv,
 * posterior-summary.csv, calibrated.yaml...) or a validation (validation.csv).
 */
enum FolderKind {
    RUN("a run"), COMPARISON("a comparison"), PREDICTION("a prediction"), SWEEP("a sweep"), CALIBRATION("a calibration"), VALIDATION("a validation");

    private final String description;

    FolderKind(String description) {
        this.description = description;
    }

    /** "a run", "a sweep"... */
    String description() { return description; }

    /**
     * The kind of {@code dir}'s result.
     *
     * @throws InputException naming the folder if it is no folder or holds no medsim result
     */
    static FolderKind of(Path dir) {
        if (!Files.exists(dir)) {
            throw InputException.of(dir.toString(), "does not exist (expected the output folder of medsim run, compare, predict, sweep, validate or calibrate)");
        }
        if (!Files.isDirectory(dir)) {
            throw InputException.of(dir.toString(), "is not a folder (expected the output folder of medsim run, compare, predict, sweep, validate or calibrate)");
        }
        if (has(dir, "run.json") || has(dir, "daily.csv")) return RUN;
        if (has(dir, "compare.csv") || has(dir, "compare.json")) return COMPARISON;
        if (has(dir, "predictive.csv") || has(dir, "predictive.json")) return PREDICTION;
        if (has(dir, "sweep.json") || has(dir, "points.csv") || has(dir, "runs.csv")) return SWEEP;
        if (CalibrationOutputs.FILES.stream().anyMatch(f -> has(dir, f))) return CALIBRATION;
        if (has(dir, "validation.csv")) return VALIDATION;
        throw InputException.of(dir.toString(), "holds no medsim result: none of run.json (a run), compare.csv (a comparison), predictive.csv (a prediction), "
                + "sweep.json or points.csv (a sweep), validation.csv (a validation), fit.csv or posterior-summary.csv (a calibration)");
    }

    private static boolean has(Path dir, String file) {
        return Files.isRegularFile(dir.resolve(file));
    }
}
