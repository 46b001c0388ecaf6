package medsim.scenario;

import java.util.List;

import medsim.mandate.Mandate;

/**
 * An operation or service (Sophia, the Italian coastguard, an NGO fleet...): the actor
 * group its rescues count under, its mandate, and its assets. {@code taskingPenaltyHours}
 * is added to its assets' time to reach a case when an MRCC chooses whom to send (merchant
 * ships are diverted only when no one else is near). {@code armsSuspectShare} of its ships
 * are suspected of carrying arms to Libya, and an inspection finds arms aboard one of them
 * with {@code armsFoundProbability}.
 */
public record Force(String id, String name, String group, Mandate mandate, double taskingPenaltyHours,
                    double armsSuspectShare, double armsFoundProbability, List<AssetSpec> assets) {
    public Force {
        assets = List.copyOf(assets);
    }
}
