package medsim.scenario;

import java.util.List;

/**
 * How the smuggling networks put people to sea: the monthly plan (times {@code planScale},
 * the departure intensity that calibration and sweeps vary), the shares by departure
 * point and boat type, when boats leave, how they hold back in bad weather, how they adapt
 * the boat mix to losses, their escorts, and when boats call for help: a call is a report, not
 * a sensor, made with {@code distressCallProbability} once beyond {@code distressCallBeyondNm},
 * reaching the MRCC {@code distressRelayDelayMinutes} later with a position whose coordinates
 * are each off by a normal error of standard deviation {@code distressPositionErrorNm}, and
 * repeated every {@code distressCallIntervalHours} while no one is alongside (0: once).
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
        double adriftCallDelayHours,
        double distressRelayDelayMinutes,
        double distressPositionErrorNm,
        double distressCallIntervalHours) {
    public SmugglingSpec {
        plan = List.copyOf(plan);
        departurePoints = List.copyOf(departurePoints);
        boatTypes = List.copyOf(boatTypes);
    }
}
