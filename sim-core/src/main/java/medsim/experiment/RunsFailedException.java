package medsim.experiment;

import java.util.List;

import medsim.yaml.InputException;

/**
 * Some runs of an experiment failed, so it has no result. The message is one line: how many
 * of how many failed, then the first few, each named with why it failed. The CLI prints it and
 * exits 1; the cause is the first failure's exception.
 */
public final class RunsFailedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** How many failures a message names; the count covers the rest. */
    public static final int NAMED = 3;

    private RunsFailedException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * @param failed  how many runs failed (at least 1)
     * @param total   how many runs there were
     * @param what    the plural of what the runs are, e.g. "replications"
     * @param firstFew up to {@link #NAMED} failures, each "replication 3 (seed 12): why"
     * @param cause   the first failure
     */
    public static RunsFailedException of(int failed, int total, String what, List<String> firstFew, Throwable cause) {
        String more = failed > firstFew.size() ? "; ..." : "";
        return new RunsFailedException(failed + " of " + total + " " + what + " failed: " + String.join("; ", firstFew) + more, cause);
    }

    /** The same failure, said of a larger whole: "{@code context}: message". */
    public RunsFailedException in(String context) {
        return new RunsFailedException(context + ": " + getMessage(), getCause());
    }

    /** Why a run failed, in one line: a bad-input message as it is, anything else as an internal error. */
    public static String why(RuntimeException e) {
        String s = e instanceof InputException ? e.getMessage() : "internal error: " + e;
        return s.replace('\n', ' ');
    }
}
