package medsim.scenario;

/**
 * Monthly climatology of the daily sea state (Beaufort force), a day-to-day persistence
 * so that calm and rough spells last several days, and the drift of a boat without power.
 */
public record WeatherSpec(double[] meanBeaufortByMonth, double[] sdBeaufortByMonth, double persistence,
                          double driftSpeedKnots, double driftTowardDeg, String source) {

    public double meanBeaufort(int month) { return meanBeaufortByMonth[month - 1]; }

    public double sdBeaufort(int month) { return sdBeaufortByMonth[month - 1]; }
}
