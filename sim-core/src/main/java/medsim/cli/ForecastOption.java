package medsim.cli;

import medsim.scenario.HeldOut;
import medsim.scenario.Scenario;
import picocli.CommandLine.Option;

/**
 * {@code --forecast}, shared by the commands that simulate: without it, they simulate at most
 * {@link HeldOut#SMOKE_TEST_DAYS} days of a held-out scenario (see {@link HeldOut}).
 */
final class ForecastOption {
    @Option(names = "--forecast",
            description = "Release the forecast of a held-out scenario (heldOut:, e.g. 2017): simulate more than its "
                    + HeldOut.SMOKE_TEST_DAYS + "-day smoke test. Without it such a scenario is refused. No effect on other scenarios.")
    boolean forecast;

    /**
     * Refuses to simulate {@code days} days of {@code scenario} if it is held out, longer than
     * the smoke test, and the forecast was not released.
     *
     * @param command the command's name, for the error (e.g. {@code run})
     * @param shorten  how that command is asked for fewer days, for the error (e.g. {@code --days 7})
     * @throws medsim.yaml.InputException located at the scenario's {@code heldOut} block
     */
    void check(Scenario scenario, int days, String command, String shorten) {
        if (forecast || scenario.heldOut() == null || days <= HeldOut.SMOKE_TEST_DAYS) return;
        throw scenario.heldOut().refusal(command, days, shorten);
    }
}
