package medsim.scenario;

import java.util.List;

/**
 * A kind of migrant boat: how many it carries, how fast and how far it goes, the
 * weather it sets out in, and how likely it is to capsize.
 *
 * <p>Speed in knots = {@code speedKnots} x max({@code minSpeedFraction}, 1 - {@code speedLossPerBeaufort} x Beaufort).
 *
 * <p>Capsize hazard per hour = {@code capsizeHazardPerHour}
 * x {@code hazardFactorPerBeaufort}^(Beaufort - {@code referenceBeaufort})
 * x (people / {@code minPeople})^{@code overloadExponent}
 * x (1 + {@code adriftHazardGrowthPerDay} x days adrift).
 */
public record BoatType(
        String id,
        int minPeople,
        int maxPeople,
        double speedKnots,
        double speedLossPerBeaufort,
        double minSpeedFraction,
        double fuelHours,
        double maxBeaufortToDepart,
        double capsizeHazardPerHour,
        double hazardFactorPerBeaufort,
        double referenceBeaufort,
        double overloadExponent,
        double adriftHazardGrowthPerDay,
        double deathFractionUnattended,
        double deathFractionAttended,
        double seizureAversion,
        double derelictHours,
        List<Weighted> destinations) {
    public BoatType {
        destinations = List.copyOf(destinations);
    }
}
