package medsim.yaml;

import medsim.format.Numbers;

/**
 * A value set from outside a scenario file (a calibration, a sweep's design point) at a
 * dotted field path such as {@code boatTypes.rubber-dinghy.capsizeHazardPerHour}. The source
 * position is that of the line that asked for it, so errors point there.
 */
public record FieldOverride(String path, String value, String sourceFile, int line, int column) {

    public static FieldOverride of(String path, double value, String sourceFile, int line, int column) {
        return new FieldOverride(path, Numbers.format(value), sourceFile, line, column);
    }
}
