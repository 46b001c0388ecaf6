package medsim.gui;

import java.util.List;
import java.util.function.Consumer;

import medsim.yaml.InputException;
import sim.util.Interval;

/**
 * The Console's model tab: the main parameters of the next run as bean properties
 * ({@code getX}/{@code setX}, {@code domX} for sliders and choices, {@code desX} for tool
 * tips), the MASON way. They take effect when the next run starts (Stop, then Play): a
 * scenario is immutable, and a run is built from scratch from the file and these overrides.
 */
public final class ModelParameters {
    /** The order of the model tab. */
    public static final List<String> ORDER = List.of("ScenarioFile", "WhatIf", "PlanScale", "RubberDinghyCapsizeHazardPerHour",
            "WoodenBoatCapsizeHazardPerHour", "SophiaWarships", "NgoLargeShips", "NgoSmallShips", "LibyanCoastguardBoats", "MoreOverrides");
    private static final String APPLIES = " Applies from the next run (Stop, then Play).";

    private final ScenarioSession session;
    private final Consumer<String> complain;

    /** {@code complain} shows the user a problem, such as a what-if file that does not load. */
    public ModelParameters(ScenarioSession session, Consumer<String> complain) {
        this.session = session;
        this.complain = complain;
    }

    public String getScenarioFile() { return session.openedFile().toString(); }
    public String desScenarioFile() { return "The scenario file opened (Scenario > Open scenario file... to change it)."; }

    public int getWhatIf() { return session.variant(); }
    public void setWhatIf(int index) {
        try {
            session.setVariant(index);
        } catch (InputException e) {
            complain.accept(e.getMessage());
        }
    }
    public Object domWhatIf() { return session.variants().stream().map(ScenarioSession.Variant::name).toArray(String[]::new); }
    public String desWhatIf() {
        return "A what-if scenario that extends the opened one (files in its folder or its whatif/ folder), such as "
                + "Sophia allowed into Libyan territorial waters." + APPLIES;
    }

    public double getPlanScale() { return session.value(TunableField.PLAN_SCALE); }
    public void setPlanScale(double v) { session.set(TunableField.PLAN_SCALE, v); }
    public Object domPlanScale() { return new Interval(0.0, 3.0); }
    public String desPlanScale() { return "Departure intensity: the smugglers' monthly plan times this (smuggling.planScale)." + APPLIES; }

    public double getRubberDinghyCapsizeHazardPerHour() { return session.value(TunableField.RUBBER_DINGHY_CAPSIZE_HAZARD); }
    public void setRubberDinghyCapsizeHazardPerHour(double v) { session.set(TunableField.RUBBER_DINGHY_CAPSIZE_HAZARD, v); }
    public Object domRubberDinghyCapsizeHazardPerHour() { return new Interval(0.0, 0.01); }
    public String desRubberDinghyCapsizeHazardPerHour() {
        return "Capsize hazard per hour of a rubber dinghy at the reference sea state and load." + APPLIES;
    }

    public double getWoodenBoatCapsizeHazardPerHour() { return session.value(TunableField.WOODEN_BOAT_CAPSIZE_HAZARD); }
    public void setWoodenBoatCapsizeHazardPerHour(double v) { session.set(TunableField.WOODEN_BOAT_CAPSIZE_HAZARD, v); }
    public Object domWoodenBoatCapsizeHazardPerHour() { return new Interval(0.0, 0.01); }
    public String desWoodenBoatCapsizeHazardPerHour() {
        return "Capsize hazard per hour of a wooden boat at the reference sea state and load." + APPLIES;
    }

    public int getSophiaWarships() { return count(TunableField.SOPHIA_WARSHIPS); }
    public void setSophiaWarships(int n) { session.set(TunableField.SOPHIA_WARSHIPS, n); }
    public Object domSophiaWarships() { return new Interval(0L, 15L); }
    public String desSophiaWarships() { return "EUNAVFOR MED Operation Sophia's warships at sea." + APPLIES; }

    public int getNgoLargeShips() { return count(TunableField.NGO_LARGE_SHIPS); }
    public void setNgoLargeShips(int n) { session.set(TunableField.NGO_LARGE_SHIPS, n); }
    public Object domNgoLargeShips() { return new Interval(0L, 15L); }
    public String desNgoLargeShips() { return "Large NGO rescue ships." + APPLIES; }

    public int getNgoSmallShips() { return count(TunableField.NGO_SMALL_SHIPS); }
    public void setNgoSmallShips(int n) { session.set(TunableField.NGO_SMALL_SHIPS, n); }
    public Object domNgoSmallShips() { return new Interval(0L, 15L); }
    public String desNgoSmallShips() { return "Small NGO rescue ships (summer season)." + APPLIES; }

    public int getLibyanCoastguardBoats() { return count(TunableField.LIBYAN_COASTGUARD_BOATS); }
    public void setLibyanCoastguardBoats(int n) { session.set(TunableField.LIBYAN_COASTGUARD_BOATS, n); }
    public Object domLibyanCoastguardBoats() { return new Interval(0L, 20L); }
    public String desLibyanCoastguardBoats() { return "The Libyan coastguard's working patrol boats." + APPLIES; }

    public String getMoreOverrides() { return session.moreOverrides(); }
    public void setMoreOverrides(String text) { session.setMoreOverrides(text); }
    public String desMoreOverrides() {
        return "Any other scenario fields, as path=value separated by ';', e.g. "
                + "forces.ngo.taskingPenaltyHours=2; smuggling.escort.probability=0.5." + APPLIES;
    }

    /** Counts read as 0 when the scenario has no such asset class. */
    private int count(TunableField f) {
        double v = session.value(f);
        return Double.isNaN(v) ? 0 : (int) v;
    }
}
