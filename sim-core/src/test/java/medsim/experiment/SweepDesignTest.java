package medsim.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
        int r = 10, k = 2;
        double delta = 4 / (2.0 * 3);
        List<double[]> rows = new java.util.ArrayList<>();
        List<int[]> orders = new java.util.ArrayList<>();
        MersenneTwister rng = new MersenneTwister(3);
        for (int t = 0; t < r; t++) {
            double[] x = {rng.nextInt(2) / 3.0, rng.nextInt(2) / 3.0};
            int[] order = t % 2 == 0 ? new int[] {0, 1} : new int[] {1, 0};
            rows.add(x.clone());
            for (int f : order) {
                x[f] += delta;
                rows.add(x.clone());
            }
            orders.add(order);
        }
        DesignMatrix d = new DesignMatrix(List.of("a", "b"), rows, DesignKind.MORRIS, r, delta, orders, null);
        double[] y = rows.stream().mapToDouble(x -> 3 * x[0] - 5 * x[1]).toArray();
        MorrisEffects.Effect[] e = MorrisEffects.estimate(y, d);
        assertEquals(3, e[0].muStar(), 1e-9);
        assertEquals(5, e[1].muStar(), 1e-9);
        assertEquals(-5, e[1].mu(), 1e-9);
        assertEquals(0, e[0].sigma(), 1e-9, "no interaction, no spread");
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
