package medsim.experiment;

import java.util.List;

/**
 * The points of a sweep: one row of parameter values per design point, in run order, with
 * the parameter paths as columns. {@code baseSamples} is N for a Saltelli design (rows are
 * blocks A, B, AB_1 ... AB_k of N rows each) and r for a Morris design (r trajectories of
 * k + 1 rows, each row moving the factor {@code morrisFactorOrder.get(t)[s]} of the one
 * before up the grid). {@code csvLines} holds, for a CSV design, the file line of each row
 * (for errors). The constructor checks that the parts fit the kind, so that no design is
 * run whose analysis or errors would look up a row that is not there.
 */
public record DesignMatrix(List<String> paths, List<double[]> rows, DesignKind kind, int baseSamples,
                           List<int[]> morrisFactorOrder, List<Integer> csvLines) {

    public DesignMatrix {
        paths = List.copyOf(paths);
        rows = List.copyOf(rows);
        morrisFactorOrder = morrisFactorOrder == null ? List.of() : List.copyOf(morrisFactorOrder);
        csvLines = csvLines == null ? List.of() : List.copyOf(csvLines);
        int k = paths.size();
        for (double[] r : rows) require(r.length == k, "a row of " + r.length + " values for " + k + " parameters");
        switch (kind) {
            case SALTELLI -> require(rows.size() == baseSamples * (k + 2), rows.size() + " rows for N = " + baseSamples + " and k = " + k);
            case MORRIS -> {
                require(rows.size() == baseSamples * (k + 1), rows.size() + " rows for r = " + baseSamples + " and k = " + k);
                require(morrisFactorOrder.size() == baseSamples, morrisFactorOrder.size() + " factor orders for r = " + baseSamples);
            }
            case CSV -> require(csvLines.size() == rows.size(), csvLines.size() + " line numbers for " + rows.size() + " rows");
            default -> { }
        }
    }

    public int size() { return rows.size(); }

    private static void require(boolean ok, String what) {
        if (!ok) throw new IllegalArgumentException("inconsistent design matrix: " + what);
    }
}
