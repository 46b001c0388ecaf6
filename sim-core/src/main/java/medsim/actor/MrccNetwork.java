package medsim.actor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.commons.math3.distribution.NormalDistribution;

import medsim.event.EventType;
import medsim.format.Numbers;
import medsim.model.MedSim;
import medsim.random.Concern;
import medsim.scenario.MrccSpec;
import medsim.scenario.Place;
import medsim.scenario.PlaceOfSafety;
import medsim.scenario.Scenario;
import medsim.scenario.SearchRescueRegion;
import medsim.scenario.SmugglingSpec;

/**
 * The MRCCs together, and the one owner of a SAR case's life: the report that opens it (with
 * the MRCC whose search and rescue region holds the boat on that date, else the fallback
 * MRCC), each step's assignment of an asset, the hand-over to the fallback MRCC of a case no
 * asset of its own can answer, the release when an asset leaves with people still aboard,
 * and the closure when the boat is no longer at sea. A case records who is assigned; nothing
 * else does. It also designates places of safety, by the rule MRCCs apply
 * ({@link #placeOfSafety}).
 *
 * <p>Per case it records the hours from the first report to the first tasking
 * ({@code case-tasked} events) and to the first asset on scene ({@code case-on-scene}).
 */
public final class MrccNetwork {
    private final Scenario scenario;
    private final Map<String, Mrcc> mrccs = new LinkedHashMap<>();
    private final Mrcc fallback;
    /** People sent to each place of safety today, by place id (reset each day). */
    private final Map<String, Integer> sentToday = new LinkedHashMap<>();
    private LocalDate sentDate;
    private long nextCaseId = 1;
    /** By asset (its step order): found not free during this step's taskings (see {@link #step}). */
    private final boolean[] busy;
    /** Calls on their way to the MRCCs, by the tick they arrive, each tick's in the order they were made. */
    private final TreeMap<Long, List<Contact>> callsOnTheWay = new TreeMap<>();

    public MrccNetwork(Scenario scenario, List<Asset> assets) {
        this.scenario = scenario;
        this.busy = new boolean[assets.size()];
        for (MrccSpec spec : scenario.mrccs().values()) mrccs.put(spec.id(), new Mrcc(spec, assets));
        this.fallback = mrccs.get(scenario.fallbackMrcc());
    }

    /**
     * A boat is in distress and the authorities know: opens a case with the responsible MRCC,
     * unless the boat has one open. {@code how} it became known is the event's detail.
     */
    public void report(MedSim sim, MigrantBoat boat, String how) {
        open(sim, boat, how);
    }

    /**
     * A contact shared through an information link reached an MRCC: it opens a case as
     * {@link #report} does (detail {@code shared:<force>}), whose asset is sent to where the
     * contact puts the boat, not to the boat itself; a newer contact of a boat with an open case
     * replaces the case's.
     */
    public void reportContact(MedSim sim, Contact c) {
        reportContact(sim, c, "shared:" + c.force());
    }

    private void reportContact(MedSim sim, Contact c, String how) {
        MigrantBoat boat = c.boat();
        RescueTasking open = boat.tasking() != null && !boat.tasking().isClosed() ? boat.tasking() : null;
        if (open != null) {
            if (open.contact() != null) open.updateContact(c);
            return;
        }
        open(sim, boat, how).updateContact(c);
    }

    /**
     * A boat calls by satellite phone ({@code call}: its calls so far, from 0) from (xNm, yNm)
     * (where it is, or for its first call where it crossed {@code callBeyondNm} within the
     * step). A call is a report, not a sensor: with neither a relay delay nor a position error
     * in the scenario's {@code smuggling.distress}, it opens a case at once where the boat is
     * ({@link #report}); otherwise it reaches the MRCCs {@code relayDelayMinutes} later (rounded
     * up to whole ticks) with the position it called from, each coordinate off by a normal error of
     * standard deviation {@code positionErrorNm}, and opens (or updates) a case from that
     * position, detail {@code distress-call}: the asset sent must detect the boat there.
     */
    public void distressCall(MedSim sim, MigrantBoat boat, int call, double xNm, double yNm) {
        SmugglingSpec s = scenario.smuggling();
        if (s.distressRelayDelayMinutes() <= 0 && s.distressPositionErrorNm() <= 0) {
            report(sim, boat, Contact.DISTRESS_CALL);
            return;
        }
        double ex = 0, ey = 0;
        if (s.distressPositionErrorNm() > 0) {
            NormalDistribution error = new NormalDistribution(null, 0, s.distressPositionErrorNm());
            ex = error.inverseCumulativeProbability(openUnit(sim.streams().uniform(Concern.DISTRESS_POSITION, boat.randomKey(), call, 0)));
            ey = error.inverseCumulativeProbability(openUnit(sim.streams().uniform(Concern.DISTRESS_POSITION, boat.randomKey(), call, 1)));
        }
        Contact c = Contact.of(sim, boat, sim.clampX(xNm + ex), sim.clampY(yNm + ey), Contact.DISTRESS_CALL, "boat " + boat.id());
        long due = sim.tick() + sim.clock().ticksAtLeast(s.distressRelayDelayMinutes());
        callsOnTheWay.computeIfAbsent(due, k -> new ArrayList<>()).add(c);
    }

    /** A uniform in [0, 1) moved off 0, so that the normal's inverse is finite. */
    private static double openUnit(double u) {
        return Math.max(u, 1e-16);
    }

    private RescueTasking open(MedSim sim, MigrantBoat boat, String how) {
        if (boat.tasking() != null && !boat.tasking().isClosed()) return boat.tasking();
        Mrcc mrcc = responsibleFor(sim, boat.xNm(), boat.yNm(), sim.date());
        RescueTasking t = new RescueTasking(nextCaseId++, boat, mrcc, sim.tick());
        boat.setTasking(t);
        mrcc.cases().add(t);
        sim.event(EventType.CASE_OPENED, boat.xNm(), boat.yNm(), mrcc.id(), boat.id(), boat.people(), how);
        return t;
    }

    /**
     * The asset reached where the case's contact put the boat without finding it: the case is
     * closed and the boat is unknown again, until a call, a sighting or a contact reports it anew.
     */
    public void contactLost(RescueTasking t) {
        t.close();
        if (t.boat().tasking() == t) t.boat().setTasking(null);
    }

    /** The MRCC whose search and rescue region, in force on that date, holds the point; else the fallback MRCC. */
    public Mrcc responsibleFor(MedSim sim, double xNm, double yNm, LocalDate date) {
        double lat = sim.world().projection().latDeg(yNm), lon = sim.world().projection().lonDeg(xNm);
        for (SearchRescueRegion r : scenario.searchRescueRegions()) {
            if (r.inForce(date) && r.polygon().contains(lat, lon)) return mrccs.get(r.mrcc());
        }
        return fallback;
    }

    /**
     * One step of coordination: each MRCC, in scenario order, closes the cases whose boat is
     * gone, sends its best asset to each unanswered case, and hands to the fallback MRCC the
     * cases none of its assets can answer.
     */
    public void step(MedSim sim) {
        while (!callsOnTheWay.isEmpty() && callsOnTheWay.firstKey() <= sim.tick()) {
            for (Contact c : callsOnTheWay.pollFirstEntry().getValue()) {
                if (c.boat().atSea()) reportContact(sim, c, Contact.DISTRESS_CALL);
            }
        }
        LocalDate date = sim.date();
        // An asset found busy stays busy through the taskings below: every asset has made this
        // tick (a sleeper catches up when asked), only its own step frees one, and a tasking only
        // takes a free one. So each is asked once here, not once for every open case.
        Arrays.fill(busy, false);
        for (Mrcc mrcc : mrccs.values()) {
            for (Iterator<RescueTasking> it = mrcc.cases().iterator(); it.hasNext(); ) {
                RescueTasking t = it.next();
                if (t.isClosed() || !t.boat().atSea()) {
                    t.close();
                    it.remove();
                    continue;
                }
                if (t.isAssigned() || t.boat().responder() != null) continue;
                Asset best = mrcc.bestAsset(sim, t, date, busy);
                if (best != null) {
                    assign(sim, mrcc, t, best);
                } else if (mrcc != fallback) {
                    it.remove();
                    t.handOver(fallback);
                    fallback.cases().add(t);
                }
            }
        }
    }

    private void assign(MedSim sim, Mrcc mrcc, RescueTasking t, Asset asset) {
        MigrantBoat b = t.boat();
        boolean first = t.assign(asset, sim.tick());
        asset.answer(sim, t, mrcc);
        sim.picture().tasked(sim, asset, t);
        sim.event(EventType.TASKING, b.xNm(), b.yNm(), asset.id(), b.id(), b.people(), mrcc.id());
        if (first) sim.event(EventType.CASE_TASKED, b.xNm(), b.yNm(), mrcc.id(), b.id(), b.people(), hoursSinceReport(sim, t));
    }

    /** An asset reached the boat: the first one on scene of an open case is recorded. */
    public void onScene(MedSim sim, MigrantBoat boat, Asset asset) {
        RescueTasking t = boat.tasking();
        if (t == null || t.isClosed() || !t.onScene(sim.tick())) return;
        sim.event(EventType.CASE_ON_SCENE, boat.xNm(), boat.yNm(), asset.id(), boat.id(), boat.people(), hoursSinceReport(sim, t));
    }

    /** The asset leaves the case with people still aboard the boat (it is full, or refused): the case is tasked again. */
    public void release(RescueTasking t) {
        t.release();
    }

    /** The boat is no longer at sea: the case is closed (its MRCC drops it at its next step). */
    public void close(RescueTasking t) {
        t.close();
    }

    private static String hoursSinceReport(MedSim sim, RescueTasking t) {
        return Numbers.format(sim.clock().hours(sim.tick() - t.openedTick()));
    }

    /**
     * The place of safety an MRCC designates for an asset at a point with {@code people}
     * aboard, by the rule MRCCs apply: the nearest of its places of safety that it designates
     * on that date, that suits the asset's size, and that has room left today for these people
     * (its {@code capacityPeoplePerDay}); if none has room, the nearest that it designates and
     * that suits the asset. An asset that {@code disembarkAt: nearest} gets the nearest it
     * designates, whatever its room and size. An MRCC with none (JRCC Tripoli) passes the question to
     * the fallback MRCC; failing all, the nearest place of safety of the scenario.
     */
    public Place placeOfSafety(MedSim sim, Mrcc mrcc, Asset asset, double xNm, double yNm, int people) {
        LocalDate date = sim.date();
        if (!date.equals(sentDate)) {
            sentToday.clear();
            sentDate = date;
        }
        PlaceOfSafety chosen = designate(sim, mrcc, asset, xNm, yNm, people, date);
        if (chosen == null && mrcc != fallback) chosen = designate(sim, fallback, asset, xNm, yNm, people, date);
        if (chosen == null) return sim.nearestPlaceOfSafety(xNm, yNm);
        sentToday.merge(chosen.place(), people, Integer::sum);
        return scenario.places().get(chosen.place());
    }

    private PlaceOfSafety designate(MedSim sim, Mrcc mrcc, Asset asset, double x, double y, int people, LocalDate date) {
        boolean anyRoom = asset.spec().disembarkAtNearest();
        PlaceOfSafety nearest = null, nearestWithRoom = null;
        double dNearest = Double.POSITIVE_INFINITY, dWithRoom = Double.POSITIVE_INFINITY;
        for (PlaceOfSafety p : mrcc.spec().placesOfSafety()) {
            if (!p.designatedOn(date) || (!anyRoom && !p.suits(asset.spec().capacityPeople()))) continue;
            Place place = scenario.places().get(p.place());
            double dx = sim.xOf(place) - x, dy = sim.yOf(place) - y, d = dx * dx + dy * dy;
            if (d < dNearest) {
                dNearest = d;
                nearest = p;
            }
            if (d < dWithRoom && sentToday.getOrDefault(p.place(), 0) + people <= p.capacityPeoplePerDay()) {
                dWithRoom = d;
                nearestWithRoom = p;
            }
        }
        return anyRoom || nearestWithRoom == null ? nearest : nearestWithRoom;
    }

    public Mrcc fallback() { return fallback; }
    /** The MRCCs by id, in scenario order. */
    public Map<String, Mrcc> mrccs() { return Collections.unmodifiableMap(mrccs); }

    /** Cases open now, over all MRCCs. */
    public List<RescueTasking> openCases() {
        List<RescueTasking> out = new ArrayList<>();
        for (Mrcc m : mrccs.values()) out.addAll(m.cases());
        return out;
    }
}
