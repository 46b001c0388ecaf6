package medsim.cli;

import medsim.yaml.InputException;
import picocli.CommandLine.Option;

/** {@code --seed}, shared by the commands that run the model. */
final class SeedOption {
    static final long MAX_SEED = (1L << 31) - 1;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1",
            description = "Random seed, 0 to 2147483647 (default: ${DEFAULT-VALUE}). MASON's generator takes 32-bit seeds.")
    long seed;

    long get() {
        if (seed < 0 || seed > MAX_SEED) throw InputException.of(null, "--seed must be between 0 and " + MAX_SEED + " (got " + seed + ")");
        return seed;
    }
}
