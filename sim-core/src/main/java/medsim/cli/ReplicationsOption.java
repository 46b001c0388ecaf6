package medsim.cli;

import medsim.yaml.InputException;
import picocli.CommandLine.Option;

/** {@code --replications}, shared by the commands that replicate a scenario (validate, compare). */
final class ReplicationsOption {
    @Option(names = "--replications", paramLabel = "N", defaultValue = "10", description = "Replications (default: ${DEFAULT-VALUE}).")
    int replications;

    /** The number of replications, at least 1; else bad input. */
    int get() {
        if (replications < 1) throw InputException.of(null, "--replications must be at least 1 (got " + replications + ")");
        return replications;
    }
}
