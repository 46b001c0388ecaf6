package medsim.actor;

import java.time.LocalDate;

import medsim.mandate.Action;
import medsim.model.MedSim;
import medsim.scenario.AssetKind;

/**
 * How near the ships that could rescue a boat are to a departure point, as the networks ashore
 * see them at the start of a day: the distance to the nearest ship at sea and free to take a
 * case whose force may rescue today and may not return people to Libya (a ship that would take
 * them back is no rescuer to them). Reads each ship through its catch-up-safe accessors
 * ({@link Asset#isFree(MedSim)}, {@link Asset#hoursTo}), so a sleeping ship is brought up to
 * date first and the answer is the same in a run with or without a map.
 */
public final class RescuerProximity {
    private RescuerProximity() {}

    /** Distance from (x, y) to the nearest rescuer at sea, nm; infinite if none is. */
    public static double nearestRescuerNm(MedSim sim, double xNm, double yNm) {
        LocalDate date = sim.date();
        double best = Double.POSITIVE_INFINITY;
        for (Asset a : sim.assets()) {
            if (a.spec().kind() != AssetKind.SHIP) continue;
            RulesOfEngagement r = a.rules();
            if (!r.mayToday(Action.RESCUE, date) || r.mayToday(Action.RETURN_TO_LIBYA, date)) continue;
            if (!a.isFree(sim)) continue;
            best = Math.min(best, a.hoursTo(sim, xNm, yNm) * a.spec().transitSpeedKnots());
        }
        return best;
    }

    /** Closeness of rescuers at distance {@code distanceNm}: {@code exp(-distance / scaleNm)}, 1 alongside, 0 if none is at sea. */
    public static double closeness(double distanceNm, double scaleNm) {
        return Double.isInfinite(distanceNm) ? 0 : Math.exp(-distanceNm / scaleNm);
    }
}
