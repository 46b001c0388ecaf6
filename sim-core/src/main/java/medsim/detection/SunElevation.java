package medsim.detection;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/**
 * The sun's elevation above the horizon at a place and time, by NOAA's "General Solar Position
 * Calculations" (NOAA Global Monitoring Division, after Spencer 1971: the fractional year, the
 * equation of time and the declination as short Fourier series; accurate to a minute or two of
 * sunrise time in the Mediterranean). It is {@link Light#DAY} while the sun's upper limb is above
 * the horizon, the sunrise/sunset convention of the same document (zenith 90.833 degrees: 0.833
 * degrees for refraction and the sun's radius). Pure functions.
 */
public final class SunElevation {
    /** The elevation in degrees of the sun's centre at sunrise and sunset (NOAA). */
    public static final double SUNRISE_ELEVATION_DEG = -0.833;
    /** The cosine of the sun's zenith angle at sunrise and sunset. */
    private static final double COS_SUNRISE_ZENITH = Math.cos(Math.toRadians(90 - SUNRISE_ELEVATION_DEG));

    private SunElevation() {}

    /** The sun's elevation in degrees (-90 to 90) at latitude and longitude in degrees (east positive), at {@code time}. */
    public static double degrees(double latDeg, double lonDeg, Instant time) {
        return at(time).degrees(latDeg, lonDeg);
    }

    /** The sun at {@code time}: what its elevation anywhere needs, computed once for every place. */
    public static Sun at(Instant time) {
        ZonedDateTime t = time.atZone(ZoneOffset.UTC);
        return atHour(t.toLocalDate(), t.getHour() + t.getMinute() / 60.0 + (t.getSecond() + t.getNano() * 1e-9) / 3600.0);
    }

    /**
     * The sun on UTC date {@code day} at {@code secondOfDay} seconds after its midnight (0 to
     * 86,399): the same as {@link #at(Instant)} for that instant, without making one (the
     * simulation asks once a tick).
     */
    public static Sun at(LocalDate day, int secondOfDay) {
        int hours = secondOfDay / 3600, minutes = secondOfDay / 60 % 60, seconds = secondOfDay % 60;
        return atHour(day, hours + minutes / 60.0 + seconds / 3600.0);
    }

    /** The sun on {@code day} at {@code hour} hours after its midnight, UTC (NOAA's formula). */
    private static Sun atHour(LocalDate day, double hour) {
        double gamma = 2 * Math.PI / day.lengthOfYear() * (day.getDayOfYear() - 1 + (hour - 12) / 24);
        double eqTimeMinutes = 229.18 * (0.000075 + 0.001868 * Math.cos(gamma) - 0.032077 * Math.sin(gamma)
                - 0.014615 * Math.cos(2 * gamma) - 0.040849 * Math.sin(2 * gamma));
        double declination = 0.006918 - 0.399912 * Math.cos(gamma) + 0.070257 * Math.sin(gamma)
                - 0.006758 * Math.cos(2 * gamma) + 0.000907 * Math.sin(2 * gamma)
                - 0.002697 * Math.cos(3 * gamma) + 0.00148 * Math.sin(3 * gamma);
        return new Sun(Math.sin(declination), Math.cos(declination), hour * 60 + eqTimeMinutes);
    }

    /**
     * The sun at one instant: the sine and cosine of its declination, and the true solar time in
     * minutes at longitude 0 (UTC minutes of the day plus the equation of time).
     */
    public record Sun(double sinDeclination, double cosDeclination, double solarMinutesAtGreenwich) {
        /** Its elevation in degrees at a latitude and longitude (degrees, east positive). */
        public double degrees(double latDeg, double lonDeg) {
            return 90 - Math.toDegrees(Math.acos(Math.max(-1, Math.min(1, cosZenith(latDeg, lonDeg)))));
        }

        private double cosZenith(double latDeg, double lonDeg) {
            double hourAngle = Math.toRadians((solarMinutesAtGreenwich + 4 * lonDeg) / 4 - 180);
            double lat = Math.toRadians(latDeg);
            return Math.sin(lat) * sinDeclination + Math.cos(lat) * cosDeclination * Math.cos(hourAngle);
        }

        /**
         * Day while its upper limb is above the horizon at that place, else night. Decided on the
         * cosine of the zenith angle where it is clearly on one side of sunrise's (the rounding of
         * acos is far below the margin), and on {@link #degrees} itself near it: the same answer,
         * without an acos for nearly every look.
         */
        public Light light(double latDeg, double lonDeg) {
            double cosZenith = cosZenith(latDeg, lonDeg);
            if (cosZenith > COS_SUNRISE_ZENITH + 1e-9) return Light.DAY;
            if (cosZenith < COS_SUNRISE_ZENITH - 1e-9) return Light.NIGHT;
            return degrees(latDeg, lonDeg) > SUNRISE_ELEVATION_DEG ? Light.DAY : Light.NIGHT;
        }
    }

    /** Day while the sun's upper limb is above the horizon, else night. */
    public static Light light(double latDeg, double lonDeg, Instant time) {
        return at(time).light(latDeg, lonDeg);
    }
}
