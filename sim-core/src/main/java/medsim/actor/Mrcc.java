package medsim.actor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import medsim.mandate.Action;
import medsim.model.MedSim;
import medsim.scenario.MrccSpec;

/**
 * A maritime rescue coordination centre: the cases it is responsible for, and the assets it
 * can task. For each unanswered case it picks the asset that can reach it first (time at
 * transit speed plus the force's tasking penalty), among the forces it can task, whose rules
 * of engagement allow a rescue where the boat is, with room aboard, within its response
 * limit. The {@link MrccNetwork} opens, assigns, hands over and closes the cases.
 */
public final class Mrcc {
    private final MrccSpec spec;
    private final List<RescueTasking> cases = new ArrayList<>();
    /** The assets of the forces it tasks, in the run's order (an array: {@link #bestAsset} scans it for every open case). */
    private final Asset[] taskable;

    Mrcc(MrccSpec spec, List<Asset> assets) {
        this.spec = spec;
        this.taskable = assets.stream().filter(a -> spec.tasks().contains(a.force().id())).toArray(Asset[]::new);
    }

    /** Its open cases, in the order they came to it. */
    List<RescueTasking> cases() { return cases; }

    /**
     * The asset to send to a boat now, or null if none may and can reach it in time: the boat
     * as the MRCC knows it: where dead reckoning from the case's contact puts it, if the case
     * has one (a shared contact, or a call). {@code busy}, by asset step order: assets already
     * found not free in this step of the network, skipped; those found so now are marked.
     */
    Asset bestAsset(MedSim sim, RescueTasking t, LocalDate date, boolean[] busy) {
        MigrantBoat boat = t.boat();
        Contact c = t.contact();
        double x = c != null ? c.xNmNow(sim) : boat.xNm(), y = c != null ? c.yNmNow(sim) : boat.yNm();
        var zone = sim.zoneAt(x, y);
        Asset best = null;
        double bestScore = Double.POSITIVE_INFINITY;
        for (Asset a : taskable) {
            if (busy[a.stepOrder()]) continue;
            if (!a.isFree(sim)) {
                busy[a.stepOrder()] = true;
                continue;
            }
            if (!a.rules().allows(Action.RESCUE, zone, date)) continue;
            double eta = a.hoursTo(sim, x, y);
            if (eta > spec.maxResponseHours()) continue;
            double score = eta + a.force().taskingPenaltyHours();
            if (score < bestScore) {
                bestScore = score;
                best = a;
            }
        }
        return best;
    }

    public String id() { return spec.id(); }
    public MrccSpec spec() { return spec; }
    public int openCases() { return cases.size(); }

    @Override
    public String toString() {
        return spec.name() + " (" + cases.size() + " open cases)";
    }
}
