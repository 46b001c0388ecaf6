package medsim.search;

import java.time.LocalDate;
import java.util.List;

/**
 * A finished run's searches (sightings.csv and search.csv).
 *
 * @param sightings sightings (SIGHTING events) by force, sensor and target, sorted by those; they add up to the run's {@code sightings}
 * @param areaDays  per day, patrol area, force and boat target (sorted by those), the search patterns' effort and what it found
 */
public record SearchOutcome(List<SightingCount> sightings, List<AreaDaySearch> areaDays) {
    public SearchOutcome {
        sightings = List.copyOf(sightings);
        areaDays = List.copyOf(areaDays);
    }

    /** No searches: a run with no sightings and no aircraft on patrol. */
    public static SearchOutcome none() { return new SearchOutcome(List.of(), List.of()); }

    /**
     * @param force     the force's id
     * @param sensor    the sensor credited (of several on one platform, drawn in proportion to each one's exposure in the tick of the sighting)
     * @param target    what the boat is as sensors see it ({@code rubber-dinghy}...)
     * @param sightings how many
     */
    public record SightingCount(String force, String sensor, String target, long sightings) {}

    /**
     * One force's search of one patrol area on one day, against one boat target.
     *
     * @param trackNm       nm flown on its search patterns over the area that day (crossovers included)
     * @param areaNm2       the area's size, nm^2
     * @param coverage      C = sum over ticks of sweep width (that tick's conditions, all its sensors together, at the
     *                      search speed) x track length, over the area
     * @param podCurve      the curve {@code podExpected} comes from ({@link PodCurve#key()})
     * @param podExpected   the POD the coverage predicts for boats spread uniformly over the area
     * @param boatsPresent  boats of this target in the area at some tick while the force flew its pattern there that day
     * @param boatsDetected of those, the ones its aircraft detected then
     */
    public record AreaDaySearch(LocalDate date, String area, String force, String target, double trackNm, double areaNm2,
            double coverage, String podCurve, double podExpected, int boatsPresent, int boatsDetected) {
        /** The empirical share of boats present that were detected; NaN with none present. */
        public double detectedShare() { return boatsPresent == 0 ? Double.NaN : (double) boatsDetected / boatsPresent; }
    }
}
