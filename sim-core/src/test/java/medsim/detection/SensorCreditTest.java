package medsim.detection;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SensorCreditTest {

    @Test
    void eachSensorIsCreditedInProportionToItsShareOfTheExposure() {
        double[] exposures = {0.5, 1.5, 0, 2.0};
        int[] counts = new int[exposures.length];
        int n = 100_000;
        for (int k = 0; k < n; k++) counts[SensorCredit.credited(exposures, (k + 0.5) / n)]++;
        assertEquals(0.125, counts[0] / (double) n, 1e-4);
        assertEquals(0.375, counts[1] / (double) n, 1e-4);
        assertEquals(0, counts[2], "a sensor with no exposure is never credited");
        assertEquals(0.5, counts[3] / (double) n, 1e-4);
    }

    @Test
    void aTrackThroughASensorCreditsTheFirstWithInfiniteExposure() {
        assertEquals(1, SensorCredit.credited(new double[] {0.3, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY}, 0.1));
        assertEquals(0, SensorCredit.credited(new double[] {2.0}, 0.99));
    }
}
