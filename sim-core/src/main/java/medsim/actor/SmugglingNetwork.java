package medsim.actor;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.math3.special.Erf;

import ec.util.MersenneTwisterFast;
import medsim.detection.Target;
import medsim.model.MedSim;
import medsim.model.WeightedDraw;
import medsim.event.EventType;
import medsim.metric.MetricCatalog;
import medsim.random.Concern;
import medsim.random.RandomStreams;
import medsim.scenario.BoatType;
import medsim.scenario.DeparturesSpec;
import medsim.scenario.MonthlyDepartures;
import medsim.scenario.Place;
import medsim.scenario.SmugglingSpec;
import medsim.scenario.Weighted;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * The smuggling networks ashore, taken together. How many people they put to sea each day
 * depends on the scenario's departures mode ({@link DeparturesSpec}):
 * <ul>
 *   <li>schedule: they add the month's planned departures to those waiting, hold them back if
 *       the sea is too rough for every boat type, and otherwise release them (up to a multiple
 *       of a normal day, so a calm day after a storm brings a surge);</li>
 *   <li>behaviour: at each departure point they fill boats from the people waiting there
 *       ({@link WaitingToCross}), up to the day's share of them scaled by what they heard of
 *       their boats' fates ({@link OutcomeMemory}), with boats of the types their forecast of
 *       the night's sea allows, while they have such boats in stock; rescuers near the point
 *       ({@link RescuerProximity}) raise the weather threshold and the share of rafts and cut
 *       the fuel they give (the launch decision, {@link DeparturesSpec.LaunchDecision}); people
 *       the coastguard returns come back to wait after detention.</li>
 * </ul>
 * Either way they choose boat types by their base shares, shifted away from types they have
 * been losing to seizure and destruction, and spread departures over the night window.
 */
public final class SmugglingNetwork implements Steppable {
    private static final long serialVersionUID = 1L;

    /** A planned departure, with the boat's own random stream and the fuel it carries (hours). */
    private record Departure(long tick, BoatType type, Place from, int people, MersenneTwisterFast stream, double fuelHours) {}

    private final SmugglingSpec spec;
    private final Map<YearMonth, Double> plan = new LinkedHashMap<>();
    private final List<BoatType> types = new ArrayList<>();
    private final double[] baseShares;
    private final double[] launchedMemory;
    private final double[] lostMemory;
    private final List<Place> points = new ArrayList<>();
    private final double[] pointWeights;
    private final ArrayDeque<Departure> today = new ArrayDeque<>();
    private double waitingPeople;
    /** Behaviour mode's people and boats ashore; null in schedule mode. */
    private final WaitingToCross waitingToCross;
    /** Behaviour mode's launch decision, what the networks heard of their boats, and the boats not yet heard of; null in schedule mode. */
    private final DeparturesSpec.LaunchDecision launch;
    private final OutcomeMemory outcomes;
    /** Boats at sea from behaviour mode's points, by id: {point index, epoch day it left}, in launch order. */
    private final Map<Long, long[]> unheard = new LinkedHashMap<>();
    /** Today's reading at each point (behaviour mode): the forecast of the night's sea state and the nearest rescuer, nm. */
    private final double[] forecastBeaufort, rescuerNm;

    public SmugglingNetwork(SmugglingSpec spec, DeparturesSpec departures, Map<String, BoatType> boatTypes, Map<String, Place> places) {
        this.spec = spec;
        this.waitingToCross = departures.mode() == DeparturesSpec.Mode.BEHAVIOUR
                ? new WaitingToCross(departures.behaviour(), spec.departurePoints()) : null;
        this.launch = waitingToCross != null ? departures.behaviour().launch() : null;
        this.outcomes = launch != null ? new OutcomeMemory(launch, spec.departurePoints().size()) : null;
        for (MonthlyDepartures m : spec.plan()) plan.put(m.month(), m.people() * spec.planScale());
        baseShares = new double[spec.boatTypes().size()];
        for (int i = 0; i < baseShares.length; i++) {
            Weighted w = spec.boatTypes().get(i);
            types.add(boatTypes.get(w.id()));
            baseShares[i] = w.weight();
        }
        launchedMemory = new double[types.size()];
        lostMemory = new double[types.size()];
        pointWeights = new double[spec.departurePoints().size()];
        for (int i = 0; i < pointWeights.length; i++) {
            Weighted w = spec.departurePoints().get(i);
            points.add(places.get(w.id()));
            pointWeights[i] = w.weight();
        }
        forecastBeaufort = new double[points.size()];
        rescuerNm = new double[points.size()];
        java.util.Arrays.fill(rescuerNm, Double.POSITIVE_INFINITY);
    }

    @Override
    public void step(SimState state) {
        MedSim sim = (MedSim) state;
        long tick = sim.tick();
        if (sim.clock().isStartOfDay(tick)) planDay(sim, sim.date(), tick);
        while (!today.isEmpty() && today.peekFirst().tick() <= tick) {
            Departure d = today.pollFirst();
            MigrantBoat boat = sim.launch(d.type(), d.from(), d.people(), d.stream(), d.fuelHours());
            if (outcomes != null) unheard.put(boat.id(), new long[] {points.indexOf(d.from()), sim.date().toEpochDay()});
            launchedMemory[types.indexOf(d.type())] += 1;
        }
    }

    private void planDay(MedSim sim, LocalDate date, long dayStartTick) {
        forget();
        if (waitingToCross != null) {
            planBehaviourDay(sim, date, dayStartTick);
            return;
        }
        planScheduledDay(sim, date, dayStartTick);
    }

    private void forget() {
        double forget = Math.exp(-1.0 / spec.lossMemoryDays());
        for (int i = 0; i < types.size(); i++) {
            launchedMemory[i] *= forget;
            lostMemory[i] *= forget;
        }
    }

    private void planScheduledDay(MedSim sim, LocalDate date, long dayStartTick) {
        YearMonth month = YearMonth.from(date);
        double normalDay = plan.getOrDefault(month, 0.0) / month.lengthOfMonth();
        waitingPeople += normalDay;
        double beaufort = sim.seaState().beaufort();
        double[] shares = currentShares(beaufort);
        if (total(shares) <= 0) return; // too rough for every boat type: everyone waits
        double release = Math.min(waitingPeople, normalDay * spec.maxBacklogReleaseFactor());
        List<Departure> planned = new ArrayList<>();
        double left = release;
        long day = date.toEpochDay();
        while (left > 0) {
            // Each boat has its own stream, keyed by the day and its place in the day's plan: it
            // decides the boat's type, load, departure point and hour here, the rest at launch.
            MersenneTwisterFast boat = sim.streams().stream(Concern.BOAT, day, planned.size());
            BoatType type = types.get(WeightedDraw.index(shares, boat));
            int load = type.minPeople() + boat.nextInt(type.maxPeople() - type.minPeople() + 1);
            if (left < load) {
                // Not enough people for a full boat: fill it if enough are there, else they wait.
                if (left < type.minPeople() * spec.lastBoatMinLoadFraction()) break;
                load = (int) Math.ceil(left);
            }
            Place from = points.get(WeightedDraw.index(pointWeights, boat));
            double hour = spec.departureWindowStartHour() + boat.nextDouble() * spec.departureWindowHours();
            long at = dayStartTick + sim.clock().ticks(hour);
            planned.add(new Departure(at, type, from, load, boat, type.fuelHours()));
            left -= load;
        }
        waitingPeople -= release - Math.max(0, left);
        planned.sort((a, b) -> Long.compare(a.tick(), b.tick()));
        today.addAll(planned);
    }

    private void planBehaviourDay(MedSim sim, LocalDate date, long dayStartTick) {
        long day = date.toEpochDay();
        for (WaitingToCross.Release r : waitingToCross.startDay(day)) {
            Place at = points.get(r.point());
            sim.event(EventType.DETENTION_RELEASE, sim.xOf(at), sim.yOf(at), at.id(), 0, r.people(), r.fate());
        }
        recordDisplacement(sim);
        hearOfLostBoats(day);
        outcomes.startDay(day);
        double beaufort = sim.seaState().beaufort();
        List<Departure> planned = new ArrayList<>();
        int[] launchedToday = new int[points.size()];
        for (int p = 0; p < points.size(); p++) {
            Place point = points.get(p);
            // The night as the networks here forecast it, and how near the rescuers are.
            forecastBeaufort[p] = beaufort + forecastErrorBeaufort(sim.streams(), launch.forecastErrorSdBeaufort(), day, p);
            rescuerNm[p] = RescuerProximity.nearestRescuerNm(sim, sim.xOf(point), sim.yOf(point));
            double closeness = RescuerProximity.closeness(rescuerNm[p], launch.rescuerScaleNm());
            double[] shares = launchShares(forecastBeaufort[p], launch.thresholdShiftBeaufort() * closeness, 1 + launch.raftPreference() * closeness);
            // The people brought to the beach, scaled by what the networks heard of their boats' fates.
            double factor = outcomes.launchFactor(p);
            long most = (long) Math.floor(waitingToCross.launchablePeople(p) * waitingToCross.enforcement().launchFactor(p));
            long left = factor == 1 ? most : Math.min(waitingToCross.waitingPeople(p), (long) Math.floor(most * factor));
            while (left > 0) {
                double[] s = shares.clone();
                for (int t = 0; t < s.length; t++) {
                    if (!waitingToCross.hasBoat(p, t)) s[t] = 0;
                }
                if (total(s) <= 0) break; // too rough for the boats in stock, or none left
                // The boat's own stream, keyed as in schedule mode by the day and its place in the day's plan.
                MersenneTwisterFast boat = sim.streams().stream(Concern.BOAT, day, planned.size());
                int t = WeightedDraw.index(s, boat);
                BoatType type = types.get(t);
                int load = type.minPeople() + boat.nextInt(type.maxPeople() - type.minPeople() + 1);
                if (left < load) {
                    // Not enough people brought to the beach for a full boat: fill it if enough are there (as in schedule mode).
                    if (left < type.minPeople() * spec.lastBoatMinLoadFraction()) break;
                    load = (int) left;
                }
                double hour = spec.departureWindowStartHour() + boat.nextDouble() * spec.departureWindowHours();
                waitingToCross.launch(p, t, load);
                planned.add(new Departure(dayStartTick + sim.clock().ticks(hour), type, point, load, boat, fuelHours(type, rescuerNm[p])));
                launchedToday[p] += load;
                left -= load;
            }
        }
        planned.sort((a, b) -> Long.compare(a.tick(), b.tick()));
        today.addAll(planned);
        String band = MetricCatalog.launchBand(beaufort);
        for (int p = 0; p < points.size(); p++) {
            Place point = points.get(p);
            sim.event(EventType.LAUNCH_DECISION, sim.xOf(point), sim.yOf(point), point.id(), 0, launchedToday[p], band);
        }
    }

    /** Today's displacement between points under enforcement ashore, one {@code displacement} event per move. */
    private void recordDisplacement(MedSim sim) {
        for (EnforcementAshore.Move m : waitingToCross.enforcement().movesToday()) {
            Place from = points.get(m.from());
            String to = m.to() == EnforcementAshore.GAVE_UP ? "gave-up" : points.get(m.to()).id();
            sim.event(EventType.DISPLACEMENT, sim.xOf(from), sim.yOf(from), from.id(), 0, Math.toIntExact(m.people()), to);
        }
    }

    /**
     * Hours of fuel a boat of {@code type} carries with the nearest rescuer {@code rescuerNm}
     * away: {@code (1 - fuelChoice) x fuelHours + fuelChoice x min(fuelHours, fuelMarginRatio x rescuerNm / speedKnots)}.
     */
    private double fuelHours(BoatType type, double rescuerNm) {
        if (launch.fuelChoice() == 0 || Double.isInfinite(rescuerNm)) return type.fuelHours();
        double toRescuers = Math.min(type.fuelHours(), launch.fuelMarginRatio() * rescuerNm / type.speedKnots());
        return (1 - launch.fuelChoice()) * type.fuelHours() + launch.fuelChoice() * toRescuers;
    }

    /**
     * The error of the networks' forecast of the night's sea state at point {@code point} on
     * {@code epochDay}, Beaufort: normal with standard deviation {@code sdBeaufort}, from one
     * uniform of {@link Concern#SEA_FORECAST} keyed by the day and the point (inverted through the
     * normal), so it is the same in any run at the same seed whatever else differs; exactly 0 when
     * {@code sdBeaufort} is 0.
     */
    public static double forecastErrorBeaufort(RandomStreams streams, double sdBeaufort, long epochDay, int point) {
        if (sdBeaufort == 0) return 0;
        double u = Math.max(streams.uniform(Concern.SEA_FORECAST, epochDay, point), Double.MIN_NORMAL);
        return sdBeaufort * Math.sqrt(2) * Erf.erfInv(2 * u - 1);
    }

    /** Boats from a point not heard of {@code lostAfterDays} after they left are given up as lost (sank unseen). */
    private void hearOfLostBoats(long day) {
        var it = unheard.entrySet().iterator();
        while (it.hasNext()) {
            long[] b = it.next().getValue();
            if (b[1] + launch.lostAfterDays() > day) break; // launch order: the rest left later
            outcomes.happened(day, (int) b[0], OutcomeMemory.Fate.LOST);
            it.remove();
        }
    }

    /**
     * A boat's voyage ended ({@code how}: landed, emptied by a ship, sunk); {@code returned}: the
     * ship that emptied it returns people to Libya. In behaviour mode the networks at its point
     * hear of it after their hearing delay (a boat already given up as lost is not heard of again).
     */
    public void voyageEnded(MedSim sim, MigrantBoat boat, BoatState how, boolean returned) {
        if (outcomes == null) return;
        long[] b = unheard.remove(boat.id());
        if (b == null) return;
        OutcomeMemory.Fate fate = switch (how) {
            case LANDED -> OutcomeMemory.Fate.LANDED;
            case EMPTIED -> returned ? OutcomeMemory.Fate.RETURNED : OutcomeMemory.Fate.PICKED_UP;
            default -> OutcomeMemory.Fate.LOST;
        };
        outcomes.happened(sim.date().toEpochDay(), (int) b[0], fate);
    }

    /** The chance a boat is picked up the networks at departure point {@code point} expect (behaviour mode; NaN in schedule mode). */
    public double expectedPickupChance(int point) { return outcomes == null ? Double.NaN : outcomes.pickupChance(point); }

    /** The chance of interception and return to Libya they expect there (behaviour mode; NaN in schedule mode). */
    public double expectedReturnRisk(int point) { return outcomes == null ? Double.NaN : outcomes.returnRisk(point); }

    /** Today's forecast of the night's sea state at {@code point}, Beaufort (behaviour mode). */
    public double forecastBeaufort(int point) { return forecastBeaufort[point]; }

    /** The nearest rescuer to {@code point} at the start of today, nm (infinite if none is at sea). */
    public double nearestRescuerNm(int point) { return rescuerNm[point]; }

    /** The closeness of that rescuer, {@code exp(-nm / rescuerScaleNm)} (behaviour mode; 0 if none). */
    public double rescuerCloseness(int point) { return RescuerProximity.closeness(rescuerNm[point], launch.rescuerScaleNm()); }

    /** The index of the departure point with id {@code id} in {@link #points}. */
    public int pointIndex(String id) {
        for (int i = 0; i < points.size(); i++) if (points.get(i).id().equals(id)) return i;
        throw new IllegalArgumentException("no departure point " + id);
    }

    /** The departure points, in the order of {@code smuggling.departurePoints}. */
    public List<Place> points() { return java.util.Collections.unmodifiableList(points); }

    /**
     * People the coastguard landed at {@code port}: in behaviour mode they are detained and may
     * wait again at the departure point nearest the port; in schedule mode they leave the model.
     * The draws are {@link Concern#DETENTION}'s, keyed by the asset and {@code landing}, the
     * ordinal of this landing among the asset's (not the tick: the same at any tick length).
     */
    public void returned(MedSim sim, Place port, int people, String assetId, long landing) {
        if (waitingToCross == null || people <= 0) return;
        Place nearest = sim.nearestOf(points, sim.xOf(port), sim.yOf(port));
        waitingToCross.returned(sim.date().toEpochDay(), points.indexOf(nearest), people,
                sim.streams().stream(Concern.DETENTION, RandomStreams.key(assetId), landing));
    }

    /** People returned to Libya still held (behaviour mode; 0 in schedule mode, where they leave the model). */
    public long peopleInDetention() { return waitingToCross == null ? 0 : waitingToCross.peopleInDetention(); }

    /** People displaced between departure points by enforcement ashore, not yet arrived (behaviour mode; 0 in schedule mode). */
    public long peopleInTransitAshore() { return waitingToCross == null ? 0 : waitingToCross.peopleInTransit(); }

    /** Whole boats the networks hold ashore (behaviour mode; 0 in schedule mode, which does not count boats). */
    public long boatsInStock() { return waitingToCross == null ? 0 : waitingToCross.boatsInStock(); }

    /** Behaviour mode's people and boats ashore, or null in schedule mode. */
    public WaitingToCross waitingToCross() { return waitingToCross; }

    /** Today's boat-type shares: base share x exp(-aversion x recent loss rate), zero if too rough for that type. */
    public double[] currentShares(double beaufort) {
        return launchShares(beaufort, 0, 1);
    }

    /**
     * As {@link #currentShares}, for a forecast of {@code beaufort}, each type's threshold raised
     * by {@code thresholdShift} and rafts' (types seen as rubber dinghies) share multiplied by {@code raftFactor}.
     */
    private double[] launchShares(double beaufort, double thresholdShift, double raftFactor) {
        double[] s = new double[types.size()];
        for (int i = 0; i < s.length; i++) {
            BoatType t = types.get(i);
            if (beaufort > t.maxBeaufortToDepart() + thresholdShift) continue;
            s[i] = baseShares[i] * Math.exp(-t.seizureAversion() * lossRate(i));
            if (t.detectionTarget() == Target.RUBBER_DINGHY) s[i] *= raftFactor;
        }
        return s;
    }

    /** The share of one boat type the networks would choose in calm weather, of all types: what they have adapted to. */
    public double adaptedShare(String boatTypeId) {
        int i = 0;
        while (i < types.size() && !types.get(i).id().equals(boatTypeId)) i++;
        if (i == types.size()) throw new IllegalArgumentException("the networks use no boat type " + boatTypeId);
        double[] s = currentShares(0);
        double sum = total(s);
        return sum > 0 ? s[i] / sum : 0;
    }

    private double lossRate(int i) {
        return launchedMemory[i] < 1 ? 0 : Math.min(1, lostMemory[i] / launchedMemory[i]);
    }

    /** A boat of this type was seized or destroyed. */
    public void recordLoss(BoatType type) {
        int i = types.indexOf(type);
        if (i >= 0) lostMemory[i] += 1;
    }

    public List<BoatType> types() { return types; }
    /**
     * People waiting ashore: the schedule's backlog, or in behaviour mode everyone waiting to
     * cross, with those already planned onto a boat today that has not yet left (whole people).
     */
    public double waitingPeople() { return waitingToCross != null ? waitingToCross.waitingPeople() + peopleOnTheBeach() : waitingPeople; }

    /** People in today's plan not yet at sea: still ashore. */
    private long peopleOnTheBeach() {
        long n = 0;
        for (Departure d : today) n += d.people();
        return n;
    }

    private static double total(double[] w) {
        double s = 0;
        for (double v : w) s += v;
        return s;
    }
}
