package medsim.detection;

/** Daylight or darkness at a place and time ({@link SunElevation#light}): visual search needs daylight. */
public enum Light { DAY, NIGHT }
