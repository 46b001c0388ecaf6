package medsim.actor;

import java.util.Locale;

/** How an asset's hours are spent, for assets.csv. */
public enum AssetActivity {
    IN_PORT, TRANSIT, PATROL, RESCUE, ENFORCEMENT;

    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
