package medsim.scenario;

import java.util.List;

import medsim.mandate.Mandate;

/**
 * An operation or service (Sophia, the Italian coastguard, an NGO fleet...): the actor
 * group its rescues count under, its mandate, and its assets. {@code taskingPenaltyHours}
 * is added to its assets' time to reach a case when an MRCC chooses whom to send (merchant
 * ships are diverted only when no one else is near). {@code armsSuspectShare} of its ships
 * are suspected of carrying arms to Libya, and an inspection finds arms aboard one of them
 * with {@code armsFoundProbability}. A contact shared with it through an information link
 * sends its nearest free ship that may intercept or board where the contact lies to look
 * there, if that ship can be there within {@code contactResponseHours}. Its assets' sightings
 * of a boat are one track while they see it again within {@code trackHoldMinutes}; only the
 * sighting that starts a track is reported and shared.
 */
public record Force(String id, String name, String group, Mandate mandate, double taskingPenaltyHours,
                    double armsSuspectShare, double armsFoundProbability, double contactResponseHours, double trackHoldMinutes, List<AssetSpec> assets) {
    public Force {
        assets = List.copyOf(assets);
    }
}
