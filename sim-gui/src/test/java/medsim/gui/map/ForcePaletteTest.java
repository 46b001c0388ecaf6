package medsim.gui.map;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The forces' colours can be told apart, by viewers with normal colour vision and by
 * deuteranopes and protanopes (simulated with Viénot, Brettel and Mollon's 1999 matrices in
 * linear RGB), and none looks like a migrant boat's colour: CIELAB distances (D65).
 */
class ForcePaletteTest {
    static final double MIN_BETWEEN_FORCES = 15, MIN_TO_BOATS = 20;
    static final double[][] NORMAL = {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}};
    static final double[][] DEUTERANOPIA = {{0.29275, 0.70725, 0}, {0.29275, 0.70725, 0}, {-0.02234, 0.02234, 1}};
    static final double[][] PROTANOPIA = {{0.11238, 0.88762, 0}, {0.11238, 0.88762, 0}, {0.00401, -0.00401, 1}};

    @Test
    void everyTwoForcesDifferForNormalDeuteranopeAndProtanopeVision() {
        List<Color> c = ForcePalette.COLORS;
        for (double[][] vision : List.of(NORMAL, DEUTERANOPIA, PROTANOPIA)) {
            for (int i = 0; i < c.size(); i++) {
                for (int j = i + 1; j < c.size(); j++) {
                    double d = distance(seen(c.get(i), vision), seen(c.get(j), vision));
                    assertTrue(d >= MIN_BETWEEN_FORCES, c.get(i) + " and " + c.get(j) + ": " + d);
                }
            }
        }
    }

    @Test
    void noForceLooksLikeAMigrantBoat() {
        for (double[][] vision : List.of(NORMAL, DEUTERANOPIA, PROTANOPIA)) {
            for (Color force : ForcePalette.COLORS) {
                for (BoatLook boat : BoatLook.values()) {
                    double d = distance(seen(force, vision), seen(boat.color(), vision));
                    assertTrue(d >= MIN_TO_BOATS, force + " and the boat colour " + boat + ": " + d);
                }
            }
        }
    }

    /** The colour's CIELAB coordinates as a viewer with that vision sees it. */
    static double[] seen(Color c, double[][] vision) {
        double[] rgb = {linear(c.getRed()), linear(c.getGreen()), linear(c.getBlue())};
        double[] v = new double[3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) v[i] += vision[i][j] * rgb[j];
            v[i] = Math.max(0, Math.min(1, v[i]));
        }
        double x = 0.4124 * v[0] + 0.3576 * v[1] + 0.1805 * v[2];
        double y = 0.2126 * v[0] + 0.7152 * v[1] + 0.0722 * v[2];
        double z = 0.0193 * v[0] + 0.1192 * v[1] + 0.9505 * v[2];
        double fx = f(x / 0.9505), fy = f(y), fz = f(z / 1.089);
        return new double[] {116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)};
    }

    private static double linear(int channel) {
        double c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    private static double f(double t) {
        return t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16.0 / 116;
    }

    private static double distance(double[] a, double[] b) {
        return Math.sqrt(Math.pow(a[0] - b[0], 2) + Math.pow(a[1] - b[1], 2) + Math.pow(a[2] - b[2], 2));
    }
}
