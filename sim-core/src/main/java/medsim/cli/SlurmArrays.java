package medsim.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How {@code medsim slurm} cuts N shards into SLURM job arrays that a cluster accepts.
 *
 * <p>SLURM refuses an array with an index at or above the cluster's {@code MaxArraySize}
 * (slurm.conf; 1001 unless configured), so one array holds at most MaxArraySize tasks, with
 * indexes 0..MaxArraySize-1 (fewer if the scheduler's {@code max_array_tasks} is smaller). More
 * shards than that go into several arrays; an array adds its first shard to the array index to
 * get the shard number.
 */
final class SlurmArrays {
    /** SLURM's default MaxArraySize (slurm.conf(5)): array indexes 0 to 1000. */
    static final int DEFAULT_MAX_ARRAY_SIZE = 1001;

    private static final Pattern MAX_ARRAY_SIZE = Pattern.compile("(?m)^\\s*MaxArraySize\\s*=\\s*(\\d{1,9})\\s*$");
    private static final Pattern MAX_ARRAY_TASKS = Pattern.compile("(?m)^\\s*SchedulerParameters\\s*=.*\\bmax_array_tasks=(\\d{1,9})");

    private SlurmArrays() {}

    /**
     * One job array: shards {@code firstShard .. firstShard + tasks - 1}, run as array indexes
     * {@code 0 .. tasks - 1}.
     */
    record Array(int firstShard, int tasks) {
        int lastShard() {
            return firstShard + tasks - 1;
        }

        /** The {@code --array} range, e.g. {@code 0-99}. */
        String indexes() {
            return "0-" + (tasks - 1);
        }
    }

    /**
     * The arrays for {@code shards} shards under a limit of {@code maxArraySize}: as few as
     * possible, full ones first, together covering shards 0..shards-1 once each.
     *
     * @throws IllegalArgumentException if either count is below 1
     */
    static List<Array> split(int shards, int maxArraySize) {
        if (shards < 1 || maxArraySize < 1) throw new IllegalArgumentException("shards " + shards + ", maxArraySize " + maxArraySize);
        List<Array> arrays = new ArrayList<>();
        for (int first = 0; first < shards; first += maxArraySize) arrays.add(new Array(first, Math.min(maxArraySize, shards - first)));
        return arrays;
    }

    /**
     * The limit in {@code scontrol show config}'s output: its {@code MaxArraySize}, or the
     * {@code max_array_tasks} of its {@code SchedulerParameters} if that is smaller (it caps the
     * tasks of one array below MaxArraySize); empty if there is no MaxArraySize line.
     */
    static Optional<Limit> parse(String showConfig) {
        Matcher size = MAX_ARRAY_SIZE.matcher(showConfig);
        if (!size.find()) return Optional.empty();
        int value = Integer.parseInt(size.group(1));
        String source = "MaxArraySize " + value;
        Matcher tasks = MAX_ARRAY_TASKS.matcher(showConfig);
        if (tasks.find() && Integer.parseInt(tasks.group(1)) < value) {
            value = Integer.parseInt(tasks.group(1));
            source += " and max_array_tasks " + value;
        }
        return Optional.of(new Limit(value, source + " from scontrol show config", true));
    }

    /**
     * The array size limit to write scripts for, and where it came from.
     *
     * @param value  the largest number of tasks in one array (array indexes stay below it)
     * @param source how it was found, for the user: the option, {@code scontrol}, or the default and why
     * @param known  false when it is SLURM's default, assumed because the cluster could not be asked
     */
    record Limit(int value, String source, boolean known) {
        /**
         * The limit: {@code option} when given; otherwise the cluster's, from
         * {@code scontrol show config}; otherwise (no scontrol, say on a laptop, or scontrol
         * failing) SLURM's default, {@value #DEFAULT_MAX_ARRAY_SIZE}.
         *
         * @param scontrol the scontrol command: {@code "scontrol"}, looked up on the PATH
         */
        static Limit find(Integer option, String scontrol) throws InterruptedException {
            if (option != null) return new Limit(option, "--max-array-size " + option, true);
            String why;
            try {
                Process p = new ProcessBuilder(scontrol, "show", "config").redirectErrorStream(true).start();
                p.getOutputStream().close();
                String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                if (p.waitFor() != 0) {
                    why = "scontrol show config failed: " + firstLine(output);
                } else {
                    Optional<Limit> found = parse(output);
                    if (found.isPresent()) return found.get();
                    why = "scontrol show config printed no MaxArraySize";
                }
            } catch (IOException e) {
                why = "no scontrol on the PATH";
            }
            return new Limit(DEFAULT_MAX_ARRAY_SIZE, "SLURM's default MaxArraySize " + DEFAULT_MAX_ARRAY_SIZE + ", assumed: " + why, false);
        }
    }

    private static String firstLine(String text) {
        String s = text.strip();
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
