package medsim.gui.inspect;

import java.util.Locale;

import medsim.geo.Projection;
import medsim.model.MedSim;

/** Formatting shared by the inspector views. */
final class Views {
    private Views() {}

    static double round1(double v) { return Math.round(v * 10) / 10.0; }

    /** An enum constant as words: {@code TO_CASE} is "to case". */
    static String words(Enum<?> e) { return e.name().toLowerCase(Locale.ROOT).replace('_', ' '); }

    /** Latitude and longitude in degrees and decimal minutes, as a seafarer writes them. */
    static String position(MedSim sim, double xNm, double yNm) {
        Projection p = sim.world().projection();
        return dm(p.latDeg(yNm), 'N', 'S') + " " + dm(p.lonDeg(xNm), 'E', 'W');
    }

    private static String dm(double deg, char pos, char neg) {
        double a = Math.abs(deg);
        int d = (int) a;
        return String.format(Locale.ROOT, "%d°%04.1f'%c", d, (a - d) * 60, deg >= 0 ? pos : neg);
    }
}
