package medsim.weather;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;

import org.apache.commons.math3.analysis.integration.SimpsonIntegrator;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;
import org.junit.jupiter.api.Test;

import ec.util.MersenneTwisterFast;
import medsim.scenario.WeatherSpec;

class SeaStateTest {
    /** A windy winter and a calm summer, in m/s. */
    private static final double[] MEAN_MS = {7, 7, 7, 7, 4.5, 4.5, 4.5, 4.5, 4.5, 5.75, 7, 7};

    @Test
    void eachMonthHasTheClimatologysMeanAndSpreadWithinSamplingError() {
        double phi = 0.7;
        WeatherSpec spec = new WeatherSpec(MEAN_MS, 2, phi, 0.5, 135, "test");
        SeaState sea = new SeaState(spec);
        MersenneTwisterFast rng = new MersenneTwisterFast(5);
        double[] sum = new double[12];
        double[] sumSq = new double[12];
        int[] n = new int[12];
        for (LocalDate d = LocalDate.of(2000, 1, 1); d.isBefore(LocalDate.of(2200, 1, 1)); d = d.plusDays(1)) {
            sea.advanceTo(d, rng);
            assertTrue(sea.beaufort() >= 0 && sea.beaufort() <= 12);
            assertEquals(BeaufortScale.forceOf(sea.windSpeedMs()), sea.beaufort(), 1e-12);
            int m = d.getMonthValue() - 1;
            sum[m] += sea.windSpeedMs();
            sumSq[m] += sea.windSpeedMs() * sea.windSpeedMs();
            n[m]++;
        }
        // Days are correlated (lag-one about phi), so a month's mean has the variance of about
        // n (1 - phi) / (1 + phi) independent days; four standard errors is a test that fails by
        // chance about once in 16,000 months.
        for (int m = 0; m < 12; m++) {
            double mean = sum[m] / n[m];
            double sd = Math.sqrt(sumSq[m] / n[m] - mean * mean);
            double effectiveDays = n[m] * (1 - phi) / (1 + phi);
            double expectedSd = spec.sdWindSpeedMs(m + 1);
            assertEquals(MEAN_MS[m], mean, 4 * expectedSd / Math.sqrt(effectiveDays), "mean, month " + (m + 1));
            // The sample sd of a Weibull(shape 2) has about 0.6 sd / sqrt(n) standard error; doubled for the correlation.
            assertEquals(expectedSd, sd, 4 * 1.2 * expectedSd / Math.sqrt(effectiveDays), "sd, month " + (m + 1));
        }
    }

    @Test
    void theSpreadFollowsTheWeibullShape() {
        double[] flat = new double[12];
        Arrays.fill(flat, 6);
        assertEquals(0.5227 * 6, new WeatherSpec(flat, 2, 0.7, 0, 0, "t").sdWindSpeedMs(1), 1e-3, "Rayleigh: sd/mean = sqrt(4/pi - 1)");
        assertEquals(6 / 0.886227, new WeatherSpec(flat, 2, 0.7, 0, 0, "t").windSpeedScaleMs(1), 1e-4);
        assertTrue(new WeatherSpec(flat, 4, 0.7, 0, 0, "t").sdWindSpeedMs(1) < new WeatherSpec(flat, 2, 0.7, 0, 0, "t").sdWindSpeedMs(1));
    }

    @Test
    void consecutiveDaysAreCorrelatedAsThePersistenceSays() {
        for (double phi : new double[] {0, 0.5, 0.7, 0.85}) {
            double[] score = normalScores(series(phi, 6, 40_000));
            double r = new PearsonsCorrelation().correlation(Arrays.copyOf(score, score.length - 1),
                    Arrays.copyOfRange(score, 1, score.length));
            assertEquals(phi, r, 0.02, "lag-one autocorrelation of the normal score at persistence " + phi);
        }
    }

    @Test
    void calmSpellsLastAsLongAsAnAr1ProcessWithThatPersistence() {
        // Calm: force 3 or less. For a stationary AR(1) normal score with lag-one correlation phi
        // and a calm threshold c on it, the mean calm spell is P(Z < c) / P(Z_t < c, Z_t+1 >= c).
        double meanMs = 4.5;
        double shape = 2;
        double scale = meanMs / org.apache.commons.math3.special.Gamma.gamma(1 + 1 / shape);
        double calmMs = BeaufortScale.windSpeedMs(3);
        double pCalm = 1 - Math.exp(-Math.pow(calmMs / scale, shape));
        double c = new NormalDistribution().inverseCumulativeProbability(pCalm);
        for (double phi : new double[] {0.5, 0.7, 0.85}) {
            double expected = pCalm / (pCalm - bivariateNormalBelow(c, phi));
            double[] wind = series(phi, meanMs, 100_000);
            double simulated = meanRunLength(wind, calmMs);
            assertEquals(expected, simulated, 0.04 * expected, "mean calm spell (days) at persistence " + phi);
        }
        assertTrue(meanRunLength(series(0.85, meanMs, 50_000), calmMs) > 2 * meanRunLength(series(0, meanMs, 50_000), calmMs),
                "persistence lengthens calm spells");
    }

    @Test
    void theSameDrawsGiveTheSameWeather() {
        assertTrue(Arrays.equals(series(0.7, 5, 1000), series(0.7, 5, 1000)));
    }

    /** Daily wind speeds of a year-round climatology of {@code meanMs}, shape 2, seed 9. */
    private static double[] series(double phi, double meanMs, int days) {
        double[] flat = new double[12];
        Arrays.fill(flat, meanMs);
        SeaState sea = new SeaState(new WeatherSpec(flat, 2, phi, 0, 0, "test"));
        MersenneTwisterFast rng = new MersenneTwisterFast(9);
        double[] v = new double[days];
        LocalDate d = LocalDate.of(2000, 1, 1);
        for (int i = 0; i < days; i++, d = d.plusDays(1)) {
            sea.advanceTo(d, rng);
            v[i] = sea.windSpeedMs();
        }
        return v;
    }

    /** Inverts the Weibull(shape 2) map back to normal scores. */
    private static double[] normalScores(double[] windMs) {
        double scale = 6 / org.apache.commons.math3.special.Gamma.gamma(1.5);
        NormalDistribution n = new NormalDistribution();
        double[] z = new double[windMs.length];
        for (int i = 0; i < z.length; i++) z[i] = n.inverseCumulativeProbability(1 - Math.exp(-Math.pow(windMs[i] / scale, 2)));
        return z;
    }

    private static double meanRunLength(double[] v, double atMost) {
        int runs = 0;
        int days = 0;
        boolean inRun = false;
        for (double x : v) {
            if (x <= atMost) {
                days++;
                if (!inRun) runs++;
                inRun = true;
            } else {
                inRun = false;
            }
        }
        return (double) days / runs;
    }

    /** P(X < c, Y < c) for standard normals with correlation rho (Owen's integral over the correlation). */
    private static double bivariateNormalBelow(double c, double rho) {
        double phiC = new NormalDistribution().cumulativeProbability(c);
        if (rho == 0) return phiC * phiC;
        double integral = new SimpsonIntegrator(1e-10, 1e-12, 3, 30)
                .integrate(100_000, r -> Math.exp(-c * c / (1 + r)) / Math.sqrt(1 - r * r), 0, rho);
        return phiC * phiC + integral / (2 * Math.PI);
    }
}
