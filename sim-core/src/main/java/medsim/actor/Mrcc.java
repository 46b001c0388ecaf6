package medsim.actor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import ec.util.MersenneTwisterFast;
import medsim.mandate.Action;
import medsim.model.MedSim;
import medsim.model.WeightedDraw;
import medsim.record.EventType;
import medsim.scenario.MrccSpec;
import medsim.scenario.Place;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * A maritime rescue coordination centre. Distress calls and sightings in its region become
 * taskings; each step it sends to every unanswered case the asset that can reach it first
 * (time at transit speed plus the force's tasking penalty), among the forces it can task,
 * whose mandate allows a rescue where the boat is, with room aboard. A case it cannot
 * answer within its response limit goes to the fallback MRCC.
 */
public final class Mrcc implements Steppable {
    private static final long serialVersionUID = 1L;

    private final MrccSpec spec;
    private final List<RescueTasking> cases = new ArrayList<>();
    private final List<Asset> taskable = new ArrayList<>();

    public Mrcc(MrccSpec spec) {
        this.spec = spec;
    }

    /** Learns which assets it can task: those of the forces its spec names, in model order. */
    public void attach(List<Asset> assets) {
        taskable.clear();
        for (Asset a : assets) if (spec.tasks().contains(a.force().id())) taskable.add(a);
    }

    public void open(RescueTasking t) {
        cases.add(t);
    }

    @Override
    public void step(SimState state) {
        MedSim sim = (MedSim) state;
        LocalDate date = sim.date();
        for (Iterator<RescueTasking> it = cases.iterator(); it.hasNext(); ) {
            RescueTasking t = it.next();
            if (t.isClosed() || !t.boat().atSea()) {
                t.close();
                it.remove();
                continue;
            }
            if (t.isAssigned() || t.boat().responder() != null) continue;
            Asset best = bestAsset(sim, t.boat(), date);
            if (best != null) {
                best.assign(t, this);
                sim.event(EventType.TASKING, t.boat().xNm(), t.boat().yNm(), best.id(), t.boat().id(), t.boat().people(), spec.id());
            } else if (sim.fallbackMrcc() != this) {
                it.remove();
                t.handOver(sim.fallbackMrcc());
                sim.fallbackMrcc().open(t);
            }
        }
    }

    private Asset bestAsset(MedSim sim, MigrantBoat boat, LocalDate date) {
        var zone = sim.zoneAt(boat.xNm(), boat.yNm());
        Asset best = null;
        double bestScore = Double.POSITIVE_INFINITY;
        for (int i = 0, n = taskable.size(); i < n; i++) {
            Asset a = taskable.get(i);
            if (!a.isFree()) continue;
            if (!a.mandate().allows(Action.RESCUE, zone, date)) continue;
            double eta = a.hoursTo(boat.xNm(), boat.yNm());
            if (eta > spec.maxResponseHours()) continue;
            double score = eta + a.force().taskingPenaltyHours();
            if (score < bestScore) {
                bestScore = score;
                best = a;
            }
        }
        return best;
    }

    /** Draws the place of safety for a disembarkation, weighted as the scenario says, from {@code stream} (the landing asset's). */
    public Place assignPlaceOfSafety(MedSim sim, MersenneTwisterFast stream) {
        if (spec.placesOfSafety().isEmpty()) return sim.fallbackMrcc().assignPlaceOfSafety(sim, stream);
        return sim.scenario().places().get(WeightedDraw.id(spec.placesOfSafety(), stream));
    }

    /** The nearest of its places of safety (small craft land people at the closest port). */
    public Place nearestPlaceOfSafety(MedSim sim, double xNm, double yNm) {
        if (spec.placesOfSafety().isEmpty()) return sim.fallbackMrcc().nearestPlaceOfSafety(sim, xNm, yNm);
        return sim.nearestOf(spec.placesOfSafety().stream().map(w -> sim.scenario().places().get(w.id())).toList(), xNm, yNm);
    }

    public String id() { return spec.id(); }
    public MrccSpec spec() { return spec; }
    public int openCases() { return cases.size(); }

    @Override
    public String toString() {
        return spec.name() + " (" + cases.size() + " open cases)";
    }
}
