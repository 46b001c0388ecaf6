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
        Scenario s = candidate("evaluation " + index, values);
        List<RunResult> runs;
        try {
            runs = Replications.run(s, worlds.get(s.geography()), spec.seed(), spec.replications(), threads, done -> { });
        } catch (RunsFailedException e) {
            throw e.in("calibration stopped at evaluation " + index);
        }
        List<ValidationRow> rows = Validation.evaluate(fitTargets(s), runs);
        return new Evaluation(index, values.clone(), loss(rows), rows);
    }

    /**
     * ABC-SMC ({@link AbcSmc}, with the calibration file's {@code abc} settings): a simulation
     * of a proposed set is {@code replications} runs seeded from the proposal's own key (each
     * proposal its own noise, unlike CMA-ES's common seeds), scored by the square root of the
     * loss over the fit targets, so its distance from the record is in units of the targets'
     * observation errors. The proposals of a generation run in parallel, each on one thread.
     * The journal keeps every simulation's distance (to resume from, and shared with the other
     * shards); {@code share} says which proposals this process simulates.
     *
     * @throws IllegalStateException if the calibration file did not ask for {@code method: abc-smc}
     */
    public List<AbcSmc.Generation> runAbc(AbcSmc.Journal journal, AbcSmc.Share share, AbcSmc.Listener listener) {
        CalibrationSpec.Abc abc = spec.abc();
        if (abc == null) throw new IllegalStateException("not an abc-smc calibration");
        int n = spec.parameters().size();
        AbcSmc smc = new AbcSmc(n, new AbcSmc.Settings(abc.particles(), abc.generations(), abc.quantile(), spec.maxEvaluations(), spec.seed(), threads));
        return smc.run((key, unit) -> {
            Scenario s = candidate("the simulation with key " + key, values(unit));
            List<RunResult> runs;
            try {
                runs = Replications.run(s, worlds.get(s.geography()), key, spec.replications(), 1, done -> { });
            } catch (RunsFailedException e) {
                throw e.in("calibration stopped at the simulation with key " + key);
            }
            return Math.sqrt(loss(Validation.evaluate(fitTargets(s), runs)));
        }, journal, share, listener);
    }

    /**
     * The scenario at a candidate's values; values the scenario refuses together are an
     * InputException at the loader's place naming {@code where} and the candidate.
     */
    private Scenario candidate(String where, double[] values) {
        try {
            return scenarioAt(values);
        } catch (InputException e) {
            StringBuilder candidate = new StringBuilder();
            for (int i = 0; i < values.length; i++) {
                candidate.append(i == 0 ? "" : ", ").append(spec.parameters().get(i).path()).append(" = ").append(Numbers.format(values[i]));
            }
            throw new InputException(e.file(), e.line(), e.column(), e.field(), e.problem() + " at " + where + ", a candidate of the search ("
                    + candidate + "): the parameters' ranges allow values the scenario refuses together; narrow them");
        }
    }

    /** A parameter set from the unit cube to the parameters' own units. */
    public double[] values(double[] unit) {
        double[] values = new double[unit.length];
        for (int i = 0; i < unit.length; i++) values[i] = spec.parameters().get(i).value(unit[i]);
        return values;
    }

    private List<ValidationTarget> fitTargets(Scenario s) {
        return s.validation().stream().filter(t -> spec.targetWeights().containsKey(t.id())).toList();
    }

    private double loss(List<ValidationRow> rows) {
        double loss = 0;
        for (ValidationRow r : rows) loss += spec.targetWeights().get(r.target().id()) * r.loss();
        return loss;
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
            Evaluation e = evaluate(++count[0], values(unit));
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
