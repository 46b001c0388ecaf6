package medsim.detection;

/**
 * Which of several sensors searching together made a detection. Their exposures (integrated
 * rates) over the step add, so, given a detection, the chance that sensor i made it first is
 * its share of the exposure, {@code e[i] / sum(e)} (competing Poisson processes). Pure functions.
 */
public final class SensorCredit {
    private SensorCredit() {}

    /**
     * The index of the sensor credited, for {@code fraction} uniform in [0, 1): the first i whose
     * running sum of exposures passes {@code fraction x total}. With an infinite exposure (a track
     * through the sensor) the first sensor with an infinite one.
     *
     * @param exposures each sensor's exposure (>= 0), at least one
     * @param fraction  a uniform draw in [0, 1)
     */
    public static int credited(double[] exposures, double fraction) {
        double total = 0;
        for (double e : exposures) total += e;
        int last = exposures.length - 1;
        if (Double.isInfinite(total)) {
            for (int i = 0; i < last; i++) if (Double.isInfinite(exposures[i])) return i;
            return last;
        }
        double share = fraction * total;
        int i = 0;
        while (i < last && share >= exposures[i]) share -= exposures[i++];
        return i;
    }
}
