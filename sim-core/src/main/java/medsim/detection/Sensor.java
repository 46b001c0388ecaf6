package medsim.detection;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * A kind of sensor a ship, aircraft or shore station searches with. Each has a row of
 * {@link DetectionCell}s, one per {@link Target}, in the detection table
 * ({@code scenarios/base/detection.yaml}). Several sensors on one platform add their rates.
 */
public enum Sensor {
    /** A warship's or patrol ship's surface-search radar. */
    SHIP_RADAR,
    /** A ship's lookouts on the bridge, with binoculars by day and EO/IR (thermal) cameras where fitted. */
    SHIP_LOOKOUT,
    /** A helicopter's crew searching visually at about 500 ft. */
    HELICOPTER,
    /** A maritime patrol aircraft's surface-search radar. */
    MPA_RADAR,
    /** A maritime patrol aircraft's crew and EO/IR turret, visually by day and by infrared at night. */
    MPA_EO_IR,
    /** A coastal surveillance radar station. */
    COASTAL_RADAR;

    /** The key in scenario files: the name in lower case with dashes ({@code ship-radar}). */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<Sensor> byKey(String key) {
        return Arrays.stream(values()).filter(s -> s.key().equals(key)).findFirst();
    }
}
