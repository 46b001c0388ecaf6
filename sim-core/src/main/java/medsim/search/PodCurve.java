package medsim.search;

import java.util.Locale;

import org.apache.commons.math3.special.Erf;

/**
 * The probability of detection (POD) a search is expected to reach from its coverage
 * {@code C = W x L / A} (sweep width W nm, track length L nm, area A nm^2), for targets spread
 * uniformly over the area and not moving much during the search (Koopman, <i>Search and
 * Screening</i>, 1980, ch. 3 and 6; the IAMSAR Manual, Vol. II, App. N, POD curves):
 * <ul>
 *   <li>{@link #RANDOM_SEARCH}: {@code 1 - exp(-C)}, Koopman's random-search formula, the
 *       lower bound for any sensor searching without plan (IAMSAR's "normal" conditions curve);</li>
 *   <li>{@link #INVERSE_CUBE_PARALLEL_SWEEP}: {@code erf(sqrt(pi) / 2 x C)}, a parallel-sweep
 *       (track-spaced ladder) search with track spacing S = W / C by a sensor whose detection rate
 *       follows Koopman's inverse-cube law (IAMSAR's "ideal" conditions curve);</li>
 * </ul>
 * The one place these formulas live.
 */
public enum PodCurve {
    RANDOM_SEARCH,
    INVERSE_CUBE_PARALLEL_SWEEP;

    /** The POD for coverage {@code coverage} (>= 0): a fraction in [0, 1). */
    public double pod(double coverage) {
        if (!(coverage >= 0)) throw new IllegalArgumentException("coverage must be >= 0, got " + coverage);
        return switch (this) {
            case RANDOM_SEARCH -> -Math.expm1(-coverage);
            case INVERSE_CUBE_PARALLEL_SWEEP -> Erf.erf(Math.sqrt(Math.PI) / 2 * coverage);
        };
    }

    /** The name in output files: the name in lower case with dashes ({@code inverse-cube-parallel-sweep}). */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
