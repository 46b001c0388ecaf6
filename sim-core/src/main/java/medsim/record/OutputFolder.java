package medsim.record;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
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

    /** The lock file of shard {@code k} of a calibration, beside the folder's own (see {@link FolderLock#acquireShard}). */
    public static String shardLock(int k) {
        return ".medsim-shard-" + k + ".lock";
    }

    private static final java.util.regex.Pattern SHARD_LOCK = java.util.regex.Pattern.compile("\\.medsim-shard-(0|[1-9][0-9]{0,8})\\.lock");
    /** The journal of shard K of an ABC-SMC calibration (medsim.experiment.AbcJournal), named for its shard. */
    private static final java.util.regex.Pattern ABC_JOURNAL = java.util.regex.Pattern.compile("abc-journal-(0|[1-9][0-9]{0,8})\\.csv");

    /** Whether a file name is one a medsim command writes: one of {@link #MEDSIM_FILES}, a calibration shard's journal or lock. */
    public static boolean isMedsimFile(String name) {
        return MEDSIM_FILES.contains(name) || ABC_JOURNAL.matcher(name).matches() || SHARD_LOCK.matcher(name).matches();
    }

    /** Whether a file name is an ABC-SMC calibration shard's journal's ({@code abc-journal-K.csv}). */
    public static boolean isAbcJournal(String name) {
        return ABC_JOURNAL.matcher(name).matches();
    }

    /** The files of {@code medsim run}. */
    public static final List<String> RUN_FILES = List.of("events.csv", "summary.csv", "daily.csv", "assets.csv", "sightings.csv", "search.csv", "run.json");

    /** The page {@code medsim report} writes of a folder's result (medsim's, so {@code --force} replaces it with the result it reports). */
    public static final String REPORT = "report.html";

    /** Every file name a medsim command writes into its output folder. */
    public static final List<String> MEDSIM_FILES = Stream.concat(RUN_FILES.stream(), Stream.of(
            "sweep.json", "journal.csv", "runs.csv", "points.csv", "sobol.csv", "morris.csv", // sweep, merge
            "validation.csv", "validation.json",                                              // validate
            "compare.csv", "compare.json",                                                    // compare
            "predictive.csv", "predictive.json",                                              // predict
            "calibration.csv", "fitted.csv", "fit.csv", "calibrated.yaml",                    // calibrate
            "abc-smc.csv", "posterior.csv", "posterior-summary.csv",                          // calibrate, method: abc-smc
            "calibration.json",                                                               // calibrate
            REPORT,                                                                           // report
            LOCK, OLD_SWEEP_LOCK)).toList();

    /** The subfolder where {@code medsim chart} draws a result's charts (PNG and SVG files only). */
    public static final String CHARTS = "charts";

    private OutputFolder() {}

    /** Whether {@code p} is the charts subfolder {@code medsim chart} made: a folder of that name holding only PNG and SVG files. */
    static boolean isCharts(Path p) {
        if (!p.getFileName().toString().equals(CHARTS) || !Files.isDirectory(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) return false;
        return AtomicFiles.contents(p).stream().allMatch(f -> Files.isRegularFile(f, java.nio.file.LinkOption.NOFOLLOW_LINKS)
                && (f.getFileName().toString().endsWith(".png") || f.getFileName().toString().endsWith(".svg")));
    }

    /** Whether {@code p} is the page {@code medsim report} wrote of the folder's result: a regular file. */
    static boolean isReport(Path p) {
        return p.getFileName().toString().equals(REPORT) && Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS);
    }

    /** Whether {@code file} is the lock file of its folder, which says nothing about what the folder holds. */
    public static boolean isLock(Path file) {
        String name = file.getFileName().toString();
        return name.equals(LOCK) || SHARD_LOCK.matcher(name).matches();
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
        requireOnly(dir, command, own::contains);
    }

    /** As {@link #requireOnly(Path, String, List)}, for a command whose files' names {@code own} tells. */
    public static void requireOnly(Path dir, String command, java.util.function.Predicate<String> own) {
        Optional<Path> other = contents(dir).stream().filter(p -> !isCharts(p) && !isReport(p) && (!own.test(p.getFileName().toString()) || Files.isDirectory(p))).findFirst();
        if (other.isPresent()) {
            throw InputException.of(dir.toString(), "--out folder holds " + other.get().getFileName() + ", which is not a file of medsim " + command
                    + "; give an empty folder, or one of an earlier " + command);
        }
    }

    /**
     * For a command about to replace its own earlier result: removes that result's files
     * ({@code own}), and what was made from it, the page of {@code medsim report} and the charts
     * of {@code medsim chart}, so that neither outlives the result it shows (nor stands beside a
     * failed command's empty folder).
     *
     * @throws FileAccessException if a file cannot be removed
     */
    public static void replaceResults(Path dir, List<String> own) {
        List<Path> files = new ArrayList<>();
        for (String f : own) files.add(dir.resolve(f));
        files.add(dir.resolve(REPORT));
        try {
            if (isCharts(dir.resolve(CHARTS))) deleteCharts(dir.resolve(CHARTS));
            for (Path p : files) {
                if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) || Files.isSymbolicLink(p)) Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw FileAccessException.writing(dir, e);
        }
    }

    /** Removes the charts folder {@code medsim chart} made ({@link #isCharts}): its pictures, a killed chart's partial files, then the folder. */
    private static void deleteCharts(Path charts) throws IOException {
        AtomicFiles.deleteLeftovers(charts);
        for (Path chart : AtomicFiles.contents(charts)) Files.deleteIfExists(chart);
        Files.deleteIfExists(charts);
    }

    /**
     * For {@code --force}: removes medsim's files of any command, the charts {@code medsim chart}
     * drew of them, and the partial files killed runs left, from {@code dir}; all but the lock,
     * which its holder keeps. Does nothing if {@code dir} is not a folder.
     *
     * @throws InputException if the folder holds anything else, naming one such file; then nothing is removed
     * @throws FileAccessException if the folder cannot be listed or a file not removed
     */
    public static void clearForRerun(Path dir) {
        List<Path> entries = AtomicFiles.contents(dir);
        Optional<Path> foreign = entries.stream().filter(p -> !isCharts(p) && (!isMedsimFile(p.getFileName().toString()) || Files.isDirectory(p))).findFirst();
        if (foreign.isPresent()) {
            throw InputException.of(dir.toString(), "--out folder holds files that are not medsim's (" + foreign.get().getFileName()
                    + "); --force replaces only medsim's files: choose another folder");
        }
        AtomicFiles.deleteLeftovers(dir);
        for (Path p : entries) {
            if (isLock(p)) continue;
            try {
                if (isCharts(p)) deleteCharts(p);
                else Files.deleteIfExists(p);
            } catch (IOException e) {
                throw FileAccessException.writing(p, e);
            }
        }
    }
}
