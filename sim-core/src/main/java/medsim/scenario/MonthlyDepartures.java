package medsim.scenario;

import java.time.YearMonth;

/** People the smugglers plan to put to sea in a month, and where that number comes from. */
public record MonthlyDepartures(YearMonth month, double people, String source) {}
