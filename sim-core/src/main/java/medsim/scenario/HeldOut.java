package medsim.scenario;

import java.util.Locale;

import medsim.yaml.InputException;

/**
 * A scenario held out of calibration and validation (its {@code heldOut} block): its year's
 * outcomes are the model's out-of-sample test, so nothing may be fitted or checked against
 * them, and its forecast is released only on purpose. The 2017 scenario is one
 * ({@code scenarios/README.md}, "2017: a forecast from policy inputs").
 *
 * <p>What it enforces: the loader refuses validation targets in a held-out scenario
 * ({@link ScenarioLoader}); the commands that simulate ({@code run}, {@code compare},
 * {@code sweep}, {@code slurm}, {@code validate}, {@code calibrate}) refuse more than {@link #SMOKE_TEST_DAYS}
 * days of it unless given {@code --forecast}, and {@code gui}, which plays a whole period,
 * opens it only with {@code --forecast}. {@code check} reads it as any scenario.
 *
 * @param reason why it is held out (text, not empty)
 * @param until  until when (text, not empty): the event that releases the forecast
 * @param file   the file that sets the block (a base, where a what-if inherits it)
 * @param line   its line there, from 1 (0 if unknown)
 * @param column its column there, from 1 (0 if unknown)
 */
public record HeldOut(String reason, String until, String file, int line, int column) {
    /** The most days of a held-out scenario a command simulates without {@code --forecast}: a smoke test, not a forecast. */
    public static final int SMOKE_TEST_DAYS = 7;

    /**
     * The one-line refusal of a command asked to simulate {@code days} days of it without
     * {@code --forecast}, located at the block.
     *
     * @param command the command's name, e.g. {@code run}
     * @param shorten  how that command is asked for fewer days, e.g. {@code --days 7} or {@code days: 7 in the sweep file}
     */
    public InputException refusal(String command, int days, String shorten) {
        return new InputException(file, line, column, "heldOut", String.format(Locale.ROOT,
                "says the scenario is held out (%s) until %s: medsim %s simulates at most %d days of it (asked for %d; e.g. %s); "
                        + "pass --forecast to release its forecast", reason, until, command, SMOKE_TEST_DAYS, days, shorten));
    }

    /**
     * The one-line refusal of {@code validate}, {@code calibrate} and {@code slurm --calibration}
     * (which have no {@code --forecast}): they compare runs with the scenario's validation
     * targets, and a held-out scenario has none (the loader refuses them). Located at the block.
     */
    public InputException refusalOfValidation(String command) {
        return new InputException(file, line, column, "heldOut", String.format(Locale.ROOT,
                "says the scenario is held out (%s) until %s: it has no validation targets while held out, so medsim %s has nothing to compare with; "
                        + "its forecast is medsim predict --forecast (medsim run --days %d is the smoke test)", reason, until, command, SMOKE_TEST_DAYS));
    }

    /**
     * The one-line refusal of a command that always simulates the whole period ({@code gui}),
     * asked without {@code --forecast}, located at the block.
     */
    public InputException refusalOfTheWholePeriod(String command) {
        return new InputException(file, line, column, "heldOut", String.format(Locale.ROOT,
                "says the scenario is held out (%s) until %s: medsim %s simulates all of it, so it needs --forecast to release its forecast "
                        + "(medsim run --days %d is the smoke test)", reason, until, command, SMOKE_TEST_DAYS));
    }
}
