package medsim.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import medsim.record.Plural;
import medsim.scenario.Scenario;
import medsim.scenario.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** Checks scenario files without running them. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check scenario files: every field, type, range and reference. Exit 2 on the first error.")
final class CheckCommand implements Callable<Integer> {
    @Parameters(paramLabel = "SCENARIO", arity = "1..*", description = "Scenario YAML files.")
    Path[] scenarios;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        for (Path p : scenarios) {
            Scenario s = ScenarioLoader.load(p);
            spec.commandLine().getOut().printf(java.util.Locale.ROOT, "%s: ok (%s, %s to %s, %s, %s)%n",
                    p, s.name(), s.startDate(), s.endDate(), Plural.of(s.forces().size(), "force"),
                    Plural.of(s.forces().values().stream().mapToInt(f -> f.assets().size()).sum(), "asset class", "asset classes"));
        }
        return 0;
    }
}
