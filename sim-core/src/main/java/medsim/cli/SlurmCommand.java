package medsim.cli;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import medsim.experiment.CalibrationSpec;
import medsim.experiment.SweepPlan;
import medsim.experiment.SweepSpec;
import medsim.record.FolderLock;
import medsim.record.Plural;
import medsim.scenario.HeldOut;
import medsim.scenario.Scenario;
import medsim.scenario.ScenarioLoader;
import medsim.yaml.InputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code medsim slurm}: SLURM job arrays that run a sweep's shards, one per array task, and a
 * merge job that waits for them all. Shards beyond the cluster's {@code MaxArraySize} go into
 * further arrays (see {@link SlurmArrays}).
 */
@Command(name = "slurm", mixinStandardHelpOptions = true,
        description = {"Write SLURM job arrays for a sweep (one shard per task) and a dependent merge job; with --submit, submit them with sbatch.",
                "With --calibration, a job array for an ABC-SMC calibration of the scenario instead: its task K runs calibrate --shard K/N --resume "
                        + "into DIR/calibration. The shards wait for each other's simulations, so the cluster must run the N tasks at once; "
                        + "submitted again, the array resumes the calibration.",
                "No array exceeds the cluster's MaxArraySize (--max-array-size, else scontrol show config; "
                        + "1001, SLURM's default, where scontrol is absent): more tasks go into several arrays.",
                "The scripts call this same medsim build, so the cluster's nodes must see this folder and the sweep's files."})
final class SlurmCommand implements Callable<Integer> {
    @Parameters(paramLabel = "SWEEP", description = "Sweep YAML file; with --calibration, the scenario YAML file to calibrate.")
    Path sweepFile;

    @Option(names = "--calibration", paramLabel = "CALIBRATION", description = "An ABC-SMC calibration file: write the array of its shards, for the scenario given as SWEEP.")
    Path calibrationFile;

    @Option(names = "--tasks", paramLabel = "N", required = true, description = "Array tasks (shards), at most the sweep's runs (a calibration's particles).")
    int tasks;

    @Option(names = "--out", paramLabel = "DIR", description = "Sweep folder (default: runs/<sweep or calibration file name>); scripts and logs go to DIR/slurm, "
            + "shards to DIR/shards (a calibration to DIR/calibration).")
    Path out;

    @Option(names = "--max-array-size", paramLabel = "N",
            description = "Tasks per array, array indexes below N: the cluster's MaxArraySize (default: from scontrol show config, or SLURM's default 1001 without scontrol).")
    Integer maxArraySize;

    @Option(names = "--cpus-per-task", paramLabel = "N", defaultValue = "1", description = "CPUs (threads) per task (default: ${DEFAULT-VALUE}).")
    int cpus;

    @Option(names = "--partition", paramLabel = "NAME", description = "SLURM partition (default: the cluster's).")
    String partition;

    @Option(names = "--time", paramLabel = "LIMIT", description = "Time limit per task, in SLURM's format (e.g. 2:00:00).")
    String time;

    @Option(names = "--mem", paramLabel = "SIZE", defaultValue = "2G", description = "Memory per task (default: ${DEFAULT-VALUE}).")
    String mem;

    @Option(names = "--submit", description = "Submit the arrays and the merge job (runs DIR/slurm/submit.sh).")
    boolean submit;

    @Option(names = "--wait", description = "With --submit: wait until the merge job ends (sbatch --wait); exit non-zero if it failed or a shard failed.")
    boolean await;

    @Mixin
    ForecastOption forecast;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (tasks < 1) throw InputException.of(null, "--tasks must be at least 1 (got " + tasks + ")");
        if (cpus < 1) throw InputException.of(null, "--cpus-per-task must be at least 1 (got " + cpus + ")");
        if (maxArraySize != null && maxArraySize < 1) throw InputException.of(null, "--max-array-size must be at least 1 (got " + maxArraySize + ")");
        if (await && !submit) throw InputException.of(null, "--wait goes with --submit");
        SlurmFormats.check(time, mem, partition);
        if (calibrationFile != null) return calibration();
        Path dir = (out != null ? out : Path.of("runs", RunCommand.stem(sweepFile))).toAbsolutePath().normalize();
        SlurmFormats.checkPaths(sweepFile, dir);
        SweepSpec sweep = SweepSpec.load(sweepFile);
        forecast.check(sweep.baseScenario(), sweep.days() != null ? sweep.days() : sweep.baseScenario().days(), "slurm", "days: " + HeldOut.SMOKE_TEST_DAYS + " in the sweep file");
        int runs = new SweepPlan(sweep).runs().size();
        if (tasks > runs) throw InputException.of(null, "--tasks must be at most the sweep's " + Plural.of(runs, "run") + " (got " + tasks + ")");
        PrintWriter o = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        SlurmArrays.Limit limit = SlurmArrays.Limit.find(maxArraySize, "scontrol");
        if (limit.value() < 1) {
            err.println("medsim: this cluster disables job arrays (" + limit.source() + ")");
            return 1;
        }
        List<SlurmArrays.Array> arrays = SlurmArrays.split(tasks, limit.value());
        Path submitScript;
        // The folder is locked while the scripts are written, not while they run: the merge job locks it then.
        try (FolderLock lock = FolderLock.acquire(dir)) {
            submitScript = writeScripts(dir, runs, arrays, limit, o);
        }
        return submitIfAsked(submitScript, await ? "merged results in " + dir : "the merged results will be in " + dir + " when the merge job ends");
    }

    /** Runs submit.sh if --submit asks, and says where the results are, or how to submit. */
    private int submitIfAsked(Path submitScript, String results) throws IOException, InterruptedException {
        PrintWriter o = spec.commandLine().getOut();
        if (!submit) {
            o.println("submit with: bash " + submitScript);
            return 0;
        }
        o.flush();
        List<String> cmd = new ArrayList<>(List.of("bash", submitScript.toString()));
        if (await) cmd.add("--wait");
        int code = runEchoing(cmd, o);
        if (code != 0) {
            spec.commandLine().getErr().println("medsim: " + submitScript + " failed (exit " + code + "): see above");
            return 1;
        }
        o.println(results);
        return 0;
    }

    /**
     * The job array of an ABC-SMC calibration: {@code DIR/slurm/calibrate.sbatch}, whose task K
     * runs {@code calibrate SCENARIO CALIBRATION --shard K/N --resume --out DIR/calibration}, and
     * submit.sh. One array, since its tasks wait for each other and must all run at once.
     */
    private int calibration() throws IOException, InterruptedException {
        Path dir = (out != null ? out : Path.of("runs", RunCommand.stem(calibrationFile))).toAbsolutePath().normalize();
        SlurmFormats.checkPaths(sweepFile, dir);
        SlurmFormats.checkFile("CALIBRATION", calibrationFile);
        Scenario scenario = ScenarioLoader.load(sweepFile);
        if (scenario.heldOut() != null) throw scenario.heldOut().refusalOfValidation("slurm --calibration");
        CalibrationSpec cal = CalibrationSpec.load(calibrationFile, sweepFile, scenario.validation());
        if (cal.abc() == null) throw InputException.of(calibrationFile.toString(), "is not an ABC-SMC calibration (method: abc-smc): only its simulations are shared out");
        if (tasks > cal.abc().particles()) {
            throw InputException.of(null, "--tasks must be at most the calibration's " + Plural.of(cal.abc().particles(), "particle")
                    + ", the proposals of a batch (got " + tasks + ")");
        }
        PrintWriter o = spec.commandLine().getOut();
        SlurmArrays.Limit limit = SlurmArrays.Limit.find(maxArraySize, "scontrol");
        if (tasks > limit.value()) {
            throw InputException.of(null, "--tasks must be at most " + limit.value() + " (" + limit.source() + "): a calibration's shards wait for each other, so they run as one job array");
        }
        Path submitScript;
        Path results = dir.resolve("calibration");
        try (FolderLock lock = FolderLock.acquire(dir)) {
            Path scripts = Files.createDirectories(dir.resolve("slurm"));
            String name = SlurmFormats.jobName(RunCommand.stem(calibrationFile));
            StringBuilder sh = header(name, scripts.resolve("shard-%a.log"));
            sh.append("#SBATCH --array=0-").append(tasks - 1).append('\n');
            sh.append("#SBATCH --cpus-per-task=").append(cpus).append('\n');
            sh.append("#SBATCH --mem=").append(mem).append('\n');
            if (time != null) sh.append("#SBATCH --time=").append(time).append('\n');
            sh.append(String.format(Locale.ROOT, "# The %d shards of an ABC-SMC calibration, run at once: each waits for the others' simulations.%n", tasks));
            sh.append("# Submitted again (after a time limit, a failure), each resumes from its journal.\n");
            sh.append("set -euo pipefail\n");
            sh.append("exec ").append(medsimCommand()).append(" calibrate ").append(q(sweepFile.toAbsolutePath().normalize().toString())).append(' ')
                    .append(q(calibrationFile.toAbsolutePath().normalize().toString()))
                    .append(" --shard \"$SLURM_ARRAY_TASK_ID/").append(tasks).append("\" --resume --out ").append(q(results.toString()))
                    .append(" --threads \"${SLURM_CPUS_PER_TASK:-1}\" -q").append('\n');
            Path array = write(scripts.resolve("calibrate.sbatch"), sh.toString());
            String template;
            try (InputStream in = SlurmCommand.class.getResourceAsStream("slurm-calibrate-submit.sh")) {
                template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            submitScript = write(scripts.resolve("submit.sh"), template.replace("@ARRAY@", q(array.toString())).replace("@LOGS@", q(scripts.toString())));
            o.printf(Locale.ROOT, "wrote %s: an ABC-SMC calibration in %s of %s each, as one job array of tasks that run at once; results in %s%n",
                    scripts, Plural.of(tasks, "shard"), Plural.of(cpus, "CPU"), results);
        }
        return submitIfAsked(submitScript, await ? "the calibration is in " + results : "the calibration will be in " + results + " when the array job ends");
    }

    /** Writes the array scripts, the merge script and submit.sh into {@code dir/slurm}, and says so; returns submit.sh. */
    private Path writeScripts(Path dir, int runs, List<SlurmArrays.Array> arrays, SlurmArrays.Limit limit, PrintWriter o) throws IOException {
        Path scripts = Files.createDirectories(dir.resolve("slurm"));
        Path shards = Files.createDirectories(dir.resolve("shards"));
        removeOldArrayScripts(scripts);
        String name = SlurmFormats.jobName(RunCommand.stem(sweepFile));
        List<Path> arrayScripts = new ArrayList<>();
        for (SlurmArrays.Array a : arrays) {
            arrayScripts.add(write(scripts.resolve("shards-" + a.firstShard() + "-" + a.lastShard() + ".sbatch"), arrayScript(a, name, scripts, shards)));
        }
        StringBuilder merge = header(name + "-merge", scripts.resolve("merge.log"));
        merge.append("#SBATCH --mem=").append(mem).append('\n');
        merge.append("set -euo pipefail\n");
        merge.append("exec ").append(medsimCommand()).append(" merge ").append(q(shards + "/")).append("{0..").append(tasks - 1).append('}')
                .append(" --out ").append(q(dir.toString())).append('\n');
        Path mergeScript = write(scripts.resolve("merge.sbatch"), merge.toString());
        Path submitScript = write(scripts.resolve("submit.sh"), submitScript(arrayScripts, mergeScript, limit));

        o.printf(Locale.ROOT, "wrote %s: %s in %s of %s each, as %s%n", scripts, Plural.of(runs, "run"), Plural.of(tasks, "shard"),
                Plural.of(cpus, "CPU"), arrays.size() == 1 ? "one job array" : arrays.size() + " job arrays");
        o.printf(Locale.ROOT, "at most %d tasks per array: %s%n", limit.value(), limit.source());
        if (!limit.known()) o.println("if the cluster's limit is lower (scontrol show config | grep -i MaxArray), write the scripts again with --max-array-size N");
        return submitScript;
    }

    /**
     * The sbatch script of one array: its task i runs shard {@code a.firstShard() + i} of
     * {@link #tasks} into {@code shards/<shard>}, and logs to {@code shard-<first>+i.log}
     * ({@code shard-i.log} in the first array), so every log's name adds up to its shard.
     */
    private String arrayScript(SlurmArrays.Array a, String name, Path scripts, Path shards) {
        String log = a.firstShard() == 0 ? "shard-%a.log" : "shard-" + a.firstShard() + "+%a.log";
        StringBuilder sh = header(name, scripts.resolve(log));
        sh.append("#SBATCH --array=").append(a.indexes()).append('\n');
        sh.append("#SBATCH --cpus-per-task=").append(cpus).append('\n');
        sh.append("#SBATCH --mem=").append(mem).append('\n');
        if (time != null) sh.append("#SBATCH --time=").append(time).append('\n');
        sh.append(String.format(Locale.ROOT, "# Shards %d-%d of %d: array task i runs shard %d + i.%n", a.firstShard(), a.lastShard(), tasks, a.firstShard()));
        sh.append("set -euo pipefail\n");
        sh.append("shard=$((").append(a.firstShard()).append(" + SLURM_ARRAY_TASK_ID))\n");
        sh.append("exec ").append(medsimCommand()).append(" sweep ").append(q(sweepFile.toAbsolutePath().normalize().toString()))
                .append(" --shard \"$shard/").append(tasks).append("\" --out ").append(q(shards + "/"))
                .append("\"$shard\" --threads \"${SLURM_CPUS_PER_TASK:-1}\" -q").append(forecast.forecast ? " --forecast" : "").append('\n');
        return sh.toString();
    }

    /**
     * submit.sh, from the template {@code slurm-submit.sh} next to this class: submits the
     * arrays, then the merge job with {@code afterok} on all of them and
     * {@code --kill-on-invalid-dep=yes}, so that a failed shard cancels the merge instead of
     * leaving it pending forever; all or nothing; {@code --wait} checks how the merge ended.
     */
    private static String submitScript(List<Path> arrayScripts, Path mergeScript, SlurmArrays.Limit limit) throws IOException {
        String template;
        try (InputStream in = SlurmCommand.class.getResourceAsStream("slurm-submit.sh")) {
            template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        return template
                .replace("@ARRAYS_NOTE@", String.format(Locale.ROOT, "%d, of at most %d tasks: %s", arrayScripts.size(), limit.value(), limit.source()))
                .replace("@ARRAYS@", arrayScripts.stream().map(p -> q(p.toString())).collect(Collectors.joining(" ")))
                .replace("@MERGE@", q(mergeScript.toString()))
                .replace("@LOGS@", q(mergeScript.getParent().toString()));
    }

    /** Removes the array scripts of an earlier {@code medsim slurm} into the same folder, so that no stale one is left to submit. */
    private static void removeOldArrayScripts(Path scripts) throws IOException {
        try (DirectoryStream<Path> old = Files.newDirectoryStream(scripts, "shards-*.sbatch")) {
            for (Path p : old) Files.delete(p);
        }
    }

    /** Runs a command, copying its output (stdout and stderr) line by line to {@code o}; returns its exit code. */
    private static int runEchoing(List<String> cmd, PrintWriter o) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        p.getOutputStream().close();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                o.println(line);
                o.flush();
            }
        }
        return p.waitFor();
    }

    private StringBuilder header(String job, Path log) {
        StringBuilder sb = new StringBuilder("#!/bin/bash\n#SBATCH --job-name=").append(job).append("\n#SBATCH --output=").append(log).append('\n');
        if (partition != null) sb.append("#SBATCH --partition=").append(partition).append('\n');
        return sb;
    }

    private static Path write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        return file;
    }

    /**
     * This very medsim: the same Java and class path, so the cluster runs the build that wrote the
     * scripts; with the JVM options in {@code MEDSIM_JAVA_OPTS} when the job runs (sbatch passes
     * the submitting shell's environment on), as for the {@code medsim} launcher.
     */
    static String medsimCommand() {
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String cp = java.util.Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(p -> Path.of(p).toAbsolutePath().normalize().toString()).collect(Collectors.joining(File.pathSeparator));
        return q(javaBin) + " ${MEDSIM_JAVA_OPTS:-} -cp " + q(cp) + " medsim.cli.MedsimCommand";
    }

    private static String q(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }
}
