package medsim.record;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import medsim.yaml.InputException;

/**
 * The files medsim writes into an output folder, of every command, in one list; and
 * {@code --force}'s clearing of a folder, which removes those and refuses a folder that holds
 * anything else.
 */
public final class OutputFolder {
    /** The lock file (see {@link FolderLock}): held while a medsim command writes to the folder. */
    public static final String LOCK = ".medsim.lock";
    /** The lock file of sweeps by earlier builds, which locked only sweeps: medsim's, and removed by {@code --force}. */
    static final String OLD_SWEEP_LOCK = ".medsim-sweep.lock";

    /** The files of {@code medsim run}. */
    public static final List<String> RUN_FILES = List.of("events.csv", "summary.csv", "daily.csv", "assets.csv", "run.json");

    /** Every file name a medsim command writes into its output folder. */
    public static final List<String> MEDSIM_FILES = Stream.concat(RUN_FILES.stream(), Stream.of(
            "sweep.json", "journal.csv", "runs.csv", "points.csv", "sobol.csv", "morris.csv", // sweep, merge
            "validation.csv",                                                                 // validate
            "compare.csv", "compare.json",                                                    // compare
            "calibration.csv", "fitted.csv", "fit.csv", "calibrated.yaml",                    // calibrate
            LOCK, OLD_SWEEP_LOCK)).toList();

    private OutputFolder() {}

    /** Whether {@code file} is the lock file of its folder, which says nothing about what the folder holds. */
    public static boolean isLock(Path file) {
        return file.getFileName().toString().equals(LOCK);
    }

    /**
     * What a folder holds besides medsim's partial files and its lock: empty if the folder is
     * new, or holds only what killed commands left. Empty if the folder does not exist.
     *
     * @throws FileAccessException if the folder cannot be listed
     */
    public static List<Path> contents(Path dir) {
        return AtomicFiles.contents(dir).stream().filter(p -> !isLock(p)).toList();
    }

    /**
     * For a command that replaces its own earlier result ({@code validate}, {@code compare},
     * {@code calibrate}): refuses a folder that holds anything else, so that its files never
     * land beside another command's (a run's, a sweep's) or the user's.
     *
     * @param own the names of the files the command writes
     * @throws InputException naming one file that is not the command's
     */
    public static void requireOnly(Path dir, String command, List<String> own) {
        Optional<Path> other = contents(dir).stream().filter(p -> !own.contains(p.getFileName().toString()) || Files.isDirectory(p)).findFirst();
        if (other.isPresent()) {
            throw InputException.of(dir.toString(), "--out folder holds " + other.get().getFileName() + ", which is not a file of medsim " + command
                    + "; give an empty folder, or one of an earlier " + command);
        }
    }

    /**
     * For {@code --force}: removes medsim's files of any command, and the partial files killed
     * runs left, from {@code dir}; all but the sweep lock, which its holder keeps. Does nothing
     * if {@code dir} is not a folder.
     *
     * @throws InputException if the folder holds anything else, naming one such file; then nothing is removed
     * @throws FileAccessException if the folder cannot be listed or a file not removed
     */
    public static void clearForRerun(Path dir) {
        List<Path> entries = AtomicFiles.contents(dir);
        Optional<Path> foreign = entries.stream().filter(p -> !MEDSIM_FILES.contains(p.getFileName().toString()) || Files.isDirectory(p)).findFirst();
        if (foreign.isPresent()) {
            throw InputException.of(dir.toString(), "--out folder holds files that are not medsim's (" + foreign.get().getFileName()
                    + "); --force replaces only medsim's files: choose another folder");
        }
        AtomicFiles.deleteLeftovers(dir);
        for (Path p : entries) {
            if (isLock(p)) continue;
            try {
                Files.deleteIfExists(p);
            } catch (IOException e) {
                throw FileAccessException.writing(p, e);
            }
        }
    }
}
