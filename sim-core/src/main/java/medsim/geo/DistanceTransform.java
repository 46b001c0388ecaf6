package medsim.geo;

import java.util.Arrays;

/**
 * Exact Euclidean distance transform on a grid (Felzenszwalb and Huttenlocher, "Distance
 * Transforms of Sampled Functions", Theory of Computing 8, 2012): the squared distance is
 * separable, so one 1D lower-envelope-of-parabolas pass down the columns and one along the
 * rows give, in O(cells), each cell's distance to the nearest site cell (centre to centre).
 */
final class DistanceTransform {
    private DistanceTransform() {
    }

    /**
     * Distances in cell units from every cell to the nearest cell with {@code site[i]} true;
     * cells are indexed {@code y * width + x}. Infinite everywhere if there is no site.
     */
    static double[] euclidean(boolean[] site, int width, int height) {
        int n = Math.max(width, height);
        double[] f = new double[n];
        double[] d = new double[n];
        int[] v = new int[n];
        double[] z = new double[n + 1];
        double[] grid = new double[width * height]; // squared distances after the column pass, distances after the row pass

        for (int x = 0; x < width; x++) {
            for (int y = 0; y < height; y++) {
                f[y] = site[y * width + x] ? 0.0 : Double.POSITIVE_INFINITY;
            }
            lowerEnvelope(f, height, d, v, z);
            for (int y = 0; y < height; y++) {
                grid[y * width + x] = d[y];
            }
        }
        for (int y = 0; y < height; y++) {
            int row = y * width;
            System.arraycopy(grid, row, f, 0, width);
            lowerEnvelope(f, width, d, v, z);
            for (int x = 0; x < width; x++) {
                grid[row + x] = Math.sqrt(d[x]);
            }
        }
        return grid;
    }

    /**
     * d[q] = min over p of (q - p)^2 + f[p], for q in [0, n). Infinite f values are left out of
     * the envelope rather than carried as a large constant, which would lose precision.
     */
    private static void lowerEnvelope(double[] f, int n, double[] d, int[] v, double[] z) {
        int k = -1;
        for (int q = 0; q < n; q++) {
            if (f[q] == Double.POSITIVE_INFINITY) {
                continue;
            }
            double s = Double.NEGATIVE_INFINITY;
            while (k >= 0) {
                int p = v[k];
                s = ((f[q] + (double) q * q) - (f[p] + (double) p * p)) / (2.0 * (q - p));
                if (s <= z[k]) {
                    k--;
                } else {
                    break;
                }
            }
            if (k < 0) {
                s = Double.NEGATIVE_INFINITY;
            }
            k++;
            v[k] = q;
            z[k] = s;
            z[k + 1] = Double.POSITIVE_INFINITY;
        }
        if (k < 0) {
            Arrays.fill(d, 0, n, Double.POSITIVE_INFINITY);
            return;
        }
        k = 0;
        for (int q = 0; q < n; q++) {
            while (z[k + 1] < q) {
                k++;
            }
            double dq = q - v[k];
            d[q] = dq * dq + f[v[k]];
        }
    }
}
