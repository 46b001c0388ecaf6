package medsim.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * A parallel-sweep (track-spaced, "ladder") search pattern over a convex area (IAMSAR Manual,
 * Vol. II, ch. 5, pattern PS): straight search legs parallel to the longer side of the area's
 * bounding box, {@code S} apart, the first and last S/2 in from the edges, each running from
 * where the area's boundary crosses its line on one side to where it crosses on the other, flown
 * alternately one way and back, joined by crossover legs of about S. Shapes: plane coordinates
 * in nm (the model's projection), the area a simple polygon given by its vertices; for a
 * non-convex area a leg spans from its first to its last crossing of the boundary.
 *
 * <p>With track spacing {@code S = W / C} for sweep width W, the legs' total length is about
 * {@code A / S} (exactly, for a rectangle whose width across the legs is a whole number of
 * spacings), so the pattern's coverage is {@code W x A / S / A = C}. Immutable.
 */
public final class ParallelSweepPattern {
    private final double trackSpacingNm;
    private final double areaNm2;
    /** Leg i runs from (legs[i][0], legs[i][1]) to (legs[i][2], legs[i][3]). */
    private final double[][] legs;

    /**
     * @param xNm            the area's vertices' x (east), nm
     * @param yNm            their y, nm, in the same order (at least 3 vertices)
     * @param trackSpacingNm S, > 0
     * @throws IllegalArgumentException for fewer than 3 vertices, arrays of different lengths, or S not > 0
     */
    public ParallelSweepPattern(double[] xNm, double[] yNm, double trackSpacingNm) {
        if (xNm.length != yNm.length || xNm.length < 3) throw new IllegalArgumentException("an area needs 3 or more vertices, x and y alike");
        if (!(trackSpacingNm > 0) || Double.isInfinite(trackSpacingNm)) throw new IllegalArgumentException("track spacing must be > 0 nm, got " + trackSpacingNm);
        this.trackSpacingNm = trackSpacingNm;
        this.areaNm2 = areaNm2(xNm, yNm);
        double minX = Arrays.stream(xNm).min().getAsDouble(), maxX = Arrays.stream(xNm).max().getAsDouble();
        double minY = Arrays.stream(yNm).min().getAsDouble(), maxY = Arrays.stream(yNm).max().getAsDouble();
        // Work in (u along the legs, v across them); legs run along the longer side.
        boolean alongX = maxX - minX >= maxY - minY;
        double[] u = alongX ? xNm : yNm, v = alongX ? yNm : xNm;
        double vMin = alongX ? minY : minX, vSpan = alongX ? maxY - minY : maxX - minX;
        int count = Math.max(1, (int) Math.ceil(vSpan / trackSpacingNm - 0.5));
        List<double[]> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            double line = count == 1 && vSpan < trackSpacingNm / 2 ? vMin + vSpan / 2 : vMin + (i + 0.5) * trackSpacingNm;
            double[] span = crossings(u, v, line);
            if (span == null) continue;
            boolean forward = out.size() % 2 == 0;
            double u0 = forward ? span[0] : span[1], u1 = forward ? span[1] : span[0];
            out.add(alongX ? new double[] {u0, line, u1, line} : new double[] {line, u0, line, u1});
        }
        this.legs = out.toArray(new double[0][]);
    }

    /** The smallest and largest u where the boundary crosses the line v = {@code line}; null if it does not. */
    private static double[] crossings(double[] u, double[] v, double line) {
        double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
        int n = u.length;
        for (int i = 0, j = n - 1; i < n; j = i++) {
            if ((v[i] > line) == (v[j] > line)) continue;
            double at = u[j] + (line - v[j]) / (v[i] - v[j]) * (u[i] - u[j]);
            lo = Math.min(lo, at);
            hi = Math.max(hi, at);
        }
        return lo < hi ? new double[] {lo, hi} : null;
    }

    /** A simple polygon's area, nm^2 (the shoelace formula). */
    public static double areaNm2(double[] xNm, double[] yNm) {
        double twice = 0;
        for (int i = 0, j = xNm.length - 1; i < xNm.length; j = i++) twice += xNm[j] * yNm[i] - xNm[i] * yNm[j];
        return Math.abs(twice) / 2;
    }

    public double trackSpacingNm() { return trackSpacingNm; }

    /** The area searched, nm^2. */
    public double areaNm2() { return areaNm2; }

    public int legCount() { return legs.length; }

    /** Leg {@code i}: {x0, y0, x1, y1} nm, flown from (x0, y0) to (x1, y1). */
    public double[] leg(int i) { return legs[i].clone(); }

    /** The total length of the search legs, nm (crossovers left out): about area / S. */
    public double searchLegsNm() {
        double sum = 0;
        for (double[] l : legs) sum += Math.hypot(l[2] - l[0], l[3] - l[1]);
        return sum;
    }

    /** The whole track from the first leg's start to the last leg's end, crossovers included, nm. */
    public double trackNm() {
        double sum = searchLegsNm();
        for (int i = 1; i < legs.length; i++) sum += Math.hypot(legs[i][0] - legs[i - 1][2], legs[i][1] - legs[i - 1][3]);
        return sum;
    }

    /** The waypoints of legs {@code from} to the last, in order: each leg's start and end ({x, y} nm). */
    public List<double[]> waypointsFrom(int from) {
        if (from < 0 || from > legs.length) throw new IndexOutOfBoundsException(from);
        List<double[]> out = new ArrayList<>(2 * (legs.length - from));
        for (int i = from; i < legs.length; i++) {
            out.add(new double[] {legs[i][0], legs[i][1]});
            out.add(new double[] {legs[i][2], legs[i][3]});
        }
        return Collections.unmodifiableList(out);
    }
}
