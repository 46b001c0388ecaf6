package medsim.gui;

import medsim.actor.SmugglingNetwork;
import medsim.model.MedSim;
import medsim.scenario.DeparturesSpec;

/**
 * What the smuggling networks hold ashore in a run in behaviour mode, as the model tab shows
 * it: a copy taken on the model's thread (at a run's start and at the end of each simulated
 * day), so the Swing thread never reads the model while it steps.
 *
 * @param peopleWaiting     people waiting to cross at all departure points, those on the beach for the night's boats included
 * @param peopleInDetention people returned to Libya and still held
 * @param boatsInStock      whole boats the networks hold at all points, all types
 */
public record Ashore(long peopleWaiting, long peopleInDetention, long boatsInStock) {
    /** Nothing counted: before any run has started, or for a run in schedule mode, which counts neither boats nor detainees. */
    public static final Ashore NONE = new Ashore(0, 0, 0);

    /** The run's networks now ({@link #NONE} in schedule mode); call it on the model's thread, between steps. */
    public static Ashore of(MedSim sim) {
        if (sim.scenario().departures().mode() != DeparturesSpec.Mode.BEHAVIOUR) return NONE;
        SmugglingNetwork n = sim.network();
        return new Ashore((long) Math.floor(n.waitingPeople()), n.peopleInDetention(), n.boatsInStock());
    }
}
