package medsim.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.apache.commons.math3.random.MersenneTwister;
import org.junit.jupiter.api.Test;

class SweepDesignTest {

    @Test
    void aLatinHypercubeHasOnePointInEveryStratumOfEveryDimension() {
        int n = 20;
        List<double[]> rows = SweepDesign.latinHypercube(n, 3, new MersenneTwister(1));
        for (int j = 0; j < 3; j++) {
            boolean[] seen = new boolean[n];
            for (double[] r : rows) seen[(int) (r[j] * n)] = true;
            for (boolean s : seen) assertTrue(s, "dimension " + j);
        }
    }

    @Test
    void saltelliBlocksShareColumnsAsTheEstimatorsNeed() {
        int n = 16, k = 3;
        List<double[]> rows = SweepDesign.saltelli(n, k);
        assertEquals(n * (k + 2), rows.size());
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < n; j++) {
                double[] a = rows.get(j), b = rows.get(n + j), ab = rows.get((2 + i) * n + j);
                for (int c = 0; c < k; c++) assertEquals(c == i ? b[c] : a[c], ab[c], 0.0);
            }
        }
    }

    /** y = x1 + 2 x2 with x uniform on [0, 1]: S1 = ST1 = 1/5, S2 = ST2 = 4/5. */
    @Test
    void sobolIndicesOfALinearFunctionAreItsVarianceShares() {
        int n = 2048, k = 2;
        List<double[]> rows = SweepDesign.saltelli(n, k);
        double[] y = rows.stream().mapToDouble(r -> r[0] + 2 * r[1]).toArray();
        SobolIndices.Index[] idx = SobolIndices.estimate(y, n, k, 100, 1);
        assertEquals(0.2, idx[0].first(), 0.03);
        assertEquals(0.8, idx[1].first(), 0.03);
        assertEquals(0.2, idx[0].total(), 0.03);
        assertEquals(0.8, idx[1].total(), 0.03);
        assertTrue(idx[0].firstLow() <= idx[0].first() && idx[0].first() <= idx[0].firstHigh());
    }

    @Test
    void morrisEffectsOfALinearFunctionAreItsSlopes() {
        List<ParameterRange> ranges = List.of(new ParameterRange(0, 1, false, false), new ParameterRange(0, 1, false, false));
        DesignMatrix d = SweepDesign.morris(List.of("a", "b"), ranges, 10, 4, new MersenneTwister(3));
        double[] y = d.rows().stream().mapToDouble(x -> 3 * x[0] - 5 * x[1]).toArray();
        MorrisEffects.Effect[] e = MorrisEffects.estimate(y, d, ranges, 100, 1);
        assertEquals(3, e[0].muStar(), 1e-9);
        assertEquals(5, e[1].muStar(), 1e-9);
        assertEquals(-5, e[1].mu(), 1e-9);
        assertEquals(0, e[0].sigma(), 1e-9, "no interaction, no spread");
        assertEquals(0, e[0].muStarConf(), 1e-9, "every effect alike: no bootstrap spread");
        assertEquals(10, e[0].effects());
    }

    /**
     * y = 7 a - 2 b + c / 3 with a whole in 0..2, b whole in 0..4 and c on a log scale: the grid's
     * rounded steps (a: 1, not 2/3 of 2; b: 3, not 2/3 of 4) are what the effects divide by, so
     * they are the exact slopes per range: 7 x 2, 2 x 4, and per unit of log-range for c.
     */
    @Test
    void morrisEffectsOfALinearModelWithIntegerInputsAreItsExactSlopes() {
        List<ParameterRange> ranges = List.of(new ParameterRange(0, 2, false, true), new ParameterRange(0, 4, false, true),
                new ParameterRange(0.001, 0.1, true, false));
        DesignMatrix d = SweepDesign.morris(List.of("a", "b", "c"), ranges, 12, 4, new MersenneTwister(5));
        for (double[] row : d.rows()) {
            assertEquals(Math.rint(row[0]), row[0], 0.0, "whole numbers only");
            assertEquals(Math.rint(row[1]), row[1], 0.0);
        }
        double[] y = d.rows().stream().mapToDouble(x -> 7 * x[0] - 2 * x[1] + Math.log(x[2]) / 3).toArray();
        MorrisEffects.Effect[] e = MorrisEffects.estimate(y, d, ranges, 100, 1);
        assertEquals(14, e[0].muStar(), 1e-9);
        assertEquals(8, e[1].muStar(), 1e-9);
        assertEquals(-8, e[1].mu(), 1e-9);
        assertEquals(Math.log(100) / 3, e[2].muStar(), 1e-9);
        for (MorrisEffects.Effect x : e) assertEquals(0, x.sigma(), 1e-9, "a linear model has no spread");
    }

    /** mu_star_conf as SALib computes it: z(0.975) x the bootstrap standard deviation of mu*, seeded, so the same every time. */
    @Test
    void morrisBootstrapIntervalsAreDeterministicAndAsWideAsTheEffectsSpread() {
        List<ParameterRange> ranges = List.of(new ParameterRange(0, 1, false, false), new ParameterRange(0, 1, false, false));
        DesignMatrix d = SweepDesign.morris(List.of("a", "b"), ranges, 40, 4, new MersenneTwister(8));
        double[] y = d.rows().stream().mapToDouble(x -> x[0] * x[0] * 10 + x[0] * x[1] * 20).toArray();
        MorrisEffects.Effect[] e = MorrisEffects.estimate(y, d, ranges, 1000, 42);
        MorrisEffects.Effect[] again = MorrisEffects.estimate(y, d, ranges, 1000, 42);
        assertEquals(e[0].muStarConf(), again[0].muStarConf(), 0.0, "the same seed gives the same interval");
        assertEquals(e[1].muStarConf(), again[1].muStarConf(), 0.0);
        assertTrue(e[0].muStarConf() != MorrisEffects.estimate(y, d, ranges, 1000, 43)[0].muStarConf(), "the seed decides the resamples");
        // The bootstrap standard deviation of a mean of n values is close to their population sd / sqrt(n).
        List<double[]> rows = d.rows();
        org.apache.commons.math3.stat.descriptive.SummaryStatistics abs = new org.apache.commons.math3.stat.descriptive.SummaryStatistics();
        for (int t = 0; t < 40; t++) {
            for (int s = 0; s < 2; s++) {
                int f = d.morrisFactorOrder().get(t)[s];
                int at = t * 3 + s;
                if (f == 0) abs.addValue(Math.abs((y[at + 1] - y[at]) / (rows.get(at + 1)[0] - rows.get(at)[0])));
            }
        }
        double expected = 1.959964 * Math.sqrt(abs.getPopulationVariance() / abs.getN());
        assertTrue(expected > 0);
        assertEquals(expected, e[0].muStarConf(), 0.1 * expected);
        MorrisEffects.Effect[] few = MorrisEffects.estimate(Arrays.copyOf(y, 4 * 3), SweepDesign.morris(List.of("a", "b"), ranges, 4, 4,
                new MersenneTwister(8)), ranges, 1000, 42);
        assertTrue(Double.isNaN(few[0].muStarConf()), "four trajectories give no interval");
    }

    @Test
    void latinHypercubesDrawEveryWholeNumberOfARangeEquallyOften() {
        ParameterRange r = new ParameterRange(0, 2, false, true);
        List<double[]> rows = SweepDesign.scale(List.of(r, new ParameterRange(1, 5, false, true)), SweepDesign.latinHypercube(60, 2, new MersenneTwister(1)));
        assertArrayEquals(new int[] {20, 20, 20}, counts(rows, 0, 0, 2), "stratified: exactly a third each");
        assertArrayEquals(new int[] {12, 12, 12, 12, 12}, counts(rows, 1, 1, 5));
    }

    @Test
    void sobolPointsDrawEveryWholeNumberOfARangeEquallyOften() {
        int n = 3000;
        List<double[]> rows = SweepDesign.scale(List.of(new ParameterRange(0, 2, false, true), new ParameterRange(4, 16, false, true)), SweepDesign.sobol(n, 2));
        for (int c : counts(rows, 0, 0, 2)) assertEquals(n / 3.0, c, 0.01 * n, "0, 1 and 2 a third each (rounding gave 25/50/25%)");
        for (int c : counts(rows, 1, 4, 16)) assertEquals(n / 13.0, c, 0.01 * n);
        List<double[]> saltelli = SweepDesign.scale(List.of(new ParameterRange(0, 2, false, true)), SweepDesign.saltelli(1024, 1));
        for (int c : counts(saltelli, 0, 0, 2)) assertEquals(saltelli.size() / 3.0, c, 0.01 * saltelli.size());
    }

    private static int[] counts(List<double[]> rows, int column, int min, int max) {
        int[] out = new int[max - min + 1];
        for (double[] r : rows) {
            assertEquals(Math.rint(r[column]), r[column], 0.0);
            out[(int) r[column] - min]++;
        }
        return out;
    }

    @Test
    void aGridOfAWholeNumberRangeRoundsEvenlySpacedLevels() {
        ParameterRange r = new ParameterRange(0, 5, false, true);
        assertEquals(List.of(0.0, 2.0, 3.0, 5.0), List.of(r.gridValue(0, 4), r.gridValue(1, 4), r.gridValue(2, 4), r.gridValue(3, 4)));
        ParameterRange log = new ParameterRange(0.001, 0.1, true, false);
        assertEquals(0.1, log.gridValue(3, 4), 0.0, "the ends are exact");
        assertEquals(0.01, log.gridValue(1, 3), 1e-15);
    }

    @Test
    void sweepSeedsDependOnlyOnTheSweepSeedPointAndReplication() {
        long s = Seeds.derive(7, 3, 1);
        assertEquals(s, Seeds.derive(7, 3, 1));
        assertTrue(s >= 0 && s < (1L << 31));
        assertTrue(Seeds.derive(7, 3, 2) != s && Seeds.derive(7, 4, 1) != s && Seeds.derive(8, 3, 1) != s);
        assertArrayEquals(new long[] {Seeds.derive(1, 0)}, new long[] {Seeds.derive(1, 0)});
    }
}
