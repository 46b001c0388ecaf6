package medsim.detection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class SunElevationTest {
    static final double TRIPOLI_LAT = 32.89, TRIPOLI_LON = 13.19;
    static final double LAMPEDUSA_LAT = 35.50, LAMPEDUSA_LON = 12.60;

    /** The first time after {@code from}, to the second, at which the light changes (bisection on a one-minute scan). */
    static Instant nextChange(double lat, double lon, Instant from) {
        Light start = SunElevation.light(lat, lon, from);
        Instant t = from;
        while (SunElevation.light(lat, lon, t.plusSeconds(60)) == start) t = t.plusSeconds(60);
        Instant lo = t, hi = t.plusSeconds(60);
        while (Duration.between(lo, hi).getSeconds() > 1) {
            Instant mid = lo.plusSeconds(Duration.between(lo, hi).getSeconds() / 2);
            if (SunElevation.light(lat, lon, mid) == start) lo = mid; else hi = mid;
        }
        return hi;
    }

    static double minutesOfDay(Instant t) {
        return t.atZone(ZoneOffset.UTC).toLocalTime().toSecondOfDay() / 60.0;
    }

    @Test
    void sunriseOnNewYearsDayMatchesThePublishedTableAtThe32ndAnd36thParallels() {
        // aa.quae.nl "The Position of the Sun: Tables", Table 1 (year 2002, local mean time):
        // sunrise on 1 January at +32 degrees 7:01, at +36 degrees 7:11. At longitude 0 local mean time is UTC.
        Instant midnight = LocalDate.of(2002, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC);
        assertEquals(7 * 60 + 1, minutesOfDay(nextChange(32, 0, midnight)), 2);
        assertEquals(7 * 60 + 11, minutesOfDay(nextChange(36, 0, midnight)), 2);
    }

    @Test
    void sunriseOverMaltaOnAnObservedMorning() {
        // Sunrise seen from Tigne Point, Sliema (35.91 N, 14.52 E) on 25 September 2017 at 4:51 UTC (imaggeo.egu.eu/view/12012).
        Instant midnight = LocalDate.of(2017, 9, 25).atStartOfDay().toInstant(ZoneOffset.UTC);
        assertEquals(4 * 60 + 51, minutesOfDay(nextChange(35.91, 14.52, midnight)), 3);
    }

    @Test
    void daysAtLampedusaAreLongInJuneAndShortInDecember() {
        // Malta, at the same latitude: about 15 h of daylight in June and 10 in December (climate of Malta, liquisearch.com).
        for (int[] md : new int[][] {{6, 21}, {12, 21}}) {
            Instant midnight = LocalDate.of(2016, md[0], md[1]).atStartOfDay().toInstant(ZoneOffset.UTC);
            Instant rise = nextChange(LAMPEDUSA_LAT, LAMPEDUSA_LON, midnight);
            Instant set = nextChange(LAMPEDUSA_LAT, LAMPEDUSA_LON, rise);
            double hours = Duration.between(rise, set).getSeconds() / 3600.0;
            assertEquals(md[0] == 6 ? 14.6 : 9.8, hours, 0.3, "day length on " + md[0] + "-" + md[1]);
        }
    }

    @Test
    void middayIsDayAndMidnightIsNightAtTripoliAllYear() {
        for (int month = 1; month <= 12; month++) {
            LocalDate d = LocalDate.of(2016, month, 15);
            // Local solar noon at 13.19 E is about 11:07 UTC.
            Instant noon = d.atTime(11, 7).toInstant(ZoneOffset.UTC);
            assertEquals(Light.DAY, SunElevation.light(TRIPOLI_LAT, TRIPOLI_LON, noon));
            assertEquals(Light.NIGHT, SunElevation.light(TRIPOLI_LAT, TRIPOLI_LON, noon.plus(Duration.ofHours(12))));
        }
    }

    @Test
    void noonElevationAtTheJuneSolsticeIsNinetyMinusLatitudePlusTheTilt() {
        Instant noon = LocalDate.of(2016, 6, 20).atTime(11, 7).toInstant(ZoneOffset.UTC);
        assertEquals(90 - TRIPOLI_LAT + 23.44, SunElevation.degrees(TRIPOLI_LAT, TRIPOLI_LON, noon), 0.2);
    }

    @Test
    void dayOrNightIsTheSignOfTheElevationAboveSunriseAllYearOverTheTheatre() {
        // light() decides on the cosine away from sunrise and on the elevation near it: it must
        // agree with the elevation everywhere, minutes around sunrise and sunset included.
        Instant start = LocalDate.of(2016, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC);
        int nearSunrise = 0;
        for (int minute = 0; minute < 366 * 24 * 60; minute += 11) {
            SunElevation.Sun sun = SunElevation.at(start.plus(Duration.ofMinutes(minute)));
            for (double lat = 31.0; lat <= 38.0; lat += 2.3) {
                for (double lon = 10.0; lon <= 16.0; lon += 3.0) {
                    double elevation = sun.degrees(lat, lon);
                    if (Math.abs(elevation - SunElevation.SUNRISE_ELEVATION_DEG) < 0.05) nearSunrise++;
                    assertEquals(elevation > SunElevation.SUNRISE_ELEVATION_DEG ? Light.DAY : Light.NIGHT, sun.light(lat, lon),
                            "at minute " + minute + ", " + lat + " N " + lon + " E");
                }
            }
        }
        assertTrue(nearSunrise > 100, "the sweep must pass close to sunrise often, got " + nearSunrise);
    }

    @Test
    void theSunOfADateAndSecondIsTheSunOfThatInstantBitForBit() {
        // The simulation asks by date and second of the day (once a tick); it must be the instant's sun exactly.
        for (int day = 0; day < 731; day += 7) {
            LocalDate d = LocalDate.of(2015, 1, 1).plusDays(day);
            for (int second = 0; second < 86_400; second += 150 + day % 17) {
                SunElevation.Sun byInstant = SunElevation.at(d.atStartOfDay().plusSeconds(second).toInstant(ZoneOffset.UTC));
                assertEquals(byInstant, SunElevation.at(d, second), d + " at second " + second);
            }
        }
    }
}
