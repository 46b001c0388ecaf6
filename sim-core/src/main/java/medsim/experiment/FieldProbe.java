package medsim.experiment;

import java.nio.file.Path;
import java.util.List;

import medsim.format.Numbers;
import medsim.scenario.ScenarioLoader;
import medsim.yaml.FieldOverride;
import medsim.yaml.InputException;

/**
 * Checks a swept field before any run. First its path: it must address the base scenario (a
 * list index names an entry the scenario has; see {@link ScenarioLoader#checkOverridePath}),
 * or the error is at the field's entry. Then it loads the base scenario with the field set to
 * each of a few values (its smallest and largest, and a fractional one where the design gives
 * fractions), each placed where the sweep file or CSV design asked for it. A path that names
 * no field, or a value outside the field's range, is then one error at that place rather
 * than runs that all fail. An error that every value gives alike (the same field and problem)
 * is the field's own, reported at the field's entry (the parameter, the CSV header cell); one
 * that depends on the value is reported at the value. An error the value causes elsewhere in
 * the scenario is reported at the value, naming the field, the value and that error.
 * Fields are tried one at a time against the base scenario. A combination of values wrong only
 * together (a minimum above a maximum) is found by {@code medsim check}, which loads every
 * design point ({@link SweepPlan#checkEveryPoint}); {@code medsim sweep} runs such a point and
 * records its failure. A calibration's candidates are not known in advance, so such a
 * candidate stops the calibration where it comes.
 */
final class FieldProbe {
    private FieldProbe() {}

    /** A value to try, where it was asked for, and what to add to an error it gets. */
    record Trial(double value, int line, int column, String hint) {}

    /**
     * @param file        the sweep file or CSV design, as the user named it
     * @param fieldLine   where the field itself is named in it (1-based), for an error every value gives
     * @param trials      the values to try, in order
     * @throws InputException for a path that addresses no field of the scenario's tree, at the
     *         field's entry; then for the first trial the scenario refuses
     */
    static void check(Path scenarioFile, String path, String file, int fieldLine, int fieldColumn, List<Trial> trials) {
        // A path that addresses nothing (a list index out of range, a list without an index) is the field's own error, whatever the value.
        ScenarioLoader.checkOverridePath(scenarioFile, path, file, fieldLine, fieldColumn);
        boolean anyAccepted = false;
        for (int i = 0; i < trials.size(); i++) {
            Trial t = trials.get(i);
            InputException e = load(scenarioFile, path, file, t);
            if (e == null) {
                anyAccepted = true;
                continue;
            }
            if (!anyAccepted && i + 1 < trials.size() && everyOtherGivesTheSame(scenarioFile, path, file, trials.subList(i + 1, trials.size()), e, t)) {
                throw at(file, fieldLine, fieldColumn, path, e, t, false);
            }
            throw at(file, t.line(), t.column(), path, e, t, true);
        }
    }

    private static boolean everyOtherGivesTheSame(Path scenarioFile, String path, String file, List<Trial> others, InputException e, Trial t) {
        String problem = problem(e, file, t);
        for (Trial o : others) {
            InputException other = load(scenarioFile, path, file, o);
            if (other == null || !problem(other, file, o).equals(problem)) return false;
        }
        return true;
    }

    /** The error without the place of the trial that got it, so that two trials' errors compare. */
    private static String problem(InputException e, String file, Trial t) {
        return atTrial(e, file, t) ? e.field() + " " + e.problem() : e.getMessage();
    }

    private static boolean atTrial(InputException e, String file, Trial t) {
        return file.equals(e.file()) && e.line() == t.line() && e.column() == t.column();
    }

    private static InputException at(String file, int line, int column, String path, InputException e, Trial t, boolean ofValue) {
        String hint = ofValue ? t.hint() : "";
        if (atTrial(e, file, t) && !path.equals(e.field())) {
            // The loader complains of a node the override made on its way: the path leads past the fields there are.
            return new InputException(file, line, column, path, "names no field of the scenario (" + e.field() + " " + e.problem() + ")");
        }
        if (atTrial(e, file, t)) return new InputException(file, line, column, e.field(), e.problem() + hint);
        String what = ofValue ? "= " + Numbers.format(t.value()) + " makes the scenario invalid: " : "makes the scenario invalid: ";
        return new InputException(file, line, column, path, what + e.getMessage() + hint);
    }

    private static InputException load(Path scenarioFile, String path, String file, Trial t) {
        try {
            ScenarioLoader.load(scenarioFile, List.of(FieldOverride.of(path, t.value(), file, t.line(), t.column())));
            return null;
        } catch (InputException e) {
            return e;
        }
    }
}
