package medsim.cli;

import medsim.experiment.Replications;
import medsim.yaml.InputException;
import picocli.CommandLine.Option;

/** {@code --replications}, shared by the commands that replicate a scenario (validate, compare). */
final class ReplicationsOption {
    @Option(names = "--replications", paramLabel = "N", defaultValue = "10", description = "Replications (default: ${DEFAULT-VALUE}).")
    int replications;

    /** The number of replications, 1 to {@link Replications#MAX}; else bad input. */
    int get() {
        if (replications < 1 || replications > Replications.MAX) {
            throw InputException.of(null, "--replications must be between 1 and " + Replications.MAX + " (got " + replications + ")");
        }
        return replications;
    }
}
