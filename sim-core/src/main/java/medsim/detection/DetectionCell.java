package medsim.detection;

/**
 * One sensor against one target, in daylight and calm weather (the LOW bracket of
 * {@link SeaStateImpact}): the sweep width {@code sweepWidthNm} that the table gives at the
 * search speed {@code referenceSpeedKnots}, the range beyond which the sensor sees nothing
 * ({@code maxRangeNm}), and the share of the sweep width left at night ({@code nightFactor},
 * 0 to 1). The detection rate is Koopman's inverse-cube law cut off at {@code maxRangeNm}
 * ({@link InverseCubeLaw}), scaled so that its sweep width at the reference speed is the table's.
 */
public record DetectionCell(Sensor sensor, Target target, double sweepWidthNm, double referenceSpeedKnots,
        double maxRangeNm, double nightFactor) {
    public DetectionCell {
        if (!(sweepWidthNm > 0) || !(referenceSpeedKnots > 0) || !(maxRangeNm > 0) || !(nightFactor >= 0 && nightFactor <= 1)) {
            throw new IllegalArgumentException("bad detection cell " + sensor + "/" + target);
        }
        if (sweepWidthNm > InverseCubeLaw.MAX_SWEEP_WIDTH_SHARE * 2 * maxRangeNm) {
            throw new IllegalArgumentException(sensor.key() + " against " + target.key() + ": a sweep width of " + sweepWidthNm
                    + " nm needs a maximum range of at least " + sweepWidthNm / (2 * InverseCubeLaw.MAX_SWEEP_WIDTH_SHARE) + " nm");
        }
    }
}
