package medsim.scenario;

import java.util.Locale;

/** Ships rescue and board; aircraft search and report. */
public enum AssetKind {
    SHIP, AIRCRAFT;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
