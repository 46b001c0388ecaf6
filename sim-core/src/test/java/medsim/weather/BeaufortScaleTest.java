package medsim.weather;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BeaufortScaleTest {
    /** WMO bands of 10 m wind speed, m/s, forces 1 to 11 [weather.beaufort-scale.wmo]. */
    private static final double[][] WMO_BANDS_MS = {
        {0.3, 1.5}, {1.6, 3.3}, {3.4, 5.4}, {5.5, 7.9}, {8.0, 10.7}, {10.8, 13.8},
        {13.9, 17.1}, {17.2, 20.7}, {20.8, 24.4}, {24.5, 28.4}, {28.5, 32.6}};

    @Test
    void everyWmoBandMapsToItsForcePlusOrMinusAHalf() {
        for (int b = 1; b <= WMO_BANDS_MS.length; b++) {
            double low = BeaufortScale.forceOf(WMO_BANDS_MS[b - 1][0]);
            double high = BeaufortScale.forceOf(WMO_BANDS_MS[b - 1][1]);
            assertEquals(b - 0.5, low, 0.1, "lower limit of force " + b);
            assertEquals(b + 0.5, high, 0.1, "upper limit of force " + b);
            assertEquals(b, Math.round(BeaufortScale.forceOf((WMO_BANDS_MS[b - 1][0] + WMO_BANDS_MS[b - 1][1]) / 2)), "middle of force " + b);
        }
    }

    @Test
    void speedAndForceAreInverses() {
        for (double f = 0; f <= 12; f += 0.25) assertEquals(f, BeaufortScale.forceOf(BeaufortScale.windSpeedMs(f)), 1e-9);
    }

    @Test
    void calmAndHurricaneBoundTheScale() {
        assertEquals(0, BeaufortScale.forceOf(0));
        assertEquals(0, BeaufortScale.forceOf(-1));
        assertEquals(0, BeaufortScale.forceOf(Double.NaN));
        assertEquals(12, BeaufortScale.forceOf(80));
        assertTrue(BeaufortScale.forceOf(32.7) > 11.5);
    }
}
