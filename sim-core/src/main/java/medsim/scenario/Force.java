package medsim.scenario;

import java.time.LocalDate;
import java.util.List;

import medsim.mandate.Mandate;

/**
 * An operation or service (Sophia, the Italian coastguard, an NGO fleet...): the actor
 * group its rescues count under, its mandate, and its assets. {@code taskingPenaltyHours}
 * is added to its assets' time to reach a case when an MRCC chooses whom to send (merchant
 * ships are diverted only when no one else is near). A contact shared with it through an
 * information link sends its nearest free ship that may intercept or board where the contact
 * lies to look there, if that ship can be there within {@code contactResponseHours}. Its
 * assets' sightings of a boat are one track while they see it again within
 * {@code trackHoldMinutes}; only the sighting that starts a track is reported and shared.
 * {@code logisticSupport}: dated support by other forces that keeps its ships out longer
 * (empty: none).
 */
public record Force(String id, String name, String group, Mandate mandate, double taskingPenaltyHours,
                    double contactResponseHours, double trackHoldMinutes, List<LogisticSupport> logisticSupport, List<AssetSpec> assets) {
    public Force {
        logisticSupport = List.copyOf(logisticSupport);
        assets = List.copyOf(assets);
    }

    /** What its ships' {@code enduranceHours} are multiplied by when they sail on that date: the largest factor of the support in force, else 1. */
    public double enduranceFactorOn(LocalDate date) {
        double f = 1;
        for (LogisticSupport s : logisticSupport) if (s.inForce(date)) f = Math.max(f, s.enduranceFactor());
        return f;
    }
}
