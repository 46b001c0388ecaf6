package medsim.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DistanceTransformTest {
    @Test
    void matchesBruteForceOnAnIrregularPattern() {
        int width = 37;
        int height = 23;
        boolean[] site = new boolean[width * height];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                // A fixed, irregular scatter of sites, plus a solid block, so envelopes get popped.
                site[y * width + x] = (x * 7 + y * 13) % 53 == 0 || (x >= 20 && x < 25 && y >= 5 && y < 9);
            }
        }
        double[] fast = DistanceTransform.euclidean(site, width, height);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                double best = Double.POSITIVE_INFINITY;
                for (int sy = 0; sy < height; sy++) {
                    for (int sx = 0; sx < width; sx++) {
                        if (site[sy * width + sx]) {
                            best = Math.min(best, Math.hypot(sx - x, sy - y));
                        }
                    }
                }
                assertEquals(best, fast[y * width + x], 1e-9, "cell " + x + "," + y);
            }
        }
    }

    @Test
    void noSitesMeansInfiniteDistanceEverywhere() {
        double[] d = DistanceTransform.euclidean(new boolean[12], 4, 3);
        for (double v : d) {
            assertTrue(Double.isInfinite(v));
        }
    }
}
