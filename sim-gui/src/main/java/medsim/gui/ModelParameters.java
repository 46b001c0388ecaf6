package medsim.gui;

import java.util.List;
import java.util.function.Consumer;

import medsim.scenario.DeparturesSpec;
import medsim.yaml.InputException;
import sim.util.Interval;

/**
 * The Console's model tab: the main parameters of the next run as bean properties
 * ({@code getX}/{@code setX}, {@code domX} for sliders and choices, {@code desX} for tool
 * tips, {@code hideX} for rows of the other departures mode), the MASON way. They take
 * effect when the next run starts (Stop, then Play): a scenario is immutable, and a run is
 * built from scratch from the file and these overrides, so a run in the GUI is the headless
 * run of the same file, overrides and seed.
 *
 * <p>The departures rows follow the scenario's {@code departures.mode}: in schedule mode the
 * plan's scale; in behaviour mode the inflow and the most of those waiting launched in a
 * day (the waiting share only sizes the stock at the start, and is left to the scenario
 * file or More overrides), and, read-only, what the networks hold ashore in the run on
 * screen ({@link Ashore}).
 */
public final class ModelParameters {
    /** The order of the model tab. */
    public static final List<String> ORDER = List.of("ScenarioFile", "WhatIf", "Departures", "PlanScale", "InflowPeoplePerDay",
            "MaxShareOfWaitingPerDay", "PeopleWaiting", "PeopleInDetention", "BoatsInStock", "RubberDinghyCapsizeHazardPerHour",
            "WoodenBoatCapsizeHazardPerHour", "SophiaWarships", "NgoLargeShips", "NgoSmallShips", "LibyanCoastguardBoats", "MoreOverrides");
    private static final String APPLIES = " Applies from the next run (Stop, then Play).";
    private static final String RUN_ON_SCREEN = " In the run on screen, at the end of its last simulated day (at its start before"
            + " its first day ends; 0 before any run has started). Read-only.";

    private final ScenarioSession session;
    private final Consumer<String> complain;
    private final Runnable rowsChanged;
    private volatile Ashore ashore = Ashore.NONE;

    /**
     * {@code complain} shows the user a problem, such as a what-if file that does not load;
     * {@code rowsChanged} is told when a what-if choice changes the departures mode, and with
     * it which rows the tab shows.
     */
    public ModelParameters(ScenarioSession session, Consumer<String> complain, Runnable rowsChanged) {
        this.session = session;
        this.complain = complain;
        this.rowsChanged = rowsChanged;
    }

    /** Shows what the networks of the run on screen hold ashore; any thread. */
    public void showAshore(Ashore now) { ashore = now; }

    private boolean scheduled() {
        return session.loaded().departures().mode() == DeparturesSpec.Mode.SCHEDULE;
    }

    public String getScenarioFile() { return session.openedFile().toString(); }
    public String desScenarioFile() { return "The scenario file opened (Scenario > Open scenario file... to change it)."; }

    public int getWhatIf() { return session.variant(); }
    public void setWhatIf(int index) {
        boolean wasScheduled = scheduled();
        try {
            session.setVariant(index);
        } catch (InputException e) {
            complain.accept(e.getMessage());
        }
        if (scheduled() != wasScheduled) rowsChanged.run();
    }
    public Object domWhatIf() { return session.variants().stream().map(ScenarioSession.Variant::name).toArray(String[]::new); }
    public String desWhatIf() {
        return "A what-if scenario that extends the opened one (files in its folder or its whatif/ folder), such as "
                + "Sophia allowed into Libyan territorial waters." + APPLIES;
    }

    public String getDepartures() { return session.loaded().departures().mode().key(); }
    public String desDepartures() {
        return "departures.mode of the scenario: schedule (boats leave by a monthly plan taken from the record: the run is conditioned "
                + "on it) or behaviour (people wait ashore and the networks launch boats as the sea, the people waiting and their boats "
                + "allow). The rows below follow it.";
    }

    public double getPlanScale() { return session.value(TunableField.PLAN_SCALE); }
    public void setPlanScale(double v) { session.set(TunableField.PLAN_SCALE, v); }
    public Object domPlanScale() { return new Interval(0.0, 3.0); }
    public String desPlanScale() {
        return "Schedule mode: the smugglers' monthly plan, taken from the record, times this (smuggling.planScale)." + APPLIES;
    }
    public boolean hidePlanScale() { return !scheduled(); }

    public double getInflowPeoplePerDay() { return session.value(TunableField.INFLOW_PEOPLE_PER_DAY); }
    public void setInflowPeoplePerDay(double v) { session.set(TunableField.INFLOW_PEOPLE_PER_DAY, v); }
    /** Up to three times the scenario's own value, and at least 2,000 people a day. */
    public Object domInflowPeoplePerDay() {
        double own = TunableField.INFLOW_PEOPLE_PER_DAY.valueIn(session.loaded());
        return new Interval(0.0, Double.isNaN(own) ? 2000.0 : Math.max(2000.0, Math.ceil(3 * own)));
    }
    public String desInflowPeoplePerDay() {
        return "Behaviour mode: people who join those waiting to cross each day, all departure points together, flat over the "
                + "period (departures.inflowPeoplePerDay)." + APPLIES;
    }
    public boolean hideInflowPeoplePerDay() { return scheduled(); }

    public double getMaxShareOfWaitingPerDay() { return session.value(TunableField.MAX_SHARE_OF_WAITING_PER_DAY); }
    public void setMaxShareOfWaitingPerDay(double v) { session.set(TunableField.MAX_SHARE_OF_WAITING_PER_DAY, v); }
    public Object domMaxShareOfWaitingPerDay() { return new Interval(0.0, 1.0); }
    public String desMaxShareOfWaitingPerDay() {
        return "Behaviour mode: the most of the people waiting at a departure point that the networks launch in one day "
                + "(departures.maxShareOfWaitingPerDay)." + APPLIES;
    }
    public boolean hideMaxShareOfWaitingPerDay() { return scheduled(); }

    public long getPeopleWaiting() { return ashore.peopleWaiting(); }
    public String desPeopleWaiting() { return "Behaviour mode: people waiting to cross at all departure points." + RUN_ON_SCREEN; }
    public boolean hidePeopleWaiting() { return scheduled(); }

    public long getPeopleInDetention() { return ashore.peopleInDetention(); }
    public String desPeopleInDetention() { return "Behaviour mode: people returned to Libya by the coastguard and still held." + RUN_ON_SCREEN; }
    public boolean hidePeopleInDetention() { return scheduled(); }

    public long getBoatsInStock() { return ashore.boatsInStock(); }
    public String desBoatsInStock() { return "Behaviour mode: whole boats the networks hold at all departure points." + RUN_ON_SCREEN; }
    public boolean hideBoatsInStock() { return scheduled(); }

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
    public String desLibyanCoastguardBoats() { return "The Libyan coastguard's serviceable boats at the start (how many sail follows from its crews and maintenance)." + APPLIES; }

    public String getMoreOverrides() { return session.moreOverrides(); }
    public void setMoreOverrides(String text) { session.setMoreOverrides(text); }
    public String desMoreOverrides() {
        return "Any other scenario fields, as path=value separated by ';', e.g. "
                + "forces.ngo.taskingPenaltyHours=2; smuggling.escort.probability=0.5; departures.waitingShare=0.2." + APPLIES;
    }

    /** Counts read as 0 when the scenario has no such asset class. */
    private int count(TunableField f) {
        double v = session.value(f);
        return Double.isNaN(v) ? 0 : (int) v;
    }
}
