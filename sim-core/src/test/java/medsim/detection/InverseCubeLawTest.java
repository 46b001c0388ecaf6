package medsim.detection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class InverseCubeLawTest {

    /** Composite Simpson's rule with n (even) intervals. */
    static double simpson(java.util.function.DoubleUnaryOperator f, double a, double b, int n) {
        double h = (b - a) / n, sum = f.applyAsDouble(a) + f.applyAsDouble(b);
        for (int i = 1; i < n; i++) sum += (i % 2 == 1 ? 4 : 2) * f.applyAsDouble(a + i * h);
        return sum * h / 3;
    }

    @Test
    void segmentIntegralMatchesQuadratureOnEitherSideAndAcrossTheClosestPoint() {
        double[][] cases = {{0.7, -3, 2}, {0.7, 0.5, 4}, {0.7, -4, -0.5}, {2.5, -1, 1}, {0.01, 0.3, 0.9}, {0.05, -0.2, 0.1}};
        for (double[] c : cases) {
            double x = c[0];
            double expected = simpson(s -> Math.pow(x * x + s * s, -1.5), c[1], c[2], 2_000_000);
            assertEquals(expected, InverseCubeLaw.segmentIntegral(x, c[1], c[2]), 1e-8 * expected, () -> java.util.Arrays.toString(c));
        }
        assertEquals(Double.POSITIVE_INFINITY, InverseCubeLaw.segmentIntegral(0, -1, 1));
    }

    @Test
    void uncutLawGivesKoopmansSweepWidthTwoRootPiC() {
        // With no cut-off, p(x) = 1 - exp(-C / x^2), C = 2k / v, and W = 2 sqrt(pi C) (Koopman).
        double v = 10, k = 5, c = 2 * k / v;
        assertEquals(2 * Math.sqrt(Math.PI * c), InverseCubeLaw.sweepWidth(k, 1e5, v), 1e-4);
    }

    @Test
    void dimensionlessSweepWidthMatchesABruteForceQuadratureOverTenDecadesOfA() {
        for (double a : new double[] {1e-6, 1e-3, 0.1, 1, 10, 1e3, 1e5}) {
            // Simpson in theta on a grid fine enough for every scale of this a, with a break at pi/2 - 50/a.
            double top = Math.PI / 2, cut = Math.max(top / 2, top - 50 / a);
            java.util.function.DoubleUnaryOperator f = t -> Math.sin(t) == 0 ? Math.cos(t) : -Math.expm1(-a * Math.cos(t) / (Math.sin(t) * Math.sin(t))) * Math.cos(t);
            double expected = simpson(f, 0, cut, 1_000_000) + simpson(f, cut, top, 200_000);
            assertEquals(expected, InverseCubeLaw.g(a), 1e-7 * expected, "a = " + a);
        }
    }

    @Test
    void kForSweepWidthInvertsTheSweepWidthFromNearlyNothingToNearlyDefiniteRange() {
        for (double share : new double[] {0.001, 0.05, 0.3, 0.6, 0.9, 0.98}) {
            double range = 8, speed = 12, w = share * 2 * range;
            double k = InverseCubeLaw.kForSweepWidth(w, range, speed);
            assertEquals(w, InverseCubeLaw.sweepWidth(k, range, speed), 1e-9 * w, "share " + share);
        }
    }

    @Test
    void sweepWidthIsTheIntegralOfTheLateralRangeCurve() {
        double k = InverseCubeLaw.kForSweepWidth(6.1, 8, 12);
        // x = R sin(theta) makes the integrand smooth at the cut-off.
        double w = 2 * simpson(t -> InverseCubeLaw.lateralRange(k, 8, 12, 8 * Math.sin(t)) * 8 * Math.cos(t), 0, Math.PI / 2, 200_000);
        assertEquals(6.1, w, 1e-6);
    }

    /**
     * Issue 12, test (a): a straight pass cut into steps of 1, 2, 3 and 5 minutes, each step's
     * chance 1 - exp(-exposure), gives the analytic lateral range curve within 1e-3.
     */
    @Test
    void stepwiseChanceOfAStraightPassMatchesTheLateralRangeCurveAtAnyStep() {
        double range = 8, speed = 12;
        double k = InverseCubeLaw.kForSweepWidth(6.1, range, speed);
        for (double x : new double[] {0.05, 0.3, 1, 2, 3.5, 5, 7, 7.99}) {
            double expected = InverseCubeLaw.lateralRange(k, range, speed, x);
            for (int minutes : new int[] {1, 2, 3, 5}) {
                double hours = minutes / 60.0;
                double step = speed * hours;
                double miss = 1;
                // Start 9.37 nm before the closest point, so that no step boundary falls on the disc's edge.
                for (double s = -9.37; s < 9.37; s += step) {
                    double e = InverseCubeLaw.exposure(k, range, x, s, x, s + step, hours);
                    miss *= 1 - (-Math.expm1(-e));
                }
                assertEquals(expected, 1 - miss, 1e-3, "x = " + x + " nm, " + minutes + "-minute steps");
            }
        }
    }

    @Test
    void stepwiseChanceHoldsForAnObliqueTrackInAnyFrame() {
        double range = 8, speed = 16;
        double k = InverseCubeLaw.kForSweepWidth(4, range, speed);
        double angle = Math.toRadians(37), ux = Math.cos(angle), uy = Math.sin(angle);
        double x = 1.7; // lateral range
        for (int minutes : new int[] {1, 5}) {
            double hours = minutes / 60.0, step = speed * hours, total = 0;
            for (double s = -11; s < 11; s += step) {
                double ax = s * ux - x * uy, ay = s * uy + x * ux;
                double bx = (s + step) * ux - x * uy, by = (s + step) * uy + x * ux;
                total += InverseCubeLaw.exposure(k, range, ax, ay, bx, by, hours);
            }
            assertEquals(InverseCubeLaw.lateralRange(k, range, speed, x), -Math.expm1(-total), 1e-9);
        }
    }

    @Test
    void withoutRelativeMotionTheExposureIsRateTimesTime() {
        assertEquals(2.0 * 0.5 / 8, InverseCubeLaw.exposure(2, 5, 2, 0, 2, 0, 0.5), 1e-12);
        assertEquals(0, InverseCubeLaw.exposure(2, 5, 6, 0, 6, 0, 0.5));
    }

    @Test
    void nothingIsSeenBeyondTheMaximumRange() {
        assertEquals(0, InverseCubeLaw.exposure(100, 5, 5.5, -10, 5.5, 10, 1));
        assertEquals(0, InverseCubeLaw.exposure(100, 5, 0, 6, 0, 20, 1));
        assertTrue(InverseCubeLaw.exposure(100, 5, 0, 4.9, 0, 20, 1) > 0);
    }
    @Test
    void sensorsSearchingTogetherHaveTheSweepWidthOfTheirSummedRates() {
        double v = 150;
        // One sensor: the single-sensor formula.
        assertEquals(InverseCubeLaw.sweepWidth(400, 20, v), InverseCubeLaw.sweepWidth(new double[] {400, 0}, new double[] {20, 30}, v), 1e-12);
        // Two with one maximum range: the sweep width of their summed k.
        for (double[] ks : new double[][] {{40, 300}, {1e4, 2e5}, {0.5, 3}}) {
            double expected = InverseCubeLaw.sweepWidth(ks[0] + ks[1], 20, v);
            assertEquals(expected, InverseCubeLaw.sweepWidth(ks, new double[] {20, 20}, v), 1e-6 * expected, () -> java.util.Arrays.toString(ks));
        }
        // Two with different ranges: a brute-force Simpson integral of the combined lateral range curve.
        double[] k = {2000, 150}, r = {25, 8};
        double brute = 2 * (simpson(x -> combined(k, r, v, x), 1e-9, 8, 2_000_000) + simpson(x -> combined(k, r, v, x), 8, 25, 2_000_000));
        assertEquals(brute, InverseCubeLaw.sweepWidth(k, r, v), 1e-5 * brute);
    }

    private static double combined(double[] k, double[] r, double v, double x) {
        double e = 0;
        for (int i = 0; i < k.length; i++) if (x < r[i]) e += k[i] / v * 2 * Math.sqrt(r[i] * r[i] - x * x) / (x * x * r[i]);
        return -Math.expm1(-e);
    }
}
