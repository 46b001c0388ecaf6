package medsim.actor;

import org.apache.commons.math3.distribution.BinomialDistribution;

import medsim.event.EventType;
import medsim.model.MedSim;
import medsim.random.Concern;
import medsim.scenario.Place;

/**
 * Boat drivers identified among the people landed at a place of safety and arrested there
 * (in Italy, by the police at disembarkation, from the testimony of the people landed): each
 * person landed at {@code place} is one with the place's probability, the scenario's
 * {@code driverArrestsPerPersonLanded}. The count is binomial, drawn by inversion from one
 * number keyed by whoever lands them and the landing's ordinal among theirs (not the tick, so
 * that the same landing meets the same draw at any tick length).
 */
final class DriverArrests {
    private DriverArrests() {}

    /**
     * Arrests among {@code landed} people landed at {@code place} by {@code actor} (an asset, or
     * the place itself for a boat that landed unaided), at (xNm, yNm): a {@code drivers-arrested}
     * event if anyone is arrested. {@code randomKey} is the lander's key and {@code landing}
     * the ordinal of this landing among the lander's (0, 1, ...).
     */
    static void atLanding(MedSim sim, double xNm, double yNm, String actor, long boatId, int landed, Place place, long randomKey, long landing) {
        Double perPerson = sim.scenario().driverArrestsPerPersonLanded().get(place.id());
        if (perPerson == null || perPerson == 0 || landed <= 0) return;
        double u = sim.streams().uniform(Concern.DRIVER_ARREST, randomKey, landing);
        int arrested = new BinomialDistribution(null, landed, perPerson).inverseCumulativeProbability(u);
        if (arrested > 0) sim.event(EventType.DRIVERS_ARRESTED, xNm, yNm, actor, boatId, arrested, place.id());
    }
}
