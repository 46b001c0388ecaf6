package medsim.detection;

import java.util.Arrays;

import org.apache.commons.math3.analysis.UnivariateFunction;
import org.apache.commons.math3.analysis.integration.gauss.GaussIntegrator;
import org.apache.commons.math3.analysis.integration.gauss.GaussIntegratorFactory;
import org.apache.commons.math3.analysis.solvers.BrentSolver;

/**
 * Koopman's inverse-cube detection law, cut off at a maximum range: the instantaneous
 * detection rate is {@code gamma(r) = k / r^3} per hour for {@code r <= R}, and 0 beyond
 * (Koopman, <i>Search and Screening</i>, 1946/1980, ch. 3; the "inverse cube" lateral range
 * curve of the US National SAR Supplement and SAROPS). Shapes:
 * <ul>
 *   <li>{@code k} in nm^3/h, ranges in nm, speeds in knots, time in hours;</li>
 *   <li>the exposure (integrated rate) of a straight relative track at lateral range x, from
 *       along-track position a to b (nm), crossed at relative speed v:
 *       {@code (k / v) * integral_a^b ds / (x^2 + s^2)^(3/2)}, in closed form;</li>
 *   <li>the lateral range curve, the chance of detection over a whole straight pass:
 *       {@code p(x) = 1 - exp(-(k / v) * 2 sqrt(R^2 - x^2) / (x^2 R))} for {@code |x| < R};</li>
 *   <li>the sweep width {@code W = integral p(x) dx = 2 R g(a)}, with the dimensionless
 *       {@code a = 2 k / (v R^2)} and {@code g(a) = integral_0^1 (1 - exp(-a sqrt(1-u^2) / u^2)) du},
 *       increasing from 0 (no detection) to 1 (a definite-range "cookie cutter", W = 2R).</li>
 * </ul>
 * A large {@code a} gives a near-definite-range sensor (radar against a boat in its reach);
 * a small one the gentle fall-off of visual search. Pure functions; no state.
 */
public final class InverseCubeLaw {
    /** The most of 2R a sweep width may take: above this the law degenerates into a definite range and k into infinity. */
    public static final double MAX_SWEEP_WIDTH_SHARE = 0.98;

    private InverseCubeLaw() {}

    /**
     * {@code integral_a^b ds / (x^2 + s^2)^(3/2)} (in 1/nm^2) for {@code a <= b}, computed without
     * cancellation; +Infinity when the track passes through the sensor ({@code x = 0}, a <= 0 <= b).
     */
    public static double segmentIntegral(double x, double a, double b) {
        if (b < a) throw new IllegalArgumentException("b < a: " + b + " < " + a);
        if (a == b) return 0;
        double x2 = x * x;
        if (a >= 0) return sameSide(x2, a, b);
        if (b <= 0) return sameSide(x2, -b, -a);
        if (x2 == 0) return Double.POSITIVE_INFINITY;
        return b / (x2 * Math.sqrt(x2 + b * b)) + -a / (x2 * Math.sqrt(x2 + a * a));
    }

    /** The integral from a to b with {@code 0 <= a < b}: (b^2 - a^2) / (ra rb (b ra + a rb)), ra = sqrt(x^2 + a^2). */
    private static double sameSide(double x2, double a, double b) {
        double ra = Math.sqrt(x2 + a * a);
        double rb = Math.sqrt(x2 + b * b);
        double denominator = ra * rb * (b * ra + a * rb);
        if (denominator == 0) return Double.POSITIVE_INFINITY; // a = 0 and x = 0
        return (b - a) * (b + a) / denominator;
    }

    /**
     * The exposure (integrated rate, dimensionless) of a relative track that runs straight from
     * (x0, y0) to (x1, y1) nm, the target's position relative to the sensor, during
     * {@code hours}; the rate is {@code k / r^3} within {@code maxRangeNm} and 0 beyond.
     * +Infinity when the track passes through the sensor.
     */
    public static double exposure(double k, double maxRangeNm, double x0, double y0, double x1, double y1, double hours) {
        if (hours <= 0 || k == 0) return 0;
        double dx = x1 - x0, dy = y1 - y0;
        double length = Math.sqrt(dx * dx + dy * dy);
        double R = maxRangeNm;
        if (length <= 1e-9 * R) {
            // No relative motion: the rate at the (fixed) range, for the whole step.
            double r = Math.sqrt(x0 * x0 + y0 * y0);
            if (r > R) return 0;
            return r == 0 ? Double.POSITIVE_INFINITY : k * hours / (r * r * r);
        }
        double ux = dx / length, uy = dy / length;
        // Along-track coordinate s (0 at the closest point of the line), lateral range x.
        double a = x0 * ux + y0 * uy;
        double lateral = Math.abs(x0 * uy - y0 * ux);
        if (lateral >= R) return 0;
        double b = a + length;
        double half = Math.sqrt((R - lateral) * (R + lateral));
        double lo = Math.max(a, -half), hi = Math.min(b, half);
        if (lo >= hi) return 0;
        double speed = length / hours;
        return k / speed * segmentIntegral(lateral, lo, hi);
    }

    /** The lateral range curve: the chance of detection over a whole straight pass at closest approach x nm and relative speed v knots. */
    public static double lateralRange(double k, double maxRangeNm, double speedKnots, double x) {
        double ax = Math.abs(x);
        if (ax >= maxRangeNm) return 0;
        if (ax == 0) return 1;
        double half = Math.sqrt((maxRangeNm - ax) * (maxRangeNm + ax));
        return -Math.expm1(-k / speedKnots * 2 * half / (ax * ax * maxRangeNm));
    }

    /** The sweep width in nm: {@code 2 R g(2 k / (v R^2))}. */
    public static double sweepWidth(double k, double maxRangeNm, double speedKnots) {
        return 2 * maxRangeNm * g(2 * k / (speedKnots * maxRangeNm * maxRangeNm));
    }

    /**
     * The sweep width in nm of several sensors searching together at {@code speedKnots}: their
     * rates {@code k[i] / r^3} (cut at {@code maxRangeNm[i]}) add, so the lateral range curve is
     * {@code 1 - exp(-sum_i (k[i] / v) 2 sqrt(R_i^2 - x^2) / (x^2 R_i))}, and W its integral over x.
     * One sensor gives {@link #sweepWidth(double, double, double)}; several with one maximum
     * range give it at the sum of their k. Integrated numerically between the maximum ranges, in
     * {@code x = b - (b - a) s^2} on each piece [a, b] (which makes the root at b smooth), by a
     * fixed Gauss-Legendre rule on pieces that narrow geometrically toward both ends of s.
     *
     * @throws IllegalArgumentException if the arrays differ in length
     */
    public static double sweepWidth(double[] k, double[] maxRangeNm, double speedKnots) {
        if (k.length != maxRangeNm.length) throw new IllegalArgumentException("k and maxRangeNm differ in length");
        int used = 0;
        for (int i = 0; i < k.length; i++) if (k[i] > 0) used++;
        if (used == 0) return 0;
        if (used == 1) {
            for (int i = 0; i < k.length; i++) if (k[i] > 0) return sweepWidth(k[i], maxRangeNm[i], speedKnots);
        }
        double[] ends = new double[k.length + 1];
        int n = 0;
        ends[n++] = 0;
        for (int i = 0; i < k.length; i++) if (k[i] > 0) ends[n++] = maxRangeNm[i];
        Arrays.sort(ends, 0, n);
        double sum = 0;
        for (int e = 0; e + 1 < n; e++) {
            double a = ends[e], b = ends[e + 1];
            if (b <= a) continue;
            for (int p = 0; p + 1 < S_CUTS.length; p++) {
                double from = S_CUTS[p], to = S_CUTS[p + 1];
                double mid = (from + to) / 2, half = (to - from) / 2;
                double piece = 0;
                for (int q = 0; q < NODES_COUNT; q++) {
                    double s = mid + half * RULE.getPoint(q);
                    double x = b - (b - a) * s * s;
                    piece += RULE.getWeight(q) * combinedLateralRange(k, maxRangeNm, speedKnots, x) * 2 * (b - a) * s;
                }
                sum += piece * half;
            }
        }
        return 2 * sum;
    }

    /** The lateral range curve of sensors searching together (their exposures add). */
    private static double combinedLateralRange(double[] k, double[] maxRangeNm, double speedKnots, double x) {
        double ax = Math.abs(x);
        if (ax == 0) return 1;
        double exposure = 0;
        for (int i = 0; i < k.length; i++) {
            double r = maxRangeNm[i];
            if (k[i] <= 0 || ax >= r) continue;
            exposure += k[i] / speedKnots * 2 * Math.sqrt((r - ax) * (r + ax)) / (ax * ax * r);
        }
        return -Math.expm1(-exposure);
    }

    /** Break points in s on [0, 1]: geometric toward both ends, where the lateral range curve may turn sharply. */
    private static final double[] S_CUTS = {0, 1e-8, 1e-7, 1e-6, 1e-5, 1e-4, 1e-3, 1e-2, 0.05, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9,
            0.95, 0.99, 1 - 1e-3, 1 - 1e-4, 1 - 1e-5, 1 - 1e-6, 1};

    /**
     * The k (nm^3/h) whose sweep width at {@code speedKnots} is {@code sweepWidthNm}.
     *
     * @throws IllegalArgumentException unless {@code 0 < sweepWidthNm <= MAX_SWEEP_WIDTH_SHARE x 2R}, or
     *         if the width is so small a share of 2R that no rate within the solver's bracket gives it
     */
    public static double kForSweepWidth(double sweepWidthNm, double maxRangeNm, double speedKnots) {
        double share = sweepWidthNm / (2 * maxRangeNm);
        if (!(share > 0 && share <= MAX_SWEEP_WIDTH_SHARE)) {
            throw new IllegalArgumentException("a sweep width of " + sweepWidthNm + " nm needs a maximum range above "
                    + sweepWidthNm / (2 * MAX_SWEEP_WIDTH_SHARE) + " nm (got " + maxRangeNm + ")");
        }
        // g is increasing in a; solve g(e^t) = share for t = ln a.
        UnivariateFunction f = t -> g(Math.exp(t)) - share;
        double lo = -60, hi = 60;
        if (!(f.value(lo) < 0)) {
            throw new IllegalArgumentException("a sweep width of " + sweepWidthNm + " nm is too small for an inverse-cube rate cut at "
                    + maxRangeNm + " nm (it must be a larger share of twice the maximum range)");
        }
        double t = new BrentSolver(1e-13, 1e-14).solve(500, f, lo, hi);
        return Math.exp(t) * speedKnots * maxRangeNm * maxRangeNm / 2;
    }

    private static final int NODES_COUNT = 24;
    /** Gauss-Legendre rule of {@link #NODES_COUNT} points on [-1, 1], built once (immutable). */
    private static final GaussIntegrator RULE = new GaussIntegratorFactory().legendre(NODES_COUNT, -1, 1);
    private static final int MAX_CUTS = 40;

    /**
     * {@code g(a) = integral_0^1 (1 - exp(-a sqrt(1 - u^2) / u^2)) du}, written in theta (u = sin theta)
     * so that the integrand is smooth, by a fixed composite Gauss-Legendre rule. The integrand
     * falls from cos(theta) to 0 where {@code a cos(theta) / sin(theta)^2} is about 1: near
     * {@code theta = sqrt(a)} for small a and within about 1/a of pi/2 for large a; the pieces
     * break at {@code m sqrt(a)} and {@code pi/2 - m / a} for m = 0.01, 0.1, 1, 10... (as far as
     * they fall inside), so that on every piece the integrand is smooth and varies by at most a
     * power of ten in scale. A fixed rule (no iteration to a tolerance) costs the same for any a.
     */
    static double g(double a) {
        if (a <= 0) return 0;
        double top = Math.PI / 2;
        double[] cuts = new double[2 * MAX_CUTS + 2];
        int n = 0;
        cuts[n++] = 0;
        cuts[n++] = top;
        // Geometric break points, tenfold apart, on both sides of each transition, up to the interval's ends.
        double root = Math.sqrt(a);
        for (double m = 0.01; m * root < top && n < MAX_CUTS; m *= 10) cuts[n++] = m * root;
        for (double m = 0.01; m / a < top && n < 2 * MAX_CUTS; m *= 10) cuts[n++] = top - m / a;
        Arrays.sort(cuts, 0, n);
        double sum = 0;
        for (int i = 0; i + 1 < n; i++) {
            double lo = cuts[i], hi = cuts[i + 1];
            if (hi <= lo) continue;
            for (int j = 0; j < 2; j++) {
                double from = lo + (hi - lo) * j / 2, to = lo + (hi - lo) * (j + 1) / 2;
                double mid = (from + to) / 2, half = (to - from) / 2;
                double piece = 0;
                for (int q = 0; q < NODES_COUNT; q++) {
                    double theta = mid + half * RULE.getPoint(q);
                    double sin = Math.sin(theta), cos = Math.cos(theta);
                    double f = sin == 0 ? cos : -Math.expm1(-a * cos / (sin * sin)) * cos;
                    piece += RULE.getWeight(q) * f;
                }
                sum += piece * half;
            }
        }
        return sum;
    }
}
