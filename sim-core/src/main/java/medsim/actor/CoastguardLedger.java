package medsim.actor;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import medsim.scenario.AssetSpec;
import medsim.scenario.CoastguardCapacity;
import medsim.scenario.CoastguardCapacity.Course;
import medsim.scenario.CoastguardCapacity.Intake;
import medsim.scenario.Force;

/**
 * A coastguard's stocks, day by day, and what they let it do that day
 * ({@link CoastguardCapacity}): computed at the start of each day from the inputs alone, with
 * no random draw, so two runs whose inputs agree up to a day agree on every day before it.
 *
 * <p>On a day: the serviceable boats are the initial ones plus the dated changes so far (never
 * below 0); the ready boats are round(serviceable x availability). The personnel serving are
 * the untrained ones (the initial personnel, less serving trainees from a course's start;
 * those who do not graduate come back after its end) plus the trained: each course's
 * graduates from {@code trainingLagDays} after its end, times exp(-attritionPerYear x years
 * since), the rest having left for the militias. The crews are floor(personnel / crewPerBoat); the boats in service are
 * min(ready boats, crews), shared among the units by their {@code boatShare} (largest
 * remainder, ties to the unit listed first, at most each unit's asset count). Within a unit the
 * first assets of its class are in service. The trained share (trained over serving) sets the
 * range from the coast, linear between the untrained and trained ranges, and the share of the
 * boats in service that act at night (the first of each unit's boats in service, rounded).
 *
 * <p>A {@code serving} course can take only the untrained people serving at its start who are
 * not away on another course: if it asks for more, it takes those ({@link #servingIntake}) and
 * its graduates shrink in proportion, so no course makes people out of nothing (the rest of its
 * trainees, from the navy say, are outside the coastguard's personnel).
 */
public final class CoastguardLedger {
    private final CoastguardCapacity capacity;
    private final List<String> unitIds;
    /** Each unit's assets' count (its class's {@code count}). */
    private final int[] unitAssets;
    /** The asset classes' ids (force/class) of the units, in unit order. */
    private final List<String> unitClassIds;

    private LocalDate day;
    private int serviceable;
    private int ready;
    private double untrained;
    private double trained;
    private int crews;
    private int inService;
    private final int[] unitInService;
    private final int[] unitNight;
    private double rangeNm;

    public CoastguardLedger(CoastguardCapacity capacity, Force force) {
        this.capacity = capacity;
        this.unitIds = List.copyOf(capacity.units().keySet());
        this.unitAssets = new int[unitIds.size()];
        this.unitClassIds = new ArrayList<>();
        for (int u = 0; u < unitIds.size(); u++) {
            String classId = force.id() + "/" + unitIds.get(u);
            unitClassIds.add(classId);
            for (AssetSpec a : force.assets()) if (a.id().equals(classId)) unitAssets[u] = a.count();
        }
        this.unitInService = new int[unitIds.size()];
        this.unitNight = new int[unitIds.size()];
        this.servingIntake = new double[capacity.courses().size()];
        this.servingGraduates = new double[capacity.courses().size()];
        fitServingIntakes();
    }

    /** Each serving course's trainees and graduates within the coastguard's untrained personnel, by its start (index: the course's). */
    private final double[] servingIntake;
    private final double[] servingGraduates;

    /**
     * Caps each serving course, in order of start, at the untrained people serving that day:
     * the initial personnel, less trainees away on courses under way, less graduates of courses
     * ended (now trained). Graduates shrink in proportion to the intake.
     */
    private void fitServingIntakes() {
        List<Course> courses = capacity.courses();
        Integer[] order = new Integer[courses.size()];
        for (int i = 0; i < order.length; i++) order[i] = i;
        Arrays.sort(order, (a, b) -> courses.get(a).start().compareTo(courses.get(b).start()));
        for (int k : order) {
            Course c = courses.get(k);
            if (c.intake() != Intake.SERVING) continue;
            double available = capacity.initialPersonnel();
            for (int j = 0; j < courses.size(); j++) {
                Course o = courses.get(j);
                // A course not fitted yet (it starts later, or the same day after it) has taken no one: 0 below.
                if (j == k || o.intake() != Intake.SERVING || o.start().isAfter(c.start())) continue;
                available -= o.end().isBefore(c.start()) ? servingGraduates[j] : servingIntake[j];
            }
            servingIntake[k] = Math.max(0, Math.min(c.trainees(), available));
            servingGraduates[k] = c.graduates() * servingIntake[k] / c.trainees();
        }
    }

    /** The trainees a serving course takes from the coastguard's untrained personnel (at most its {@code trainees}; 0 for recruits). */
    public double servingIntake(Course c) {
        return servingIntake[capacity.courses().indexOf(c)];
    }

    /** What happened to the stocks on one day, for events: boat changes and graduations that took effect. */
    public record DayNews(List<CoastguardCapacity.BoatChange> boatChanges, List<Course> graduations) {}

    /** Computes the stocks and the day's capability for {@code date}; returns the boat changes and graduations dated that day. */
    public DayNews advanceTo(LocalDate date) {
        day = date;
        List<CoastguardCapacity.BoatChange> changed = new ArrayList<>();
        int boats = capacity.initialServiceableBoats();
        for (CoastguardCapacity.BoatChange c : capacity.boatChanges()) {
            if (c.date().isAfter(date)) break;
            boats = Math.max(0, boats + c.count());
            if (c.date().equals(date)) changed.add(c);
        }
        serviceable = boats;
        ready = (int) Math.round(serviceable * capacity.availability());
        List<Course> graduated = new ArrayList<>();
        double serving = capacity.initialPersonnel(), trainedNow = 0;
        for (int i = 0; i < capacity.courses().size(); i++) {
            Course c = capacity.courses().get(i);
            LocalDate from = c.servingFrom(capacity.trainingLagDays());
            if (c.end().equals(date)) graduated.add(c);
            boolean back = !date.isBefore(from);
            double graduates = c.intake() == Intake.SERVING ? servingGraduates[i] : c.graduates();
            if (c.intake() == Intake.SERVING && !date.isBefore(c.start())) {
                // Serving trainees leave the boats for the course; those who do not graduate come back untrained after it.
                serving -= servingIntake[i];
                if (date.isAfter(c.end())) serving += servingIntake[i] - graduates;
            }
            if (back) {
                double years = ChronoUnit.DAYS.between(from, date) / 365.25;
                trainedNow += graduates * Math.exp(-capacity.attritionPerYear() * years);
            }
        }
        untrained = Math.max(0, serving);
        trained = trainedNow;
        crews = (int) Math.floor((untrained + trained) / capacity.crewPerBoat() + 1e-9);
        inService = Math.min(ready, crews);
        share(inService);
        double trainedShare = untrained + trained > 0 ? trained / (untrained + trained) : 0;
        rangeNm = capacity.untrainedRangeNm() + trainedShare * (capacity.trainedRangeNm() - capacity.untrainedRangeNm());
        double night = capacity.untrainedNightShare() + trainedShare * (capacity.trainedNightShare() - capacity.untrainedNightShare());
        for (int u = 0; u < unitIds.size(); u++) unitNight[u] = (int) Math.round(unitInService[u] * night);
        return new DayNews(changed, graduated);
    }

    /** Shares {@code boats} among the units by their boat shares: largest remainder, capped by their asset counts. */
    private void share(int boats) {
        int n = unitIds.size();
        Arrays.fill(unitInService, 0);
        int left = boats;
        // Repeat while boats are left and some unit has room: a capped unit's boats go to the others.
        while (left > 0) {
            double total = 0;
            for (int u = 0; u < n; u++) if (unitInService[u] < unitAssets[u]) total += capacity.units().get(unitIds.get(u)).boatShare();
            if (total <= 0) break;
            int given = 0;
            double[] remainder = new double[n];
            for (int u = 0; u < n; u++) {
                if (unitInService[u] >= unitAssets[u]) continue;
                double exact = left * capacity.units().get(unitIds.get(u)).boatShare() / total;
                int whole = Math.min((int) Math.floor(exact), unitAssets[u] - unitInService[u]);
                unitInService[u] += whole;
                given += whole;
                remainder[u] = exact - Math.floor(exact);
            }
            left -= given;
            while (left > 0) {
                int best = -1;
                for (int u = 0; u < n; u++) {
                    if (unitInService[u] >= unitAssets[u] || capacity.units().get(unitIds.get(u)).boatShare() <= 0) continue;
                    if (best < 0 || remainder[u] > remainder[best]) best = u;
                }
                if (best < 0) break;
                unitInService[best]++;
                remainder[best] = -1;
                left--;
                given++;
            }
            if (given == 0) break;
        }
    }

    /** The unit of an asset class (force/class id), or -1 if the class is no unit. */
    public int unitOf(String assetClassId) {
        return unitClassIds.indexOf(assetClassId);
    }

    /** Whether the asset at {@code index} in its unit's class (0 first) is in service today. */
    public boolean inService(int unit, int index) { return index < unitInService[unit]; }

    /** Whether the asset at {@code index} of its unit may intercept at night today. */
    public boolean actsAtNight(int unit, int index) { return index < unitNight[unit]; }

    /** The chance the unit intercepts a boat from {@code point} it sees today (its willingness and its deals). */
    public double interceptChance(int unit, String point) {
        return capacity.units().get(unitIds.get(unit)).interceptChance(point, day);
    }

    /** How far from the Libyan coast its boats patrol and intercept today, nm. */
    public double rangeNm() { return rangeNm; }

    public CoastguardCapacity capacity() { return capacity; }
    public List<String> unitIds() { return unitIds; }
    public int serviceableBoats() { return serviceable; }
    public int readyBoats() { return ready; }
    /** Trained people serving today (after attrition): fractional, an expectation. */
    public double trainedPersonnel() { return trained; }
    /** People serving today, trained or not. */
    public double servingPersonnel() { return untrained + trained; }
    public int crews() { return crews; }
    public int boatsInService() { return inService; }
    public int unitBoatsInService(int unit) { return unitInService[unit]; }

}
