package medsim.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import medsim.detection.Sensor;
import medsim.detection.Target;

/**
 * What a run's searches did, as they happened: sightings by force, sensor and target; and, per
 * patrol area, day and force, the track flown on search patterns, the area swept against each
 * boat target (sweep width x track length, summed tick by tick in each tick's conditions), and
 * the boats present in the area while the force searched it, and which of them it detected.
 * One per run; {@link #outcome()} is what the writers take.
 */
public final class SearchLog {
    private final List<Target> targets;
    private final PodCurve curve;
    private final TreeMap<SightingKey, long[]> sightings = new TreeMap<>();
    /** Looked up by every searching aircraft at every tick: hashed, and sorted by key only for {@link #outcome()}. */
    private final Map<AreaDayKey, AreaDay> areaDays = new HashMap<>();

    /**
     * @param targets what the boats are, as sensors see them: one area-day row per target, in this order
     * @param curve   the POD curve the searches' coverage is read against
     */
    public SearchLog(List<Target> targets, PodCurve curve) {
        this.targets = List.copyOf(targets);
        this.curve = curve;
    }

    /** A sighting (a SIGHTING event) by {@code force}, credited to {@code sensor}, of a boat seen as {@code target}. */
    public void sighting(String force, Sensor sensor, Target target) {
        sightings.computeIfAbsent(new SightingKey(force, sensor, target), k -> new long[1])[0]++;
    }

    /**
     * Search effort: {@code force} flew {@code trackNm} of its pattern over {@code area}
     * ({@code areaNm2}) on {@code date}, sweeping {@code sweptNm2[t]} nm^2 against target t
     * (indexed by {@link Target#ordinal()}).
     */
    public void searched(LocalDate date, String area, double areaNm2, String force, double trackNm, double[] sweptNm2) {
        AreaDay d = areaDay(date, area, areaNm2, force);
        d.trackNm += trackNm;
        for (int t = 0; t < sweptNm2.length; t++) d.sweptNm2[t] += sweptNm2[t];
    }

    /** A boat (of kind {@code target}) was in {@code area} while {@code force} searched it on {@code date}; whether it detected the boat then. */
    public void present(LocalDate date, String area, double areaNm2, String force, long boatId, Target target, boolean detected) {
        AreaDay d = areaDay(date, area, areaNm2, force);
        d.present[target.ordinal()].add(boatId);
        if (detected) d.detected[target.ordinal()].add(boatId);
    }

    private AreaDay areaDay(LocalDate date, String area, double areaNm2, String force) {
        return areaDays.computeIfAbsent(new AreaDayKey(date, area, force), k -> new AreaDay(areaNm2));
    }

    /** The sightings and the area-day rows so far, sorted by their keys. */
    public SearchOutcome outcome() {
        List<SearchOutcome.SightingCount> s = new ArrayList<>();
        for (Map.Entry<SightingKey, long[]> e : sightings.entrySet()) {
            SightingKey k = e.getKey();
            s.add(new SearchOutcome.SightingCount(k.force(), k.sensor().key(), k.target().key(), e.getValue()[0]));
        }
        List<SearchOutcome.AreaDaySearch> rows = new ArrayList<>();
        for (Map.Entry<AreaDayKey, AreaDay> e : new TreeMap<>(areaDays).entrySet()) {
            AreaDayKey k = e.getKey();
            AreaDay d = e.getValue();
            for (Target t : targets) {
                double coverage = d.sweptNm2[t.ordinal()] / d.areaNm2;
                rows.add(new SearchOutcome.AreaDaySearch(k.date(), k.area(), k.force(), t.key(), d.trackNm, d.areaNm2, coverage,
                        curve.key(), curve.pod(coverage), d.present[t.ordinal()].size(), d.detected[t.ordinal()].size()));
            }
        }
        return new SearchOutcome(s, rows);
    }

    private record SightingKey(String force, Sensor sensor, Target target) implements Comparable<SightingKey> {
        private static final Comparator<SightingKey> ORDER = Comparator.comparing(SightingKey::force)
                .thenComparing(SightingKey::sensor).thenComparing(SightingKey::target);

        @Override
        public int compareTo(SightingKey o) { return ORDER.compare(this, o); }
    }

    private record AreaDayKey(LocalDate date, String area, String force) implements Comparable<AreaDayKey> {
        private static final Comparator<AreaDayKey> ORDER = Comparator.comparing(AreaDayKey::date)
                .thenComparing(AreaDayKey::area).thenComparing(AreaDayKey::force);

        @Override
        public int compareTo(AreaDayKey o) { return ORDER.compare(this, o); }
    }

    private static final class AreaDay {
        final double areaNm2;
        double trackNm;
        final double[] sweptNm2 = new double[Target.values().length];
        @SuppressWarnings("unchecked")
        final TreeSet<Long>[] present = new TreeSet[Target.values().length];
        @SuppressWarnings("unchecked")
        final TreeSet<Long>[] detected = new TreeSet[Target.values().length];

        AreaDay(double areaNm2) {
            this.areaNm2 = areaNm2;
            for (int t = 0; t < present.length; t++) {
                present[t] = new TreeSet<>();
                detected[t] = new TreeSet<>();
            }
        }
    }
}
