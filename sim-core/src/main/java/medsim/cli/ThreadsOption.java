package medsim.cli;

import medsim.yaml.InputException;
import picocli.CommandLine.Option;

/** {@code --threads}, shared by the commands that run many replications. Results never depend on it. */
final class ThreadsOption {
    @Option(names = "--threads", paramLabel = "N", description = "Threads (default: the machine's cores). Results do not depend on it.")
    Integer threads;

    int get() {
        int n = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        if (n < 1) throw InputException.of(null, "--threads must be at least 1 (got " + n + ")");
        return n;
    }
}
