package medsim.weather;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import ec.util.MersenneTwisterFast;
import medsim.scenario.WeatherSpec;

class SeaStateTest {
    private static final double[] MEAN = {4.5, 4.5, 4, 3.5, 3, 2.5, 2, 2, 3, 3.5, 4, 4.5};
    private static final double[] SD = {1.2, 1.2, 1.2, 1.2, 1.2, 1.2, 1.2, 1.2, 1.2, 1.2, 1.2, 1.2};

    @Test
    void dailySeaStateFollowsTheMonthlyClimatologyAndStaysOnTheBeaufortScale() {
        SeaState sea = new SeaState(new WeatherSpec(MEAN, SD, 0.7, 0.5, 135, "test"));
        MersenneTwisterFast rng = new MersenneTwisterFast(5);
        double[] sum = new double[12];
        int[] n = new int[12];
        for (LocalDate d = LocalDate.of(2000, 1, 1); d.isBefore(LocalDate.of(2040, 1, 1)); d = d.plusDays(1)) {
            sea.advanceTo(d, rng);
            assertTrue(sea.beaufort() >= 0 && sea.beaufort() <= 12);
            sum[d.getMonthValue() - 1] += sea.beaufort();
            n[d.getMonthValue() - 1]++;
        }
        for (int m = 0; m < 12; m++) assertEquals(MEAN[m], sum[m] / n[m], 0.15, "month " + (m + 1));
    }

    @Test
    void persistenceMakesSpells() {
        double withPersistence = lagOneCorrelation(0.8);
        double without = lagOneCorrelation(0.0);
        assertTrue(withPersistence > 0.7, "consecutive days are alike: " + withPersistence);
        assertTrue(Math.abs(without) < 0.1, "independent days: " + without);
    }

    private static double lagOneCorrelation(double phi) {
        double[] flat = new double[12];
        java.util.Arrays.fill(flat, 6);
        SeaState sea = new SeaState(new WeatherSpec(flat, SD, phi, 0, 0, "test"));
        MersenneTwisterFast rng = new MersenneTwisterFast(9);
        int days = 20_000;
        double[] v = new double[days];
        LocalDate d = LocalDate.of(2000, 1, 1);
        for (int i = 0; i < days; i++, d = d.plusDays(1)) {
            sea.advanceTo(d, rng);
            v[i] = sea.beaufort();
        }
        return new org.apache.commons.math3.stat.correlation.PearsonsCorrelation()
                .correlation(java.util.Arrays.copyOf(v, days - 1), java.util.Arrays.copyOfRange(v, 1, days));
    }
}
