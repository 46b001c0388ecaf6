package medsim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.apache.commons.math3.random.MersenneTwister;
import org.junit.jupiter.api.Test;

/**
 * ABC-SMC on a toy simulator whose posterior is known: x ~ Normal(theta, 0.05^2) with a
 * uniform prior on theta in [0, 1] and x observed at 0.6, so the posterior is (to within
 * the cube's far-away edges) Normal(0.6, 0.05^2). A second parameter the simulator ignores
 * must keep its prior.
 */
class AbcSmcTest {
    static final double OBSERVED = 0.6, NOISE_SD = 0.05;

    /** |x - observed| for a draw of x at theta = unit[0]; unit[1] plays no part. */
    static final AbcSmc.Distance TOY = (key, unit) -> Math.abs(unit[0] + NOISE_SD * new MersenneTwister(key).nextGaussian() - OBSERVED);

    static List<AbcSmc.Generation> run(int threads) {
        AbcSmc abc = new AbcSmc(2, new AbcSmc.Settings(400, 8, 0.5, 1_000_000, 11, threads));
        List<AbcSmc.Generation> seen = new ArrayList<>();
        List<AbcSmc.Generation> all = abc.run(TOY, seen::add);
        assertEquals(all, seen, "the listener hears every generation, in order");
        return all;
    }

    @Test
    void theSampleApproachesTheKnownPosteriorAndLeavesAnIgnoredParameterAtItsPrior() {
        List<AbcSmc.Generation> gens = run(2);
        assertEquals(8, gens.size());
        AbcSmc.Generation last = gens.get(gens.size() - 1);
        for (int g = 2; g < gens.size(); g++) assertTrue(gens.get(g).tolerance() < gens.get(g - 1).tolerance(), "tolerances shrink");
        assertTrue(last.tolerance() < 0.01, "last tolerance " + last.tolerance());
        assertEquals(OBSERVED, last.mean(0), 0.01, "posterior mean");
        assertEquals(NOISE_SD, Math.sqrt(last.variance(0)), 0.012, "posterior sd");
        assertEquals(OBSERVED, last.quantile(0, 0.5), 0.015, "posterior median");
        assertTrue(AbcSmc.contraction(last, 0) > 0.9, "the record pins theta: " + AbcSmc.contraction(last, 0));
        assertTrue(Math.abs(AbcSmc.contraction(last, 1)) < 0.25, "the ignored parameter keeps its prior: " + AbcSmc.contraction(last, 1));
        double sum = last.particles().stream().mapToDouble(AbcSmc.Particle::weight).sum();
        assertEquals(1, sum, 1e-9, "weights are normalised");
    }

    @Test
    void theSampleIsTheSameAtOneAndTwoThreads() {
        List<AbcSmc.Generation> one = run(1), two = run(2);
        assertEquals(one.size(), two.size());
        for (int g = 0; g < one.size(); g++) {
            List<AbcSmc.Particle> a = one.get(g).particles(), b = two.get(g).particles();
            assertEquals(a.size(), b.size());
            for (int i = 0; i < a.size(); i++) {
                assertEquals(a.get(i).weight(), b.get(i).weight(), 0.0);
                assertEquals(a.get(i).distance(), b.get(i).distance(), 0.0);
                assertEquals(a.get(i).unit()[0], b.get(i).unit()[0], 0.0);
                assertEquals(a.get(i).unit()[1], b.get(i).unit()[1], 0.0);
            }
        }
    }

    @Test
    void aBudgetStopsBeforeAGenerationItCannotFinishAndKeepsTheLastWholeOne() {
        AbcSmc abc = new AbcSmc(2, new AbcSmc.Settings(100, 20, 0.5, 1_000, 3, 1));
        int[] abandoned = {-1, -1};
        List<AbcSmc.Generation> gens = abc.run(TOY, new AbcSmc.Listener() {
            @Override
            public void generation(AbcSmc.Generation g) { }

            @Override
            public void abandoned(int generation, int simulations) {
                abandoned[0] = generation;
                abandoned[1] = simulations;
            }
        });
        int spent = gens.stream().mapToInt(AbcSmc.Generation::simulations).sum();
        assertTrue(spent <= 1_000, "simulations " + spent);
        assertTrue(gens.size() >= 2 && gens.size() < 20, "generations " + gens.size());
        assertEquals(gens.size(), abandoned[0], "the generation after the last whole one is the one abandoned");
        assertTrue(abandoned[1] > 0 && spent + abandoned[1] <= 1_000 && spent + abandoned[1] + 100 > 1_000,
                "its simulations are told, and the next batch would have passed the budget: " + abandoned[1]);
    }

    @Test
    void manyParametersMoveOnFromTheFirstGeneration() {
        // Eighteen dimensions, as the 2016 calibration has: the kernel's covariance, summed
        // from products whose rounding depends on their order, must still be exactly symmetric
        // for its Cholesky factor (it once failed here after generation 0).
        int dims = 18;
        AbcSmc abc = new AbcSmc(dims, new AbcSmc.Settings(40, 3, 0.5, 100_000, 7, 2));
        List<AbcSmc.Generation> gens = abc.run((key, unit) -> {
            double d = 0;
            for (int k = 0; k < 3; k++) d += (unit[k] - 0.3) * (unit[k] - 0.3);
            return Math.sqrt(d) + 0.01 * new MersenneTwister(key).nextGaussian();
        }, g -> { });
        assertEquals(3, gens.size());
        assertTrue(gens.get(2).tolerance() < gens.get(1).tolerance(), "the tolerance shrinks");
    }
}
