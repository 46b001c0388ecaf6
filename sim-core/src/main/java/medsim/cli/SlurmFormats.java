package medsim.cli;

import java.util.regex.Pattern;

import medsim.yaml.InputException;

/**
 * The formats of the values {@code medsim slurm} writes into {@code #SBATCH} lines, as sbatch
 * documents them. A value outside them is refused (exit 2) before any script is written: a line
 * break would add a directive of its own, and shell text would land in the script.
 */
final class SlurmFormats {
    private SlurmFormats() {}

    /** SLURM's time formats (sbatch --time): minutes, minutes:seconds, hours:minutes:seconds, days-hours[:minutes[:seconds]]. */
    private static final Pattern SLURM_TIME = Pattern.compile("[0-9]+(:[0-9]+){0,2}|[0-9]+-[0-9]+(:[0-9]+){0,2}");
    /** sbatch --mem: a whole number, in megabytes unless a unit follows. */
    private static final Pattern SLURM_MEMORY = Pattern.compile("[0-9]+[KMGT]?");
    /** sbatch --partition: a name, or a comma-separated list of names. */
    private static final Pattern SLURM_PARTITION = Pattern.compile("[A-Za-z0-9_.-]+(,[A-Za-z0-9_.-]+)*");

    /**
     * Refuses a value that is not in SLURM's format before it is written into an {@code #SBATCH}
     * line: a line break would add a directive of its own, and shell text would land in the script.
     */
    private static void require(String option, String value, Pattern format, String what) {
        if (value != null && !format.matcher(value).matches()) {
            throw InputException.of(null, option + " must be " + what + " (got " + ParseErrors.quote(value) + ")");
        }
    }

    /** A control character: a line break would end a script's line and start another of the path's choosing. */
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");
    /**
     * What sbatch's own reading of an {@code #SBATCH --output=} line (no shell) would split,
     * unquote or take as a file-name pattern: white space, quotes, backslashes and {@code %}.
     */
    private static final Pattern NOT_IN_SBATCH_PATH = Pattern.compile("[\\s\"'\\\\%]");

    /**
     * Refuses a path that cannot be written into the scripts safely: the sweep file and the
     * folder go, single-quoted, into shell lines, where only a control character could do harm;
     * the folder also goes, unquoted, into {@code #SBATCH --output=} lines.
     */
    static void checkPaths(java.nio.file.Path sweepFile, java.nio.file.Path folder) {
        checkFile("SWEEP", sweepFile);
        String dir = folder.toAbsolutePath().normalize().toString();
        if (CONTROL.matcher(dir).find() || NOT_IN_SBATCH_PATH.matcher(dir).find()) {
            throw InputException.of(null, "--out must be a folder whose path holds no white space, quote, backslash, % or control character: "
                    + "it goes into #SBATCH --output= lines, which sbatch reads without a shell (got " + ParseErrors.quote(dir) + ")");
        }
    }

    /** Checks that a file the scripts name ({@code label}: SWEEP, SCENARIO, CALIBRATION) holds no control character. */
    static void checkFile(String label, java.nio.file.Path file) {
        String path = file.toAbsolutePath().normalize().toString();
        if (CONTROL.matcher(path).find()) {
            throw InputException.of(null, label + " must not hold a control character such as a line break: the scripts could not carry it (got " + ParseErrors.quote(path) + ")");
        }
    }

    /** The job name for a sweep file's stem: its letters, digits, {@code _ . -}, anything else as {@code _}. */
    static String jobName(String stem) {
        return "medsim-" + stem.replaceAll("[^A-Za-z0-9_.-]", "_");
    }

    /** Checks {@code --time}, {@code --mem} and {@code --partition} (each may be null: not given). */
    static void check(String time, String mem, String partition) {
        require("--time", time, SLURM_TIME, "a SLURM time limit: MM, MM:SS, HH:MM:SS, D-HH, D-HH:MM or D-HH:MM:SS");
        require("--mem", mem, SLURM_MEMORY, "a SLURM memory size: a whole number with an optional unit K, M, G or T (e.g. 2G)");
        require("--partition", partition, SLURM_PARTITION, "one or more partition names (letters, digits, _ . -) separated by commas");
    }
}
