package medsim.experiment;

import java.util.List;

/**
 * The points of a sweep: one row of parameter values per design point, in run order, with
 * the parameter paths as columns. {@code baseSamples} is N for a Saltelli design (rows are
 * blocks A, B, AB_1 ... AB_k of N rows each) and r for a Morris design (r trajectories of
 * k + 1 rows, each step moving one factor by {@code morrisDelta} of its unit range).
 * {@code csvLines} holds, for a CSV design, the file line of each row (for errors).
 */
public record DesignMatrix(List<String> paths, List<double[]> rows, DesignKind kind, int baseSamples,
                           double morrisDelta, List<int[]> morrisFactorOrder, List<Integer> csvLines) {

    public DesignMatrix {
        paths = List.copyOf(paths);
        rows = List.copyOf(rows);
        morrisFactorOrder = morrisFactorOrder == null ? List.of() : List.copyOf(morrisFactorOrder);
        csvLines = csvLines == null ? List.of() : List.copyOf(csvLines);
    }

    public int size() { return rows.size(); }
}
