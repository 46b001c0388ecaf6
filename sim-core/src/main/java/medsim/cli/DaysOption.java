package medsim.cli;

import medsim.scenario.Scenario;
import medsim.yaml.InputException;
import picocli.CommandLine.Option;

/** {@code --days}, shared by the commands that run a scenario once or in pairs (run, compare). */
final class DaysOption {
    @Option(names = "--days", paramLabel = "N", description = "Run only the first N days of the scenario's period.")
    Integer days;

    /**
     * {@code scenario} cut to the first N days, or as it is without {@code --days}.
     *
     * @param most the most days allowed (the scenario's period, or the shorter of two)
     * @param what what {@code most} is, for the error: "the scenario's period"
     * @throws InputException if N is not between 1 and {@code most}
     */
    Scenario apply(Scenario scenario, int most, String what) {
        if (days == null) return scenario;
        if (days < 1 || days > most) throw InputException.of(null, "--days must be between 1 and " + most + ", " + what + " (got " + days + ")");
        return scenario.withDays(days);
    }
}
