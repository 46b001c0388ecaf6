package medsim.cli;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import medsim.experiment.SweepPlan;
import medsim.experiment.SweepSpec;
import medsim.record.Plural;
import medsim.yaml.InputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code medsim slurm}: a SLURM job array that runs a sweep's shards, one per array task,
 * and a merge job that waits for them all.
 */
@Command(name = "slurm", mixinStandardHelpOptions = true,
        description = {"Write a SLURM job array for a sweep (one shard per task) and a dependent merge job; with --submit, submit them with sbatch.",
                "The scripts call this same medsim build, so the cluster's nodes must see this folder and the sweep's files."})
final class SlurmCommand implements Callable<Integer> {
    @Parameters(paramLabel = "SWEEP", description = "Sweep YAML file.")
    Path sweepFile;

    @Option(names = "--tasks", paramLabel = "N", required = true, description = "Array tasks (shards).")
    int tasks;

    @Option(names = "--out", paramLabel = "DIR", description = "Sweep folder (default: runs/<sweep file name>); scripts go to DIR/slurm, shards to DIR/shards.")
    Path out;

    @Option(names = "--cpus-per-task", paramLabel = "N", defaultValue = "1", description = "CPUs (threads) per task (default: ${DEFAULT-VALUE}).")
    int cpus;

    @Option(names = "--partition", paramLabel = "NAME", description = "SLURM partition (default: the cluster's).")
    String partition;

    @Option(names = "--time", paramLabel = "LIMIT", description = "Time limit per task, in SLURM's format (e.g. 2:00:00).")
    String time;

    @Option(names = "--mem", paramLabel = "SIZE", defaultValue = "2G", description = "Memory per task (default: ${DEFAULT-VALUE}).")
    String mem;

    @Option(names = "--submit", description = "Submit the array and the merge job with sbatch.")
    boolean submit;

    @Option(names = "--wait", description = "With --submit: wait until the merge job ends (sbatch --wait); exit non-zero if it failed.")
    boolean await;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (tasks < 1) throw InputException.of(null, "--tasks must be at least 1 (got " + tasks + ")");
        if (cpus < 1) throw InputException.of(null, "--cpus-per-task must be at least 1 (got " + cpus + ")");
        if (await && !submit) throw InputException.of(null, "--wait goes with --submit");
        SweepSpec sweep = SweepSpec.load(sweepFile);
        int runs = new SweepPlan(sweep).runs().size();
        if (tasks > runs) throw InputException.of(null, "--tasks must be at most the sweep's " + Plural.of(runs, "run") + " (got " + tasks + ")");
        Path dir = (out != null ? out : Path.of("runs", RunCommand.stem(sweepFile))).toAbsolutePath().normalize();
        Path scripts = Files.createDirectories(dir.resolve("slurm"));
        Files.createDirectories(dir.resolve("shards"));
        String medsim = medsimCommand();
        String name = "medsim-" + RunCommand.stem(sweepFile);
        Path sweepAbs = sweepFile.toAbsolutePath().normalize();

        StringBuilder shard = header(name, scripts.resolve("shard-%a.log"));
        shard.append("#SBATCH --array=0-").append(tasks - 1).append('\n');
        shard.append("#SBATCH --cpus-per-task=").append(cpus).append('\n');
        shard.append("#SBATCH --mem=").append(mem).append('\n');
        if (time != null) shard.append("#SBATCH --time=").append(time).append('\n');
        shard.append("set -euo pipefail\n");
        shard.append("exec ").append(medsim).append(" sweep ").append(q(sweepAbs.toString()))
                .append(" --shard \"${SLURM_ARRAY_TASK_ID}/").append(tasks).append("\" --out ").append(q(dir.resolve("shards") + "/"))
                .append("\"${SLURM_ARRAY_TASK_ID}\" --threads \"${SLURM_CPUS_PER_TASK:-1}\" -q\n");
        Path shardScript = write(scripts.resolve("shard.sbatch"), shard.toString());

        StringBuilder merge = header(name + "-merge", scripts.resolve("merge.log"));
        merge.append("#SBATCH --mem=").append(mem).append('\n');
        merge.append("set -euo pipefail\n");
        merge.append("exec ").append(medsim).append(" merge");
        for (int k = 0; k < tasks; k++) merge.append(' ').append(q(dir.resolve("shards").resolve(Integer.toString(k)).toString()));
        merge.append(" --out ").append(q(dir.toString())).append('\n');
        Path mergeScript = write(scripts.resolve("merge.sbatch"), merge.toString());

        Path submitScript = write(scripts.resolve("submit.sh"), "#!/bin/bash\n# Submits the shard array, then the merge job once every shard has succeeded.\nset -euo pipefail\n"
                + "array=$(sbatch --parsable " + q(shardScript.toString()) + ")\n"
                + "sbatch --parsable --dependency=afterok:${array%%;*} " + q(mergeScript.toString()) + "\n");

        PrintWriter o = spec.commandLine().getOut();
        o.printf(Locale.ROOT, "wrote %s, %s and %s: %s in %s of %s%n", shardScript, mergeScript, submitScript,
                Plural.of(runs, "run"), Plural.of(tasks, "array task"), Plural.of(cpus, "CPU"));
        if (!submit) {
            o.println("submit with: bash " + submitScript);
            return 0;
        }
        String array = sbatch(List.of("--parsable", shardScript.toString()));
        String arrayId = array.split(";")[0];
        List<String> mergeArgs = new ArrayList<>(List.of("--parsable", "--dependency=afterok:" + arrayId));
        if (await) mergeArgs.add("--wait");
        mergeArgs.add(mergeScript.toString());
        o.printf(Locale.ROOT, "submitted array job %s%n", arrayId);
        o.flush();
        String mergeId = sbatch(mergeArgs);
        o.printf(Locale.ROOT, "submitted merge job %s%s; results in %s%n", mergeId.split(";")[0], await ? " (finished)" : "", dir);
        return 0;
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

    /** This very medsim: the same Java and class path, so the cluster runs the build that wrote the scripts. */
    static String medsimCommand() {
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String cp = java.util.Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(p -> Path.of(p).toAbsolutePath().normalize().toString()).collect(Collectors.joining(File.pathSeparator));
        return q(javaBin) + " -cp " + q(cp) + " medsim.cli.MedsimCommand";
    }

    private static String q(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }

    private String sbatch(List<String> args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add("sbatch");
        cmd.addAll(args);
        Process p;
        try {
            p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw InputException.of(null, "--submit needs sbatch on the PATH (" + e.getMessage() + ")");
        }
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        int code = p.waitFor();
        if (code != 0) throw new IllegalStateException("sbatch " + String.join(" ", args) + " failed (exit " + code + "): " + output);
        String[] lines = output.split("\n");
        return lines[lines.length - 1].strip();
    }
}
