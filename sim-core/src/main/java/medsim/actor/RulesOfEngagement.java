package medsim.actor;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

import medsim.event.EventType;
import medsim.geo.SeaZone;
import medsim.mandate.Action;
import medsim.mandate.CraftFate;
import medsim.mandate.MandateEntry;
import medsim.mandate.Refusal;
import medsim.model.MedSim;
import medsim.scenario.AssetKind;
import medsim.scenario.Force;

/**
 * The one gate every action of an asset goes through: it knows the force's mandate, the
 * asset's kind, the zone at a position and the date, and nothing else in the model asks a
 * mandate (an architecture test checks it). Two kinds of question:
 * <ul>
 *   <li>{@link #allows} and {@link #mayToday}: queries for planning (where to patrol, whom an
 *       MRCC may send, whether to look for smuggler craft at all today); nothing is recorded.</li>
 *   <li>{@link #permits}: the decision on an action an asset has under way or is about to
 *       complete on a given boat or craft. A refusal is recorded as a {@code refusal} event
 *       whose detail is {@code action:reason} (reasons: {@link Refusal}).</li>
 * </ul>
 * A target merely sighted where the mandate does not reach is not engaged, and is not a
 * refusal: it would otherwise be counted once per look.
 */
public final class RulesOfEngagement {
    private final String assetId;
    private final Force force;
    private final AssetKind kind;
    private LocalDate capabilitiesDate;
    private final Set<Action> capabilities = EnumSet.noneOf(Action.class);
    private static final byte ALLOWED = 1;
    private static final byte REFUSED = 2;
    private LocalDate answersDate;
    /**
     * The zones asked about today (the first {@link #zonesAskedToday}) and, for each, by action
     * ordinal: 0 not asked yet today, else {@link #ALLOWED} or {@link #REFUSED}. A few zones a
     * day, so a scan (by identity, then by equality) finds one sooner than a hash map.
     */
    private SeaZone[] zonesAsked = new SeaZone[8];
    private byte[][] zoneAnswers = new byte[8][];
    private int zonesAskedToday;
    private SeaZone lastZone;
    private byte[] lastAnswers;

    public RulesOfEngagement(String assetId, Force force, AssetKind kind) {
        this.assetId = assetId;
        this.force = force;
        this.kind = kind;
    }

    /** Why the action is refused in this zone on this date, or null if it is allowed. */
    public Refusal refusal(Action action, SeaZone zone, LocalDate date) {
        if (kind == AssetKind.AIRCRAFT && action != Action.PATROL) return Refusal.NOT_BY_AIRCRAFT;
        return mandateAllows(action, zone, date) ? null : Refusal.NO_MANDATE;
    }

    /** The mandate's answer, remembered for the day by zone and action: an asset asks it for every boat it sees, every tick. */
    private boolean mandateAllows(Action action, SeaZone zone, LocalDate date) {
        if (date != answersDate && !date.equals(answersDate)) {
            zonesAskedToday = 0;
            answersDate = date;
            lastZone = null;
        }
        if (zone != lastZone) {
            lastAnswers = answersIn(zone);
            lastZone = zone;
        }
        byte[] byAction = lastAnswers;
        int i = action.ordinal();
        if (byAction[i] == 0) byAction[i] = force.mandate().allows(action, zone, date) ? ALLOWED : REFUSED;
        return byAction[i] == ALLOWED;
    }

    /** Today's answers in {@code zone} (an equal zone's if it was asked as another object), new if it was not asked yet. */
    private byte[] answersIn(SeaZone zone) {
        for (int k = 0; k < zonesAskedToday; k++) {
            if (zonesAsked[k] == zone) return zoneAnswers[k];
        }
        for (int k = 0; k < zonesAskedToday; k++) {
            if (zonesAsked[k].equals(zone)) return zoneAnswers[k];
        }
        if (zonesAskedToday == zonesAsked.length) {
            zonesAsked = Arrays.copyOf(zonesAsked, 2 * zonesAskedToday);
            zoneAnswers = Arrays.copyOf(zoneAnswers, 2 * zonesAskedToday);
        }
        zonesAsked[zonesAskedToday] = zone;
        return zoneAnswers[zonesAskedToday++] = new byte[Action.values().length];
    }

    /** A query: whether the action is allowed in this zone on this date (nothing recorded). */
    public boolean allows(Action action, SeaZone zone, LocalDate date) {
        return refusal(action, zone, date) == null;
    }

    /** A query: whether the action is allowed at a point of the sea today. */
    public boolean allows(MedSim sim, Action action, double xNm, double yNm) {
        return allows(action, sim.zoneAt(xNm, yNm), sim.date());
    }

    /**
     * A capability of the day: whether this asset may take the action somewhere on that date
     * (a ship of a force whose mandate has it in force then). Derived from the mandate in
     * force that day, so a force whose boarding phase begins in October hunts smuggler
     * craft from October.
     */
    public boolean mayToday(Action action, LocalDate date) {
        if (date != capabilitiesDate && !date.equals(capabilitiesDate)) {
            capabilities.clear();
            for (Action a : Action.values()) {
                boolean kindMay = kind != AssetKind.AIRCRAFT || a == Action.PATROL;
                if (kindMay && force.mandate().allowsSomewhere(a, date)) capabilities.add(a);
            }
            capabilitiesDate = date;
        }
        return capabilities.contains(action);
    }

    /**
     * The decision on an action at a point today, on boat {@code boatId} (0 if none) with
     * {@code people} concerned: true if allowed; if refused, records a {@code refusal} event.
     */
    public boolean permits(MedSim sim, Action action, double xNm, double yNm, long boatId, int people) {
        Refusal r = refusal(action, sim.zoneAt(xNm, yNm), sim.date());
        if (r == null) return true;
        sim.event(EventType.REFUSAL, xNm, yNm, assetId, boatId, people, r.detail(action));
        return false;
    }

    /** A seized craft is taken to port if the mandate allows, else destroyed where it lies, else let go. */
    public CraftFate seizedCraftFate(SeaZone zone, LocalDate date) {
        if (allows(Action.DIVERT, zone, date)) return CraftFate.DIVERTED;
        if (allows(Action.DESTROY, zone, date)) return CraftFate.DESTROYED;
        return CraftFate.RELEASED;
    }

    /** The mandate entry that allows the action here and today, for the inspector; null if refused. */
    public MandateEntry basisFor(Action action, SeaZone zone, LocalDate date) {
        return allows(action, zone, date) ? force.mandate().basisFor(action, zone, date) : null;
    }
}
