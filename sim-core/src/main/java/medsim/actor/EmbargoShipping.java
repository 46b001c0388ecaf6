package medsim.actor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

import ec.util.MersenneTwisterFast;
import medsim.event.EventType;
import medsim.geo.GeoPoint;
import medsim.mandate.Action;
import medsim.model.MedSim;
import medsim.random.Concern;
import medsim.scenario.EmbargoTraffic;
import medsim.scenario.Force;
import medsim.scenario.InformationLink;
import medsim.scenario.Place;

/**
 * The scenario's embargo traffic at sea ({@link EmbargoTraffic}): at the start of each day it
 * draws, for each cargo in force, how many vessels get under way (Poisson, from the day's stream
 * keyed by the day and the cargo: {@link Concern#EMBARGO_TRAFFIC}), and for each its time in the
 * day, gate and port; it puts each to sea at its tick and steps the vessels at sea (before the
 * assets, which look for them). Which forces watch the traffic on a day is asked here too.
 */
public final class EmbargoShipping {
    private final List<EmbargoTraffic> traffic;
    private final List<EmbargoVessel> atSea = new ArrayList<>();
    /** Vessels drawn for today, by the tick they get under way (each tick's in the order drawn). */
    private final TreeMap<Long, List<EmbargoVessel>> due = new TreeMap<>();
    private long nextId = 1;
    /** The forces watching some traffic in force on {@link #watchersDate} (see {@link #watchedBy}). */
    private Set<String> watchers = Set.of();
    private LocalDate watchersDate;
    /** Sightings on their way along the information links, by the tick they arrive (each tick's in the order sent). */
    private final TreeMap<Long, List<Shared>> sharedOnTheWay = new TreeMap<>();

    /** A vessel's sighting travelling to a receiving force, with where the vessel was and its velocity then. */
    private record Shared(String receiver, EmbargoVessel vessel, double xNm, double yNm, long tick, double eastKnots, double northKnots) {}

    public EmbargoShipping(List<EmbargoTraffic> traffic) {
        this.traffic = List.copyOf(traffic);
    }

    /**
     * Whether any traffic the force watches is in force on that date. Every asset asks this at
     * every tick, so the answer is kept for the last date asked (the set of forces watching then).
     */
    public boolean watchedBy(String forceId, LocalDate date) {
        if (traffic.isEmpty()) return false;
        if (!date.equals(watchersDate)) {
            Set<String> forces = new HashSet<>();
            for (EmbargoTraffic t : traffic) if (t.inForce(date)) forces.addAll(t.watchedBy());
            watchers = forces;
            watchersDate = date;
        }
        return watchers.contains(forceId);
    }

    /** The vessels at sea now, in the order they got under way. */
    public List<EmbargoVessel> atSea() { return atSea; }

    /** One tick: today's vessels drawn at the day's first tick, those due put to sea, and every vessel at sea moved. */
    public void step(MedSim sim) {
        long tick = sim.tick();
        if (sim.clock().isStartOfDay(tick)) drawDay(sim, sim.date(), tick);
        while (!due.isEmpty() && due.firstKey() <= tick) {
            for (EmbargoVessel v : due.pollFirstEntry().getValue()) {
                atSea.add(v);
                sim.event(EventType.EMBARGO_DEPARTURE, v.xNm(), v.yNm(), v.port().id(), v.id(), 0, v.traffic().cargo().key());
                sim.wakeSleepersNear(v.xNm(), v.yNm());
            }
        }
        for (EmbargoVessel v : atSea) v.step(sim);
        atSea.removeIf(v -> !v.atSea());
    }

    /**
     * A vessel's first sighting by a watching force ({@code embargo-sighting}): it travels along
     * every information link in force from that force to each receiving force that watches the
     * traffic, arriving after the link's delay (rounded up to whole ticks; see {@link #deliverDue}).
     */
    void sighted(MedSim sim, String forceId, EmbargoVessel v) {
        double h = sim.clock().tickHours();
        for (InformationLink link : sim.scenario().informationLinks()) {
            if (!link.sender().equals(forceId) || !link.inForce(sim.date())) continue;
            long due = sim.tick() + sim.clock().ticksAtLeast(link.delayMinutes());
            for (String r : link.receivers()) {
                if (!v.traffic().watchedBy().contains(r)) continue;
                sharedOnTheWay.computeIfAbsent(due, k -> new ArrayList<>()).add(new Shared(r, v, v.xNm(), v.yNm(), sim.tick(),
                        (v.xNm() - v.startXNm()) / h, (v.yNm() - v.startYNm()) / h));
            }
        }
    }

    /**
     * The sightings due now reach their receivers ({@code embargo-contact-shared}). If the vessel
     * still awaits inspection, the receiver's free ship that can soonest reach the vessel's way,
     * within its force's {@code contactResponseHours}, sails to meet it there
     * ({@link Asset#cue}): to where dead reckoning from the sighting puts the vessel by the time the
     * ship can be there (an intercept course), if its mandate lets it inspect there. It inspects
     * only if it detects the vessel.
     */
    public void deliverDue(MedSim sim) {
        while (!sharedOnTheWay.isEmpty() && sharedOnTheWay.firstKey() <= sim.tick()) {
            for (Shared c : sharedOnTheWay.pollFirstEntry().getValue()) {
                EmbargoVessel v = c.vessel();
                sim.event(EventType.EMBARGO_CONTACT_SHARED, c.xNm(), c.yNm(), c.receiver(), v.id(), 0, v.traffic().cargo().key());
                if (v.awaitsInspection()) sendToMeet(sim, sim.scenario().forces().get(c.receiver()), c);
            }
        }
    }

    private static void sendToMeet(MedSim sim, Force force, Shared c) {
        double sinceHours = sim.clock().hours(sim.tick() - c.tick());
        Asset best = null;
        double bestHours = force.contactResponseHours(), bestX = 0, bestY = 0;
        for (Asset a : sim.assets()) {
            if (a.force() != force || !a.isFree(sim)) continue;
            // Where the vessel will be when the ship gets there: a few fixed-point steps of the meeting time.
            double hours = 0, x = c.xNm(), y = c.yNm();
            for (int k = 0; k < MEETING_ITERATIONS; k++) {
                x = sim.clampX(c.xNm() + c.eastKnots() * (sinceHours + hours));
                y = sim.clampY(c.yNm() + c.northKnots() * (sinceHours + hours));
                hours = a.hoursTo(sim, x, y);
            }
            if (hours > bestHours || (best != null && hours >= bestHours) || !a.rules().allows(sim, Action.INSPECT, x, y)) continue;
            best = a;
            bestHours = hours;
            bestX = x;
            bestY = y;
        }
        if (best != null) best.cue(sim, bestX, bestY);
    }

    /** Fixed-point steps for the meeting point: the error shrinks by the ratio of the two speeds at each. */
    private static final int MEETING_ITERATIONS = 4;

    private void drawDay(MedSim sim, LocalDate date, long firstTick) {
        for (EmbargoTraffic t : traffic) {
            if (!t.inForce(date)) continue;
            MersenneTwisterFast r = sim.streams().stream(Concern.EMBARGO_TRAFFIC, date.toEpochDay(), t.cargo().ordinal());
            int n = poisson(t.vesselsPerDay(), r.nextDouble());
            for (int i = 0; i < n; i++) {
                long tick = firstTick + (long) Math.floor(r.nextDouble() * sim.clock().ticksPerDay());
                GeoPoint gate = t.seaGates().get(r.nextInt(t.seaGates().size()));
                Place port = sim.scenario().places().get(t.libyanPorts().get(r.nextInt(t.libyanPorts().size())));
                long key = r.nextLong();
                double gx = sim.world().projection().xNm(gate.lonDeg()), gy = sim.world().projection().yNm(gate.latDeg());
                double[] gateSea = sim.world().raster().nearestSeaPoint(gx, gy);
                double[] portSea = sim.world().raster().nearestSeaPoint(sim.xOf(port), sim.yOf(port));
                double[] from = t.direction() == EmbargoTraffic.Direction.TO_LIBYA ? gateSea : portSea;
                double[] to = t.direction() == EmbargoTraffic.Direction.TO_LIBYA ? portSea : gateSea;
                Navigator nav = new Navigator(from[0], from[1]);
                nav.follow(sim.world().router().route(from[0], from[1], to[0], to[1]));
                due.computeIfAbsent(tick, k -> new ArrayList<>()).add(new EmbargoVessel(nextId++, t, port, key, nav));
            }
        }
    }

    /** The Poisson count with mean {@code mean} at cumulative probability {@code u} (inversion; means are small). */
    static int poisson(double mean, double u) {
        double p = Math.exp(-mean), cdf = p;
        int k = 0;
        while (u > cdf && k < 10_000) {
            k++;
            p *= mean / k;
            cdf += p;
        }
        return k;
    }
}
