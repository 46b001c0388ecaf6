package medsim.actor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import medsim.event.EventType;
import medsim.geo.SeaZone;
import medsim.mandate.Action;
import medsim.model.MedSim;
import medsim.scenario.AssetKind;
import medsim.scenario.Force;
import medsim.scenario.InformationLink;
import medsim.scenario.MrccSpec;
import medsim.scenario.Scenario;

/**
 * The recognised maritime picture: which force knows of which boat, and how contacts travel
 * between forces and MRCCs along the scenario's {@link InformationLink}s.
 * <ul>
 *   <li>An asset that sees a boat puts a {@link Contact} in its force's picture ({@link #sighted}).
 *       When the sighting starts a track (the force's assets had not seen the boat within its
 *       {@code trackHoldMinutes}), a force that an MRCC tasks reports it to the MRCC network at once, as before
 *       links existed (a ship under an MRCC's coordination), and every link in force from that
 *       force carries it to its receivers after the link's delay, rounded up to whole ticks.</li>
 *   <li>A contact that reaches an MRCC opens a SAR case (the network gives it to the MRCC
 *       responsible where the boat is), unless the boat has one or is no longer at sea; the
 *       asset tasked heads for where the contact put the boat and must detect it there
 *       ({@link MrccNetwork#reportContact}).</li>
 *   <li>A contact that reaches a force enters its picture; if the force's rules of engagement
 *       let its ships intercept or board where the contact lies, its nearest free ship within
 *       {@code contactResponseHours} goes to look there ({@link Asset#cue}): it must still
 *       detect the boat, which has moved on since.</li>
 *   <li>An MRCC tasking an asset to a boat puts the boat in that asset's force's picture.</li>
 * </ul>
 * Contacts are not relayed: a force passes on only what its own assets see.
 *
 * <p>The first time a force able to act has a boat in its picture, an
 * {@code actionable-detection} event records the minutes since the boat left: a force is able
 * to act when its mandate lets its ships rescue or intercept where the boat is at that moment
 * (asked of its rules of engagement). It is checked whenever a contact enters a force's picture.
 */
public final class MaritimePicture {
    private final List<InformationLink> links;
    private final Map<String, Force> forces;
    private final Set<String> mrccIds = new LinkedHashSet<>();
    /** Forces some MRCC tasks: they report what they see to the MRCC network at once. */
    private final Set<String> reportingToMrccs = new LinkedHashSet<>();
    /** Each force's ships, in scenario order: those it may send on a shared contact. */
    private final Map<String, List<Asset>> ships = new LinkedHashMap<>();
    /** A force's mandate as its ships' rules of engagement apply it: whether it is able to act where a boat is. */
    private final Map<String, RulesOfEngagement> forceRules = new LinkedHashMap<>();
    /** Each holder's latest contact of each boat it knows, by force or MRCC id, then boat id. */
    private final Map<String, Map<Long, Contact>> pictures = new LinkedHashMap<>();
    /** Contacts on their way, by the tick they arrive, each tick's in the order they were sent. */
    private final TreeMap<Long, List<Delivery>> onTheWay = new TreeMap<>();
    /** The last tick each force's assets saw each boat, by force id then boat id (looked up only; never iterated). */
    private final Map<String, Map<Long, Long>> tracks = new HashMap<>();
    /** Boats already detected by a force able to act (membership only; never iterated). */
    private final Set<Long> actionable = new HashSet<>();

    private record Delivery(String receiver, Contact contact) {}

    public MaritimePicture(Scenario scenario, List<Asset> assets) {
        this.links = scenario.informationLinks();
        this.forces = scenario.forces();
        for (MrccSpec m : scenario.mrccs().values()) {
            mrccIds.add(m.id());
            reportingToMrccs.addAll(m.tasks());
        }
        for (Force f : forces.values()) {
            ships.put(f.id(), new ArrayList<>());
            forceRules.put(f.id(), new RulesOfEngagement(f.id(), f, AssetKind.SHIP));
        }
        for (Asset a : assets) if (a.spec().kind() == AssetKind.SHIP) ships.get(a.force().id()).add(a);
    }

    /** Whether a force's sightings reach the MRCC network at once (some MRCC tasks it). */
    public boolean reportsToMrccs(Force force) {
        return reportingToMrccs.contains(force.id());
    }

    /**
     * An asset sees a boat now. If its force's assets last saw the boat at most
     * {@code trackHoldMinutes} ago, the force is tracking it: its picture is updated and nothing
     * else happens. Otherwise the sighting starts a track: the contact enters the force's picture,
     * and, unless the asset engages the boat itself ({@code reported} false: it intercepts), a
     * {@code sighting} event records it and a force that an MRCC tasks reports the boat to the
     * MRCC network at once. Either way the contact is sent along every link in force from the
     * force, to arrive after the link's delay. Returns whether it recorded a {@code sighting}.
     */
    public boolean sighted(MedSim sim, Asset asset, MigrantBoat boat, boolean reported) {
        Force force = asset.force();
        long tick = sim.tick();
        Contact c = Contact.of(sim, boat, boat.xNm(), boat.yNm(), force.id(), asset.id());
        Long before = tracks.computeIfAbsent(force.id(), k -> new HashMap<>()).put(boat.id(), tick);
        if (before != null && (tick - before) * sim.clock().tickMinutes() <= force.trackHoldMinutes()) {
            store(force.id(), c);
            return false;
        }
        if (reported) {
            sim.event(EventType.SIGHTING, boat.xNm(), boat.yNm(), asset.id(), boat.id(), boat.people(), reportsToMrccs(force) ? "reported" : "shared");
        }
        receive(sim, force.id(), c);
        if (reported && reportsToMrccs(force)) sim.mrccNetwork().report(sim, boat, "sighting");
        LocalDate date = sim.date();
        for (InformationLink link : links) {
            if (!link.sender().equals(force.id()) || !link.inForce(date)) continue;
            long due = tick + sim.clock().ticksAtLeast(link.delayMinutes());
            for (String r : link.receivers()) onTheWay.computeIfAbsent(due, k -> new ArrayList<>()).add(new Delivery(r, c));
        }
        return reported;
    }

    /**
     * An MRCC sent {@code asset} to the case's boat: the boat enters its force's picture, where
     * the case's shared contact put it, or where it is now if the MRCC knows.
     */
    public void tasked(MedSim sim, Asset asset, RescueTasking t) {
        MigrantBoat boat = t.boat();
        Contact c = t.contact() != null ? t.contact() : Contact.of(sim, boat, boat.xNm(), boat.yNm(), asset.force().id(), asset.id());
        receive(sim, asset.force().id(), c);
    }

    /** Hands over the contacts due by now, in the order they were sent (once a tick, before the MRCCs step). */
    public void deliverDue(MedSim sim) {
        while (!onTheWay.isEmpty() && onTheWay.firstKey() <= sim.tick()) {
            for (Delivery d : onTheWay.pollFirstEntry().getValue()) deliver(sim, d.receiver(), d.contact());
        }
    }

    private void deliver(MedSim sim, String receiver, Contact c) {
        MigrantBoat b = c.boat();
        sim.event(EventType.CONTACT_SHARED, c.xNm(), c.yNm(), receiver, b.id(), b.people(), c.force());
        if (mrccIds.contains(receiver)) {
            store(receiver, c);
            // A case is for a boat at sea; the network keeps one case per boat.
            if (b.atSea()) sim.mrccNetwork().reportContact(sim, c);
            return;
        }
        if (b.atSea()) receive(sim, receiver, c);
        cue(sim, forces.get(receiver), c);
    }

    /** The force's nearest free ship that may intercept or board where the contact lies, and can be there in time, goes to look. */
    private void cue(MedSim sim, Force force, Contact c) {
        if (force.contactResponseHours() <= 0) return;
        SeaZone zone = sim.zoneAt(c.xNm(), c.yNm());
        LocalDate date = sim.date();
        Asset best = null;
        double bestHours = force.contactResponseHours();
        for (Asset a : ships.get(force.id())) {
            if (!a.isFree(sim)) continue;
            if (!a.rules().allows(Action.INTERCEPT, zone, date) && !a.rules().allows(Action.BOARD, zone, date)) continue;
            double h = a.hoursTo(sim, c.xNm(), c.yNm());
            if (h <= bestHours && (best == null || h < bestHours)) {
                best = a;
                bestHours = h;
            }
        }
        if (best != null) best.cue(sim, c.xNm(), c.yNm());
    }

    private void store(String holder, Contact c) {
        pictures.computeIfAbsent(holder, k -> new LinkedHashMap<>()).merge(c.boat().id(), c, (old, now) -> now.tick() >= old.tick() ? now : old);
    }

    /** A contact enters a force's picture: the boat's first detection by a force able to act is recorded. */
    private void receive(MedSim sim, String forceId, Contact c) {
        store(forceId, c);
        MigrantBoat b = c.boat();
        if (actionable.contains(b.id()) || !b.atSea()) return;
        RulesOfEngagement rules = forceRules.get(forceId);
        SeaZone zone = sim.zoneAt(b.xNm(), b.yNm());
        if (!rules.allows(Action.RESCUE, zone, sim.date()) && !rules.allows(Action.INTERCEPT, zone, sim.date())) return;
        actionable.add(b.id());
        sim.event(EventType.ACTIONABLE_DETECTION, b.xNm(), b.yNm(), forceId, b.id(), b.people(),
                Long.toString((sim.tick() - b.departedTick()) * sim.clock().tickMinutes()));
    }

    /** The latest contact the force or MRCC {@code holder} has of the boat, or null (for tests and the GUI's inspector). */
    public Contact contactOf(String holder, long boatId) {
        Map<Long, Contact> p = pictures.get(holder);
        return p == null ? null : p.get(boatId);
    }
}
