package medsim.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PodCurveTest {

    @Test
    void randomSearchIsOneMinusExpOfMinusCoverageAtTextbookPoints() {
        // Koopman, Search and Screening (1980), random-search formula: 0.39, 0.63, 0.78, 0.86 at C = 0.5, 1, 1.5, 2.
        assertEquals(0.3935, PodCurve.RANDOM_SEARCH.pod(0.5), 1e-4);
        assertEquals(0.6321, PodCurve.RANDOM_SEARCH.pod(1.0), 1e-4);
        assertEquals(0.7769, PodCurve.RANDOM_SEARCH.pod(1.5), 1e-4);
        assertEquals(0.8647, PodCurve.RANDOM_SEARCH.pod(2.0), 1e-4);
        assertEquals(0, PodCurve.RANDOM_SEARCH.pod(0));
    }

    @Test
    void inverseCubeParallelSweepIsErfOfRootPiOverTwoTimesCoverageAtTextbookPoints() {
        // Koopman's inverse-cube parallel-sweep POD (IAMSAR "ideal conditions" curve): about 0.47, 0.79, 0.94, 0.99.
        assertEquals(0.4691, PodCurve.INVERSE_CUBE_PARALLEL_SWEEP.pod(0.5), 1e-4);
        assertEquals(0.7899, PodCurve.INVERSE_CUBE_PARALLEL_SWEEP.pod(1.0), 1e-4);
        assertEquals(0.9399, PodCurve.INVERSE_CUBE_PARALLEL_SWEEP.pod(1.5), 1e-4);
        assertEquals(0.9878, PodCurve.INVERSE_CUBE_PARALLEL_SWEEP.pod(2.0), 1e-4);
        assertEquals(0, PodCurve.INVERSE_CUBE_PARALLEL_SWEEP.pod(0));
    }

    @Test
    void aPlannedSweepBeatsRandomSearchAtEveryCoverage() {
        for (double c = 0.05; c <= 4; c += 0.05) {
            assertTrue(PodCurve.INVERSE_CUBE_PARALLEL_SWEEP.pod(c) > PodCurve.RANDOM_SEARCH.pod(c), "C = " + c);
        }
    }

    /**
     * Koopman's derivation, done numerically: parallel tracks S apart, each with the uncut
     * inverse-cube lateral range curve 1 - exp(-c / x^2) (sweep width W = 2 sqrt(pi c)); the
     * exposures of all tracks add to c (pi / S)^2 / sin^2(pi x / S) at offset x, and the POD is
     * the mean over x of 1 - exp(-that). It must equal erf(sqrt(pi) / 2 W / S).
     */
    @Test
    void inverseCubeCurveIsTheMeanDetectionOfInfinitelyManyParallelInverseCubeTracks() {
        double c = 1, w = 2 * Math.sqrt(Math.PI * c);
        for (double coverage : new double[] {0.25, 0.5, 1, 1.5, 2, 3}) {
            double s = w / coverage;
            int n = 200_000;
            double sum = 0;
            for (int i = 0; i < n; i++) {
                double x = (i + 0.5) / n * s;
                double sin = Math.sin(Math.PI * x / s);
                sum += -Math.expm1(-c * (Math.PI / s) * (Math.PI / s) / (sin * sin));
            }
            assertEquals(sum / n, PodCurve.INVERSE_CUBE_PARALLEL_SWEEP.pod(coverage), 1e-6, "C = " + coverage);
        }
    }

    @Test
    void negativeCoverageIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> PodCurve.RANDOM_SEARCH.pod(-0.1));
        assertEquals("inverse-cube-parallel-sweep", PodCurve.INVERSE_CUBE_PARALLEL_SWEEP.key());
    }
}
