package medsim.gui.inspect;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import medsim.actor.Asset;
import medsim.actor.AssetActivity;
import medsim.geo.SeaZone;
import medsim.mandate.Action;
import medsim.mandate.MandateEntry;
import medsim.model.MedSim;

/**
 * What the inspector shows of a ship or aircraft: its force, task, people aboard,
 * endurance, hours by activity, and the mandate in force where it is today, as its rules of
 * engagement (the model's one gate) read it: which actions it may take in this zone on this
 * date, which it may not (an aircraft only patrols), and the legal basis of each. Read live; bean getters, as MASON's inspector reads them, listed in {@link #ORDER}:
 * the mandate right after the task, where students look first.
 */
public final class AssetView {
    /** The order the inspector lists the properties in. */
    public static final List<String> ORDER = List.of(
            "Id", "Force", "Kind", "Task", "ZoneHere", "MandateAllowsHereToday", "MandateForbidsHereToday",
            "LegalBasisHereToday", "PeopleAboard", "CapacityPeople", "EnduranceLeftHours", "EnduranceHours",
            "PeopleTakenAboardSoFar", "Position", "Base", "PatrolArea", "HoursOnPatrol", "HoursOnRescue",
            "HoursInTransit", "HoursOnLawEnforcement", "HoursOnEmbargoTasks", "ActorGroup");

    private final Asset asset;
    private final MedSim sim;

    public AssetView(Asset asset, MedSim sim) {
        this.asset = asset;
        this.sim = sim;
    }

    public String getId() { return asset.id(); }
    public String getForce() { return asset.force().name(); }
    public String getActorGroup() { return asset.force().group(); }
    public String getKind() { return asset.spec().kind().key(); }
    public String getTask() { return Views.words(asset.mode()); }

    /** The legal zone it is in now; in port it takes no action, so no zone or mandate is shown. */
    public String getZoneHere() { return inPort() ? "in port" : zone().code(); }

    /** The actions its force's mandate allows here and today. */
    public String getMandateAllowsHereToday() { return inPort() ? "in port" : join(actions(true)); }

    public String getMandateForbidsHereToday() { return inPort() ? "in port" : join(actions(false)); }

    /** The legal basis of each allowed action here and today, as the scenario cites it. */
    public String getLegalBasisHereToday() {
        if (inPort()) return "in port";
        LocalDate today = sim.date();
        List<String> out = new ArrayList<>();
        for (Action a : actions(true)) {
            MandateEntry e = asset.rules().basisFor(a, zone(), today);
            out.add(a.key() + ": " + e.basis());
        }
        return out.isEmpty() ? "none" : String.join("; ", out);
    }

    public int getPeopleAboard() { return asset.aboard(); }
    public int getCapacityPeople() { return asset.spec().capacityPeople(); }
    public double getEnduranceLeftHours() { return Views.round1(asset.enduranceLeftHours()); }
    public double getEnduranceHours() { return asset.spec().enduranceHours(); }
    public long getPeopleTakenAboardSoFar() { return asset.rescuedTotal(); }
    public String getBase() { return asset.base().name(); }
    public String getPatrolArea() { return asset.spec().patrolArea(); }
    public double getHoursOnPatrol() { return Views.round1(asset.hours(AssetActivity.PATROL)); }
    public double getHoursOnRescue() { return Views.round1(asset.hours(AssetActivity.RESCUE)); }
    public double getHoursInTransit() { return Views.round1(asset.hours(AssetActivity.TRANSIT)); }
    public double getHoursOnLawEnforcement() { return Views.round1(asset.hours(AssetActivity.ENFORCEMENT)); }
    public double getHoursOnEmbargoTasks() { return Views.round1(asset.hours(AssetActivity.EMBARGO)); }
    public String getPosition() { return inPort() ? "in port" : Views.position(sim, asset.xNm(), asset.yNm()); }

    private boolean inPort() { return asset.mode() == Asset.Mode.IN_PORT; }

    private SeaZone zone() { return sim.zoneAt(asset.xNm(), asset.yNm()); }

    private List<Action> actions(boolean allowed) {
        LocalDate today = sim.date();
        SeaZone here = zone();
        List<Action> out = new ArrayList<>();
        for (Action a : Action.values()) if (asset.rules().allows(a, here, today) == allowed) out.add(a);
        return out;
    }

    private static String join(List<Action> actions) {
        return actions.isEmpty() ? "none" : String.join(", ", actions.stream().map(Action::key).toList());
    }

    @Override
    public String toString() { return asset.toString(); }
}
