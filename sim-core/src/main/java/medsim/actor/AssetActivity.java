package medsim.actor;

import java.util.Locale;

/**
 * How an asset's hours are spent, for assets.csv: in port, in transit, on patrol, on a rescue or
 * interception, on law enforcement against smugglers (chasing a craft), and on embargo tasks
 * (going alongside and inspecting a vessel suspected of breaking a UN embargo on Libya).
 */
public enum AssetActivity {
    IN_PORT, TRANSIT, PATROL, RESCUE, ENFORCEMENT, EMBARGO;

    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
