package medsim.experiment;

import java.util.List;

/**
 * A swept scenario field: its dotted path, and either explicit levels (full factorial) or a
 * range sampled by the design. {@code line}/{@code column} locate it in the sweep file, for errors.
 */
public record SweepParameter(String path, List<Double> levels, ParameterRange range, int line, int column) {

    public SweepParameter {
        levels = levels == null ? List.of() : List.copyOf(levels);
    }
}
