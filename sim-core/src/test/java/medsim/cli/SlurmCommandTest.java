package medsim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code medsim slurm}: job arrays within the cluster's limit, and the scripts that submit and run them. No cluster needed. */
class SlurmCommandTest {
    @TempDir
    Path dir;

    private static String sweep(String name) {
        return Path.of("src", "test", "resources", "sweeps", name).toString();
    }

    @Test
    void arraysKeepEveryIndexBelowTheLimitAndCoverEveryShardOnce() {
        for (int limit : new int[] {100, 1001}) {
            for (int shards : new int[] {1, 100, 101, 150, 1200}) {
                List<SlurmArrays.Array> arrays = SlurmArrays.split(shards, limit);
                int[] times = new int[shards];
                for (SlurmArrays.Array a : arrays) {
                    assertTrue(a.tasks() >= 1 && a.tasks() - 1 < limit, shards + " shards, limit " + limit + ": " + a);
                    assertEquals("0-" + (a.tasks() - 1), a.indexes());
                    for (int index = 0; index < a.tasks(); index++) times[a.firstShard() + index]++;
                }
                for (int k = 0; k < shards; k++) assertEquals(1, times[k], "shard " + k + " of " + shards + ", limit " + limit);
                assertEquals((shards + limit - 1) / limit, arrays.size(), "as few arrays as the limit allows");
            }
        }
        assertEquals(List.of(new SlurmArrays.Array(0, 100), new SlurmArrays.Array(100, 50)), SlurmArrays.split(150, 100));
    }

    @Test
    void theLimitIsScontrolsMaxArraySizeOrASmallerMaxArrayTasks() {
        String config = "Configuration data as of 2026-11-29T13:28:41\nMaxArraySize            = 100\nMaxDBDMsgs              = 20008\n"
                + "SchedulerParameters     = batch_sched_delay=0\n";
        SlurmArrays.Limit limit = SlurmArrays.parse(config).orElseThrow();
        assertEquals(100, limit.value());
        assertEquals("MaxArraySize 100 from scontrol show config", limit.source());
        assertTrue(limit.known());
        limit = SlurmArrays.parse("MaxArraySize = 100001\nSchedulerParameters = bf_interval=30,max_array_tasks=1000\n").orElseThrow();
        assertEquals(1000, limit.value(), "max_array_tasks caps the tasks of one array below MaxArraySize");
        assertEquals("MaxArraySize 100001 and max_array_tasks 1000 from scontrol show config", limit.source());
        assertTrue(SlurmArrays.parse("MaxJobCount = 10000\n").isEmpty());
    }

    @Test
    void withoutScontrolSlurmsDefaultIsAssumedAndSaidSo() throws IOException, InterruptedException {
        SlurmArrays.Limit absent = SlurmArrays.Limit.find(null, dir.resolve("no-such-scontrol").toString());
        assertEquals(1001, absent.value());
        assertFalse(absent.known());
        assertEquals("SLURM's default MaxArraySize 1001, assumed: no scontrol on the PATH", absent.source());
        Path failing = executable("scontrol-down", "echo 'slurm_load_ctl_conf error: Unable to contact slurm controller (connect failure)'\nexit 1\n");
        SlurmArrays.Limit down = SlurmArrays.Limit.find(null, failing.toString());
        assertEquals(1001, down.value());
        assertTrue(down.source().endsWith("assumed: scontrol show config failed: slurm_load_ctl_conf error: Unable to contact slurm controller (connect failure)"),
                down.source());
        Path up = executable("scontrol-up", "[ \"$*\" = 'show config' ] && echo 'MaxArraySize            = 40'\n");
        assertEquals(40, SlurmArrays.Limit.find(null, up.toString()).value());
        assertEquals(7, SlurmArrays.Limit.find(7, failing.toString()).value(), "--max-array-size wins; scontrol is not asked");
    }

    @Test
    void theWrittenScriptsRunEveryShardOnceAndMergeIntoTheSingleMachineSweep() throws IOException, InterruptedException {
        Path whole = dir.resolve("whole"), cluster = dir.resolve("cluster");
        assertEquals(0, CliTest.medsim("sweep", sweep("small-factorial.yaml"), "--out", whole.toString(), "-q").code());
        CliTest.Outcome o = CliTest.medsim("slurm", sweep("small-factorial.yaml"), "--tasks", "4", "--max-array-size", "3",
                "--out", cluster.toString(), "--partition", "debug", "--mem", "300M");
        assertEquals(0, o.code(), o.err());
        assertTrue(o.out().contains("8 runs in 4 shards of 1 CPU each, as 2 job arrays\nat most 3 tasks per array: --max-array-size 3\n"), o.out());
        Path scripts = cluster.resolve("slurm");
        assertEquals(List.of("merge.sbatch", "shards-0-2.sbatch", "shards-3-3.sbatch", "submit.sh"), list(scripts));

        // Each array task's command line, as bash expands it for SLURM_ARRAY_TASK_ID, run in this JVM.
        Map<Integer, Integer> timesRun = new TreeMap<>();
        for (String array : List.of("shards-0-2", "shards-3-3")) {
            String script = Files.readString(scripts.resolve(array + ".sbatch"));
            assertTrue(script.contains("#SBATCH --partition=debug\n") && script.contains("#SBATCH --mem=300M\n"), script);
            int tasks = array.equals("shards-3-3") ? 1 : 3;
            assertTrue(script.contains("#SBATCH --array=0-" + (tasks - 1) + "\n"), script);
            for (int index = 0; index < tasks; index++) {
                List<String> args = commandOf(script, index);
                int shard = Integer.parseInt(args.get(args.indexOf("--shard") + 1).replace("/4", ""));
                assertEquals(cluster.resolve("shards").resolve(Integer.toString(shard)).toString(), args.get(args.indexOf("--out") + 1));
                timesRun.merge(shard, 1, Integer::sum);
                CliTest.Outcome shardRun = CliTest.medsim(args.toArray(String[]::new));
                assertEquals(0, shardRun.code(), shardRun.err());
            }
        }
        assertEquals(List.of(0, 1, 2, 3), new ArrayList<>(timesRun.keySet()));
        assertTrue(timesRun.values().stream().allMatch(n -> n == 1), timesRun.toString());

        List<String> merge = commandOf(Files.readString(scripts.resolve("merge.sbatch")), 0);
        assertEquals(4 + 3, merge.size(), "merge, the 4 shard folders, --out DIR: " + merge);
        CliTest.Outcome merged = CliTest.medsim(merge.toArray(String[]::new));
        assertEquals(0, merged.code(), merged.err());
        for (String f : List.of("runs.csv", "points.csv")) assertArrayEquals(Files.readAllBytes(whole.resolve(f)), Files.readAllBytes(cluster.resolve(f)), f);

        // Written again with fewer tasks, the folder holds no stale array script.
        assertEquals(0, CliTest.medsim("slurm", sweep("small-factorial.yaml"), "--tasks", "2", "--max-array-size", "1001", "--out", cluster.toString()).code());
        assertEquals(List.of("merge.sbatch", "shards-0-1.sbatch", "submit.sh"), list(scripts));
    }

    @Test
    void submitShSubmitsTheMergeAfterEveryArrayOrNothingAndWaitReportsHowItEnded() throws IOException, InterruptedException {
        Path cluster = dir.resolve("cluster");
        assertEquals(0, CliTest.medsim("slurm", sweep("small-factorial.yaml"), "--tasks", "8", "--max-array-size", "3", "--out", cluster.toString()).code());
        Path submit = cluster.resolve("slurm/submit.sh");
        Path log = dir.resolve("calls.log");
        // Fakes: sbatch logs its arguments and answers job ids 101, 102, ... as "id;cluster", failing
        // at call $FAIL_AT; scancel logs; scontrol show job gives $JOB_STATE (JobState and Reason).
        executable("bin/sbatch", "echo \"sbatch $*\" >> '" + log + "'\nn=$(wc -l < '" + log + "')\n"
                + "[ \"${FAIL_AT:-}\" = \"$n\" ] && { echo 'sbatch: error: Batch job submission failed' >&2; exit 1; }\n"
                + "echo \"$((100 + n));ci\"\n");
        executable("bin/scancel", "echo \"scancel $*\" >> '" + log + "'\n");
        executable("bin/scontrol", "[ \"$1 $2\" = 'show job' ] && echo \"   JobState=${JOB_STATE% *} Reason=${JOB_STATE#* } Dependency=(null)\"\n");

        Run ok = bash(submit, log, Map.of("JOB_STATE", "COMPLETED None"), "--wait");
        assertEquals(0, ok.code(), ok.output());
        List<String> calls = Files.readAllLines(log);
        assertEquals(4, calls.size(), calls.toString());
        for (int j = 0; j < 3; j++) assertEquals("sbatch --parsable " + cluster.resolve("slurm/shards-" + 3 * j + "-" + Math.min(3 * j + 2, 7) + ".sbatch"), calls.get(j));
        assertEquals("sbatch --parsable --kill-on-invalid-dep=yes --dependency=afterok:101:102:103 --wait " + cluster.resolve("slurm/merge.sbatch"), calls.get(3));
        assertTrue(ok.output().contains("submitted array job 102: shards-3-5\n") && ok.output().endsWith("submitted merge job 104\n"), ok.output());

        Run second = bash(submit, log, Map.of("FAIL_AT", "2"));
        assertEquals(1, second.code());
        assertEquals(List.of("scancel 101"), linesStarting(log, "scancel"), "the array already submitted is cancelled");
        assertEquals(2, linesStarting(log, "sbatch").size(), "no merge job without every array");

        Run merge = bash(submit, log, Map.of("FAIL_AT", "4"));
        assertEquals(1, merge.code());
        assertEquals(List.of("scancel 101 102 103"), linesStarting(log, "scancel"));

        Run shardFailed = bash(submit, log, Map.of("JOB_STATE", "CANCELLED DependencyNeverSatisfied"), "--wait");
        assertEquals(1, shardFailed.code());
        assertTrue(shardFailed.output().endsWith("submit.sh: merge job 104 was cancelled: a shard failed (see " + cluster.resolve("slurm") + "/shard-*.log)\n"),
                shardFailed.output());
        assertTrue(linesStarting(log, "scancel").isEmpty(), "jobs that ended are not cancelled");
        Run mergeFailed = bash(submit, log, Map.of("JOB_STATE", "FAILED NonZeroExitCode"), "--wait");
        assertEquals(1, mergeFailed.code());
        assertTrue(mergeFailed.output().endsWith("submit.sh: merge job 104 ended FAILED (see " + cluster.resolve("slurm") + "/merge.log)\n"), mergeFailed.output());
    }

    @Test
    void aCalibrationsArrayRunsEachShardWithResumeIntoOneFolderAndSubmitShSaysWhenAShardFailed() throws IOException, InterruptedException {
        String scenario = medsim.model.TestRuns.scenarioFile("small-behaviour-inflow-only.yaml").toString();
        Path cal = dir.resolve("abc.yaml");
        Files.writeString(cal, "method: abc-smc\nparticles: 4\ngenerations: 2\nmaxEvaluations: 40\nreplications: 1\nseed: 5\n"
                + "parameters:\n  departures.inflowPeoplePerDay: {min: 200, max: 3000}\n");
        Path cluster = dir.resolve("cluster");
        CliTest.Outcome o = CliTest.medsim("slurm", scenario, "--calibration", cal.toString(), "--tasks", "3", "--max-array-size", "1001",
                "--out", cluster.toString(), "--mem", "300M", "--cpus-per-task", "2");
        assertEquals(0, o.code(), o.err());
        assertTrue(o.out().startsWith("wrote " + cluster.resolve("slurm") + ": an ABC-SMC calibration in 3 shards of 2 CPUs each"), o.out());
        assertEquals(List.of("calibrate.sbatch", "submit.sh"), list(cluster.resolve("slurm")));
        String script = Files.readString(cluster.resolve("slurm/calibrate.sbatch"));
        assertTrue(script.contains("#SBATCH --array=0-2\n") && script.contains("#SBATCH --cpus-per-task=2\n") && script.contains("#SBATCH --mem=300M\n"), script);
        for (int k = 0; k < 3; k++) {
            assertEquals(List.of("calibrate", Path.of(scenario).toAbsolutePath().normalize().toString(), cal.toString(), "--shard", k + "/3", "--resume",
                    "--out", cluster.resolve("calibration").toString(), "--threads", "1", "-q"), commandOf(script, k));
        }

        // One task: its command alone is the whole calibration, and it starts although it is told to resume.
        assertEquals(0, CliTest.medsim("slurm", scenario, "--calibration", cal.toString(), "--tasks", "1", "--out", cluster.toString()).code());
        List<String> only = commandOf(Files.readString(cluster.resolve("slurm/calibrate.sbatch")), 0);
        CliTest.Outcome ran = CliTest.medsim(only.toArray(String[]::new));
        assertEquals(0, ran.code(), ran.err());
        assertEquals(1 + 4, Files.readAllLines(cluster.resolve("calibration/posterior.csv")).size());

        Path log = dir.resolve("calls.log");
        executable("bin/sbatch", "echo \"sbatch $*\" >> '" + log + "'\necho '201;ci'\nexit ${SHARD_EXIT:-0}\n");
        Run ok = bash(cluster.resolve("slurm/submit.sh"), log, Map.of(), "--wait");
        assertEquals(0, ok.code(), ok.output());
        assertEquals(List.of("sbatch --parsable --wait " + cluster.resolve("slurm/calibrate.sbatch")), Files.readAllLines(log));
        assertEquals("submitted array job 201: calibrate\n", ok.output());
        Run failed = bash(cluster.resolve("slurm/submit.sh"), log, Map.of("SHARD_EXIT", "1"), "--wait");
        assertEquals(1, failed.code());
        assertTrue(failed.output().endsWith("a shard failed (see " + cluster.resolve("slurm") + "/shard-*.log)\n"), failed.output());

        o = CliTest.medsim("slurm", scenario, "--calibration", cal.toString(), "--tasks", "5", "--out", cluster.toString());
        assertEquals(2, o.code());
        assertEquals("--tasks must be at most the calibration's 4 particles, the proposals of a batch (got 5)", o.err().strip());
        o = CliTest.medsim("slurm", scenario, "--calibration", cal.toString(), "--tasks", "3", "--max-array-size", "2", "--out", cluster.toString());
        assertEquals(2, o.code());
        assertEquals("--tasks must be at most 2 (--max-array-size 2): a calibration's shards wait for each other, so they run as one job array", o.err().strip());
    }

    @Test
    void aShardWithNoRunsIsAValidShardThatAddsNothingToTheMerge() throws IOException {
        Path whole = dir.resolve("whole"), empty = dir.resolve("empty"), merged = dir.resolve("merged");
        assertEquals(0, CliTest.medsim("sweep", sweep("small-factorial.yaml"), "--out", whole.toString(), "-q").code());
        CliTest.Outcome o = CliTest.medsim("sweep", sweep("small-factorial.yaml"), "--shard", "8/9", "--out", empty.toString(), "-q");
        assertEquals(0, o.code(), o.err());
        assertTrue(o.out().contains("(shard 8/9: 0 runs)"), o.out());
        assertEquals(1, Files.readAllLines(empty.resolve("journal.csv")).size(), "a journal with its header alone");
        o = CliTest.medsim("merge", whole.toString(), empty.toString(), "--out", merged.toString());
        assertEquals(0, o.code(), o.err());
        for (String f : List.of("runs.csv", "points.csv")) assertArrayEquals(Files.readAllBytes(whole.resolve(f)), Files.readAllBytes(merged.resolve(f)), f);
    }

    @Test
    void tooManyTasksOrABadLimitAreRefused() {
        assertEquals(2, CliTest.medsim("slurm", sweep("small-factorial.yaml"), "--tasks", "9", "--max-array-size", "3").code(), "more tasks than runs");
        CliTest.Outcome o = CliTest.medsim("slurm", sweep("small-factorial.yaml"), "--tasks", "4", "--max-array-size", "0");
        assertEquals(2, o.code());
        assertEquals("--max-array-size must be at least 1 (got 0)", o.err().strip());
        assertEquals(2, CliTest.medsim("slurm", sweep("small-factorial.yaml"), "--tasks", "4", "--max-array-size", "3", "--wait").code());
    }

    @Test
    void timeMemoryAndPartitionOutsideSlurmsFormatsAreRefusedBeforeAnyScriptIsWritten() {
        Path cluster = dir.resolve("cluster");
        String[][] bad = {
            {"--time", "2:00:00\n#SBATCH --wrap=evil", "--time must be a SLURM time limit: MM, MM:SS, HH:MM:SS, D-HH, D-HH:MM or D-HH:MM:SS (got \"2:00:00\\n#SBATCH --wrap=evil\")"},
            {"--time", "2h", "--time must be a SLURM time limit: MM, MM:SS, HH:MM:SS, D-HH, D-HH:MM or D-HH:MM:SS (got \"2h\")"},
            {"--mem", "$(reboot)", "--mem must be a SLURM memory size: a whole number with an optional unit K, M, G or T (e.g. 2G) (got \"$(reboot)\")"},
            {"--mem", "2GB", "--mem must be a SLURM memory size: a whole number with an optional unit K, M, G or T (e.g. 2G) (got \"2GB\")"},
            {"--partition", "a b", "--partition must be one or more partition names (letters, digits, _ . -) separated by commas (got \"a b\")"},
        };
        for (String[] b : bad) {
            CliTest.Outcome o = CliTest.medsim("slurm", sweep("small-factorial.yaml"), "--tasks", "2", "--max-array-size", "3", "--out", cluster.toString(), b[0], b[1]);
            assertEquals(2, o.code(), o.err());
            assertEquals(b[2], o.err().strip());
            assertFalse(Files.exists(cluster), "nothing written");
        }
        for (String time : List.of("30", "30:00", "2:00:00", "1-12", "1-12:30", "1-12:30:00")) {
            assertEquals(0, CliTest.medsim("slurm", sweep("small-factorial.yaml"), "--tasks", "2", "--max-array-size", "3", "--out", cluster.toString(),
                    "--time", time, "--mem", "512M", "--partition", "short,long").code(), time);
        }
    }

    /**
     * Paths with shell syntax ({@code $(...)}, back quotes, quotes) reach medsim as written when
     * the scripts run, and run nothing; a path the scripts cannot carry (a line break, which would
     * end an {@code #SBATCH} line and start one of the path's choosing, or what sbatch's own
     * reading of {@code --output=} would split or unquote) is refused before anything is written.
     */
    @Test
    void hostilePathsReachTheCommandAsWrittenOrAreRefusedBeforeAnythingIsWritten() throws IOException, InterruptedException {
        Path hostile = Files.createDirectories(dir.resolve("a $(touch PWNED)`touch PWNED2`'q\"b;c"));
        Path sweepFile = hostile.resolve("x$(touch PWNED3).yaml");
        Files.writeString(sweepFile, Files.readString(Path.of(sweep("small-factorial.yaml")))
                .replace("../scenarios/", Path.of("src/test/resources/scenarios").toAbsolutePath() + "/"));
        Path cluster = dir.resolve("cl$(touch${IFS}PWNED4)`x`;y");
        CliTest.Outcome o = CliTest.medsim("slurm", sweepFile.toString(), "--tasks", "2", "--max-array-size", "3", "--out", cluster.toString());
        assertEquals(0, o.code(), o.err());
        String script = Files.readString(cluster.resolve("slurm/shards-0-1.sbatch"));
        assertTrue(script.startsWith("#!/bin/bash\n#SBATCH --job-name=medsim-x__touch_PWNED3_\n"), script);
        List<String> args = commandOf(script, 1);
        assertEquals(sweepFile.toAbsolutePath().normalize().toString(), args.get(1));
        assertEquals(cluster.toAbsolutePath().normalize().resolve("shards/1").toString(), args.get(args.indexOf("--out") + 1));
        List<String> merge = commandOf(Files.readString(cluster.resolve("slurm/merge.sbatch")), 0);
        assertEquals(cluster.toAbsolutePath().normalize().toString(), merge.get(merge.size() - 1));
        try (Stream<Path> all = Files.walk(dir)) {
            assertEquals(List.of(), all.filter(p -> p.getFileName().toString().startsWith("PWNED")).toList(), "nothing ran");
        }

        String[][] refused = {
            {sweep("small-factorial.yaml"), dir.resolve("out\n#SBATCH --wrap=reboot").toString()},
            {sweep("small-factorial.yaml"), dir.resolve("with space").toString()},
            {sweep("small-factorial.yaml"), dir.resolve("it's").toString()},
            {sweep("small-factorial.yaml"), dir.resolve("100%a").toString()},
        };
        for (String[] r : refused) {
            CliTest.Outcome bad = CliTest.medsim("slurm", r[0], "--tasks", "2", "--max-array-size", "3", "--out", r[1]);
            assertEquals(2, bad.code(), bad.err());
            assertEquals(1, bad.err().strip().lines().count(), bad.err());
            assertTrue(bad.err().startsWith("--out must be a folder whose path holds no white space, quote, backslash, % or control character"), bad.err());
            assertFalse(Files.exists(Path.of(r[1])), "nothing written");
        }
        Path newline = Files.createDirectories(dir.resolve("s\n#SBATCH --wrap=reboot"));
        Path newlineSweep = Files.copy(sweepFile, newline.resolve("s.yaml"));
        CliTest.Outcome bad = CliTest.medsim("slurm", newlineSweep.toString(), "--tasks", "2", "--max-array-size", "3", "--out", dir.resolve("nl").toString());
        assertEquals(2, bad.code(), bad.err());
        assertTrue(bad.err().startsWith("SWEEP must not hold a control character such as a line break"), bad.err());
        assertTrue(bad.err().contains("s\\n#SBATCH"), "the line break shown escaped: " + bad.err());
        assertFalse(Files.exists(dir.resolve("nl")));
    }

    private record Run(int code, String output) {}

    /** Runs submit.sh with the fake SLURM commands first on the PATH, after emptying the call log. */
    private Run bash(Path script, Path log, Map<String, String> env, String... args) throws IOException, InterruptedException {
        Files.writeString(log, "");
        List<String> cmd = new ArrayList<>(List.of("bash", script.toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().put("PATH", dir.resolve("bin") + ":" + System.getenv("PATH"));
        pb.environment().putAll(env);
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Run(p.waitFor(), output);
    }

    /**
     * The medsim arguments of a script's {@code exec} line, one per word as bash expands them
     * with {@code SLURM_ARRAY_TASK_ID=index}: the line runs as {@code printf} instead of java.
     */
    private List<String> commandOf(String script, int index) throws IOException, InterruptedException {
        String exec = script.lines().filter(l -> l.startsWith("exec ")).findFirst().orElseThrow();
        String body = script.replace(exec, "printf '%s\\n' " + exec.substring(exec.indexOf(" medsim.cli.MedsimCommand ") + " medsim.cli.MedsimCommand ".length()));
        Path file = Files.writeString(dir.resolve("expand.sh"), body);
        ProcessBuilder pb = new ProcessBuilder("bash", file.toString()).redirectErrorStream(true);
        pb.environment().put("SLURM_ARRAY_TASK_ID", Integer.toString(index));
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), output);
        return output.lines().collect(Collectors.toList());
    }

    private static List<String> linesStarting(Path file, String prefix) throws IOException {
        return Files.readAllLines(file).stream().filter(l -> l.startsWith(prefix)).collect(Collectors.toList());
    }

    private Path executable(String name, String body) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "#!/bin/bash\n" + body);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        return file;
    }

    private static List<String> list(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
        }
    }
}
