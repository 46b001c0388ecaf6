package medsim.experiment;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.math3.exception.TooManyEvaluationsException;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.SimpleBounds;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.CMAESOptimizer;
import org.apache.commons.math3.random.MersenneTwister;

import medsim.format.Numbers;
import medsim.model.WorldCache;
import medsim.scenario.Scenario;
import medsim.scenario.ScenarioLoader;
import medsim.scenario.ValidationTarget;
import medsim.yaml.FieldOverride;
import medsim.yaml.InputException;

/**
 * Fits scenario parameters to the record with CMA-ES (commons-math3) in the unit cube of
 * the parameters' bounds. Every candidate runs the same seeded replications (common random
 * numbers), so candidates differ only by their parameters. The loss is the weighted sum of
 * each target's squared error in units of its tolerance. Each evaluation is reported to a
 * listener, which keeps the best point on disk as it goes. A candidate with a failed
 * replication stops the calibration with a {@link RunsFailedException}: the listener has
 * seen every evaluation before it.
 */
public final class Calibration {

    /** One evaluated candidate. */
    public record Evaluation(int index, double[] values, double loss, List<ValidationRow> rows) {}

    /** Told of every evaluation, in order. */
    public interface Listener {
        void evaluated(Evaluation e, Evaluation best);
    }

    private final Path scenarioFile;
    private final CalibrationSpec spec;
    private final int threads;
    private final WorldCache worlds = new WorldCache();

    public Calibration(Path scenarioFile, CalibrationSpec spec, int threads) {
        this.scenarioFile = scenarioFile;
        this.spec = spec;
        this.threads = threads;
    }

    /** The scenario with the parameters at these values. */
    public Scenario scenarioAt(double[] values) {
        List<FieldOverride> overrides = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            CalibrationSpec.Parameter p = spec.parameters().get(i);
            overrides.add(FieldOverride.of(p.path(), values[i], spec.file().toString(), p.line(), p.column()));
        }
        return ScenarioLoader.load(scenarioFile, overrides);
    }

    /**
     * Runs the scenario at these values and scores it against the targets.
     *
     * @throws InputException when the scenario refuses the values together (each alone was checked
     *         when the calibration file was read): at the loader's place, naming the evaluation and
     *         the candidate's values, so that the ranges can be narrowed
     */
    public Evaluation evaluate(int index, double[] values) {
        Scenario s;
        try {
            s = scenarioAt(values);
        } catch (InputException e) {
            StringBuilder candidate = new StringBuilder();
            for (int i = 0; i < values.length; i++) {
                candidate.append(i == 0 ? "" : ", ").append(spec.parameters().get(i).path()).append(" = ").append(Numbers.format(values[i]));
            }
            throw new InputException(e.file(), e.line(), e.column(), e.field(), e.problem() + " at evaluation " + index + ", a candidate of the search ("
                    + candidate + "): the parameters' ranges allow values the scenario refuses together; narrow them");
        }
        List<RunResult> runs;
        try {
            runs = Replications.run(s, worlds.get(s.geography()), spec.seed(), spec.replications(), threads, done -> { });
        } catch (RunsFailedException e) {
            throw e.in("calibration stopped at evaluation " + index);
        }
        List<ValidationTarget> targets = s.validation().stream().filter(t -> spec.targetWeights().containsKey(t.id())).toList();
        List<ValidationRow> rows = Validation.evaluate(targets, runs);
        double loss = 0;
        for (ValidationRow r : rows) loss += spec.targetWeights().get(r.target().id()) * r.loss();
        return new Evaluation(index, values.clone(), loss, rows);
    }

    public Evaluation run(Listener listener) {
        int n = spec.parameters().size();
        double[] start = new double[n];
        double[] sigma = new double[n];
        double[] lower = new double[n];
        double[] upper = new double[n];
        for (int i = 0; i < n; i++) {
            start[i] = spec.parameters().get(i).unit(spec.parameters().get(i).start());
            sigma[i] = spec.initialStep();
            upper[i] = 1;
        }
        Evaluation[] best = new Evaluation[1];
        int[] count = new int[1];
        ObjectiveFunction objective = new ObjectiveFunction(unit -> {
            double[] values = new double[n];
            for (int i = 0; i < n; i++) values[i] = spec.parameters().get(i).value(unit[i]);
            Evaluation e = evaluate(++count[0], values);
            if (best[0] == null || e.loss() < best[0].loss()) best[0] = e;
            listener.evaluated(e, best[0]);
            return e.loss();
        });
        CMAESOptimizer cmaes = new CMAESOptimizer(Integer.MAX_VALUE, 0.0, true, 0, 0,
                new MersenneTwister(spec.seed()), false, null);
        try {
            cmaes.optimize(new MaxEval(spec.maxEvaluations()), objective, GoalType.MINIMIZE, new InitialGuess(start),
                    new SimpleBounds(lower, upper), new CMAESOptimizer.Sigma(sigma), new CMAESOptimizer.PopulationSize(spec.populationSize()));
        } catch (TooManyEvaluationsException e) {
            // the budget is spent: the best point so far is the answer
        }
        return best[0];
    }

    public CalibrationSpec spec() { return spec; }
}
