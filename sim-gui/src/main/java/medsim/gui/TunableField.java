package medsim.gui;

import java.util.function.ToDoubleFunction;

import medsim.scenario.AssetSpec;
import medsim.scenario.BoatType;
import medsim.scenario.DeparturesSpec;
import medsim.scenario.Force;
import medsim.scenario.Scenario;

/**
 * A scenario field that the Console's model tab sets: its dotted path (as in calibration and
 * sweep files) and how to read its value in a loaded scenario. The shipped Central
 * Mediterranean scenarios all have the fields of their departures mode: the plan's scale in
 * schedule mode, the behaviour's inflow and launch share in behaviour mode. In a scenario
 * without one (another mode's field, a missing asset class), its value reads as NaN and
 * setting it has no effect.
 */
public enum TunableField {
    PLAN_SCALE("smuggling.planScale", false, s -> scheduled(s) ? s.smuggling().planScale() : Double.NaN),
    INFLOW_PEOPLE_PER_DAY("departures.inflowPeoplePerDay", false, s -> scheduled(s) ? Double.NaN : s.departures().behaviour().inflowPeoplePerDay()),
    MAX_SHARE_OF_WAITING_PER_DAY("departures.maxShareOfWaitingPerDay", false,
            s -> scheduled(s) ? Double.NaN : s.departures().behaviour().maxShareOfWaitingPerDay()),
    RUBBER_DINGHY_CAPSIZE_HAZARD("boatTypes.rubber-dinghy.capsizeHazardPerHour", false, s -> capsizeHazard(s, "rubber-dinghy")),
    WOODEN_BOAT_CAPSIZE_HAZARD("boatTypes.wooden-boat.capsizeHazardPerHour", false, s -> capsizeHazard(s, "wooden-boat")),
    SOPHIA_WARSHIPS("forces.sophia.assets.warship.count", true, s -> assetCount(s, "sophia", "warship")),
    NGO_LARGE_SHIPS("forces.ngo.assets.large-ship.count", true, s -> assetCount(s, "ngo", "large-ship")),
    NGO_SMALL_SHIPS("forces.ngo.assets.small-ship.count", true, s -> assetCount(s, "ngo", "small-ship")),
    LIBYAN_COASTGUARD_BOATS("coastguardCapacity.boats.initialServiceable", true,
            s -> s.coastguardCapacity() == null ? Double.NaN : s.coastguardCapacity().initialServiceableBoats());

    private final String path;
    private final boolean integer;
    private final ToDoubleFunction<Scenario> reader;

    TunableField(String path, boolean integer, ToDoubleFunction<Scenario> reader) {
        this.path = path;
        this.integer = integer;
        this.reader = reader;
    }

    public String path() { return path; }

    public boolean isInteger() { return integer; }

    /** The field's value in a loaded scenario, NaN if the scenario lacks it. */
    public double valueIn(Scenario s) {
        return reader.applyAsDouble(s);
    }

    private static boolean scheduled(Scenario s) {
        return s.departures().mode() == DeparturesSpec.Mode.SCHEDULE;
    }

    private static double capsizeHazard(Scenario s, String boatType) {
        BoatType t = s.boatTypes().get(boatType);
        return t == null ? Double.NaN : t.capsizeHazardPerHour();
    }

    private static double assetCount(Scenario s, String force, String asset) {
        Force f = s.forces().get(force);
        if (f == null) return Double.NaN;
        for (AssetSpec a : f.assets()) if (a.id().equals(force + "/" + asset)) return a.count();
        return Double.NaN;
    }
}
