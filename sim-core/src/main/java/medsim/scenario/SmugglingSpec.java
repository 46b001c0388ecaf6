package medsim.scenario;

import java.util.List;

/**
 * How the smuggling networks put people to sea: the monthly plan (times {@code planScale},
 * the departure intensity that calibration and sweeps vary), the shares by departure
 * point and boat type, when boats leave, how they hold back in bad weather, how they adapt
 * the boat mix to losses, their escorts, and when boats call for help.
 */
public record SmugglingSpec(
        List<MonthlyDepartures> plan,
        double planScale,
        List<Weighted> departurePoints,
        List<Weighted> boatTypes,
        double departureWindowStartHour,
        double departureWindowHours,
        double maxBacklogReleaseFactor,
        double lossMemoryDays,
        double lastBoatMinLoadFraction,
        double escortProbability,
        double escortSpeedKnots,
        double escortReleaseNm,
        int smugglersPerEscort,
        double distressCallBeyondNm,
        double distressCallProbability,
        double adriftCallDelayHours) {
    public SmugglingSpec {
        plan = List.copyOf(plan);
        departurePoints = List.copyOf(departurePoints);
        boatTypes = List.copyOf(boatTypes);
    }
}
