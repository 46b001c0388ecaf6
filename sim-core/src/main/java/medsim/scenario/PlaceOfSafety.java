package medsim.scenario;

import java.time.LocalDate;

/**
 * A port an MRCC may designate as place of safety, with the MRCC's policy for it: from and to
 * which dates (inclusive; {@code to} null for open-ended) it designates it, how many people
 * it sends there per day at most ({@code capacityPeoplePerDay}, the port's reception
 * capacity), and the largest asset it sends there, by the people it can carry
 * ({@code maxAssetCapacityPeople}; a small harbour takes patrol boats, not large ships).
 */
public record PlaceOfSafety(String place, double capacityPeoplePerDay, int maxAssetCapacityPeople, LocalDate from, LocalDate to) {

    public boolean designatedOn(LocalDate date) {
        return !date.isBefore(from) && (to == null || !date.isAfter(to));
    }

    /** Whether the MRCC sends an asset that carries up to {@code assetCapacityPeople} here. */
    public boolean suits(int assetCapacityPeople) {
        return assetCapacityPeople <= maxAssetCapacityPeople;
    }
}
