package medsim.actor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import medsim.detection.DetectionTable;
import medsim.detection.Light;
import medsim.detection.SeaStateImpact;
import medsim.detection.Sensor;
import medsim.detection.Target;
import medsim.geo.GeoPoint;
import medsim.geo.GeoPolygon;
import medsim.geo.Projection;
import medsim.mandate.Action;
import medsim.model.MedSim;
import medsim.scenario.AssetSpec;
import medsim.scenario.SortieSpec;
import medsim.search.ParallelSweepPattern;
import sim.util.Bag;

/**
 * An aircraft's sorties (the state its {@link Asset} delegates to): the take-off schedule, the
 * parallel-sweep pattern over its patrol area and how far along it the aircraft has got, when it
 * must leave the pattern to land with its reserve, and the accounting of its search (track,
 * area swept, boats present and detected) for the run's {@link medsim.search.SearchLog}.
 *
 * <p>Schedule: take-offs are due every {@link SortieSpec#intervalHours()} from
 * {@link SortieSpec#firstTakeOffHour()} on the run's first day, unit i of n offset by i/n of an
 * interval; a due take-off is flown only if the aircraft has had its turn-around
 * ({@code portHours}) since landing, is deployed, and the sea state is within its limit;
 * otherwise it waits for the next one.
 *
 * <p>Pattern: planned at take-off with S = W / C, W the sweep width of all its sensors together
 * against {@link SortieSpec#searchTarget()} at its patrol speed in the sea state and light (at the
 * area's centre) of that moment; each leg is cut back at its ends to where its mandate lets
 * it patrol that day ({@link #trimmed}). Each sortie resumes at the leg where the last one left
 * off; a finished pattern starts again from the first leg.
 */
final class SearchSorties {
    /**
     * The tightest track spacing flown, nm: about the diameter of a patrol aircraft's turn at
     * search speed; a pattern planned tighter (a tiny sweep width, a high coverage) is flown at
     * this spacing (it also bounds the number of legs).
     */
    static final double MIN_TRACK_SPACING_NM = 0.5;

    private final AssetSpec spec;
    private final SortieSpec sortie;
    private final double offsetHours;
    private long slotsPassed;
    private long nextSlotTick = -1;
    /** The area in the model's plane (nm), made on first use. */
    private double[] areaX, areaY;
    private double areaNm2;
    private ParallelSweepPattern pattern;
    /** The pattern's legs trimmed to where it may patrol today ({x0, y0, x1, y1} nm); null for a leg left with nothing. */
    private double[][] legFlown;
    /** The legs of the route being flown, one per pair of its waypoints. */
    private final List<Integer> routeLegs = new ArrayList<>();
    private List<double[]> route = List.of();
    private int nextLeg;
    /** Sweep widths by target, sea-state bracket and light at the patrol speed (NaN until computed). */
    private final double[][][] widthNm = new double[Target.values().length][SeaStateImpact.values().length][Light.values().length];
    private final double[] swept = new double[Target.values().length];

    SearchSorties(AssetSpec spec, int unit) {
        this.spec = spec;
        this.sortie = spec.sortie();
        this.offsetHours = sortie.firstTakeOffHour() + sortie.intervalHours() * unit / spec.count();
        for (double[][] byImpact : widthNm) for (double[] byLight : byImpact) java.util.Arrays.fill(byLight, Double.NaN);
    }

    /** The tick of the next take-off slot, or -1 before {@link #slotDue} was first asked. */
    long nextSlotTick() { return nextSlotTick; }

    /** Whether a take-off falls due at this tick; the slot is used up either way. */
    boolean slotDue(MedSim sim) {
        long t = sim.tick();
        if (nextSlotTick < 0) nextSlotTick = sim.clock().ticks(offsetHours);
        if (t < nextSlotTick) return false;
        while (nextSlotTick <= t) nextSlotTick = sim.clock().ticks(offsetHours + ++slotsPassed * sortie.intervalHours());
        return true;
    }

    /**
     * Plans this sortie's pattern and returns the waypoints to fly over the area (the next legs
     * the mandate allows today, in order), or null if it may search no leg of it today.
     */
    List<double[]> plan(MedSim sim, RulesOfEngagement rules, LocalDate date, List<Sensor> sensors, double beaufort) {
        area(sim);
        double cx = 0, cy = 0;
        for (int i = 0; i < areaX.length; i++) {
            cx += areaX[i] / areaX.length;
            cy += areaY[i] / areaY.length;
        }
        Projection projection = sim.world().projection();
        Light light = sim.sunAtMidTick().light(projection.latDeg(cy), projection.lonDeg(cx));
        double w = widthNm(sim.scenario().detection(), sensors, sortie.searchTarget(), beaufort, light);
        if (w == 0) return null;
        pattern = new ParallelSweepPattern(areaX, areaY, Math.max(w / sortie.searchCoverage(), MIN_TRACK_SPACING_NM));
        legFlown = new double[pattern.legCount()][];
        boolean any = false;
        for (int i = 0; i < legFlown.length; i++) {
            legFlown[i] = trimmed(sim, rules, date, pattern.leg(i));
            any |= legFlown[i] != null;
        }
        if (!any) return null;
        if (nextLeg >= legFlown.length) nextLeg = 0;
        return planRoute();
    }

    /**
     * A leg cut back at each end, in steps of {@link #TRIM_STEP_NM}, to the first point where
     * the mandate lets it patrol (the sea off a coast whose territorial waters it may not
     * enter, say); null if no point of it is such. What lies between the two ends is flown.
     */
    private static double[] trimmed(MedSim sim, RulesOfEngagement rules, LocalDate date, double[] leg) {
        double length = Math.hypot(leg[2] - leg[0], leg[3] - leg[1]);
        int steps = Math.max(1, (int) Math.ceil(length / TRIM_STEP_NM));
        int first = 0, last = steps;
        while (first <= steps && !patrolsAt(sim, rules, date, leg, (double) first / steps)) first++;
        if (first > steps) return null;
        while (last > first && !patrolsAt(sim, rules, date, leg, (double) last / steps)) last--;
        if (first == last) return null;
        double f = (double) first / steps, l = (double) last / steps;
        return new double[] {leg[0] + f * (leg[2] - leg[0]), leg[1] + f * (leg[3] - leg[1]), leg[0] + l * (leg[2] - leg[0]), leg[1] + l * (leg[3] - leg[1])};
    }

    private static final double TRIM_STEP_NM = 1;

    private static boolean patrolsAt(MedSim sim, RulesOfEngagement rules, LocalDate date, double[] leg, double along) {
        double x = leg[0] + along * (leg[2] - leg[0]), y = leg[1] + along * (leg[3] - leg[1]);
        return rules.allows(Action.PATROL, sim.zoneAt(x, y), date);
    }

    /** The waypoints of the route over the pattern planned last (its legs' starts and ends, in order). */
    List<double[]> route() { return route; }

    /** The allowed legs from {@link #nextLeg} to the end (from the first, if none is left). */
    private List<double[]> planRoute() {
        routeLegs.clear();
        List<double[]> waypoints = new ArrayList<>();
        for (int pass = 0; pass < 2 && routeLegs.isEmpty(); pass++) {
            for (int i = pass == 0 ? nextLeg : 0; i < legFlown.length; i++) {
                if (legFlown[i] == null) continue;
                double[] l = legFlown[i];
                waypoints.add(new double[] {l[0], l[1]});
                waypoints.add(new double[] {l[2], l[3]});
                routeLegs.add(i);
            }
        }
        route = List.copyOf(waypoints);
        return route;
    }

    /** The pattern was flown to its end: the route over it again from the first leg. */
    List<double[]> restart() {
        nextLeg = 0;
        return planRoute();
    }

    /**
     * Leaves the pattern with {@code nextWaypoint} the index of the route's waypoint it was
     * heading for: the next sortie begins with the leg it was on.
     */
    void leave(int nextWaypoint) {
        if (routeLegs.isEmpty()) return;
        // Heading for waypoint 2k (leg k's start) or 2k + 1 (its end): leg k is next.
        int k = Math.min(routeLegs.size() - 1, nextWaypoint / 2);
        nextLeg = routeLegs.get(k);
    }

    /**
     * Whether it must head home now: after this tick's flight ({@code enduranceLeftHours} has
     * already been charged for it), the endurance left would no longer cover the flight home at
     * transit speed ({@code hoursHome}) plus two ticks' margin and the reserve.
     */
    boolean mustReturn(double enduranceLeftHours, double hoursHome, double tickHours) {
        return enduranceLeftHours - sortie.reserveHours() < hoursHome + 2 * tickHours;
    }

    /**
     * Books a tick of search on the pattern: {@code trackNm} flown in the given conditions, and
     * each boat at sea inside the area with whether {@code detected} says the aircraft saw it this tick.
     */
    void searched(MedSim sim, String force, List<Sensor> sensors, double beaufort, Light light, double trackNm,
            java.util.function.Predicate<MigrantBoat> detected) {
        area(sim);
        DetectionTable table = sim.scenario().detection();
        for (Target t : Target.values()) swept[t.ordinal()] = trackNm * widthNm(table, sensors, t, beaufort, light);
        LocalDate date = sim.date();
        var log = sim.searchLog();
        log.searched(date, spec.patrolArea(), areaNm2, force, trackNm, swept);
        GeoPolygon polygon = sim.scenario().areas().get(spec.patrolArea()).polygon();
        Projection projection = sim.world().projection();
        Bag boats = sim.boatsAtSea();
        for (int i = 0; i < boats.numObjs; i++) {
            MigrantBoat b = (MigrantBoat) boats.objs[i];
            if (!polygon.contains(projection.latDeg(b.yNm()), projection.lonDeg(b.xNm()))) continue;
            log.present(date, spec.patrolArea(), areaNm2, force, b.id(), b.type().detectionTarget(), detected.test(b));
        }
    }

    private double widthNm(DetectionTable table, List<Sensor> sensors, Target target, double beaufort, Light light) {
        double[] cell = widthNm[target.ordinal()][SeaStateImpact.of(beaufort).ordinal()];
        if (Double.isNaN(cell[light.ordinal()])) {
            cell[light.ordinal()] = table.sweepWidthNm(sensors, target, beaufort, light, spec.patrolSpeedKnots());
        }
        return cell[light.ordinal()];
    }

    private void area(MedSim sim) {
        if (areaX != null) return;
        GeoPolygon polygon = sim.scenario().areas().get(spec.patrolArea()).polygon();
        Projection projection = sim.world().projection();
        List<GeoPoint> ring = polygon.ring();
        areaX = new double[ring.size()];
        areaY = new double[ring.size()];
        for (int i = 0; i < ring.size(); i++) {
            areaX[i] = projection.xNm(ring.get(i).lonDeg());
            areaY[i] = projection.yNm(ring.get(i).latDeg());
        }
        areaNm2 = ParallelSweepPattern.areaNm2(areaX, areaY);
    }

    /** The pattern of the current (or last) sortie; null before the first. */
    ParallelSweepPattern pattern() { return pattern; }
}
