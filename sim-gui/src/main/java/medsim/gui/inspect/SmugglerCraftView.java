package medsim.gui.inspect;

import java.util.List;
import medsim.actor.SmugglerCraft;
import medsim.model.MedSim;

/** What the inspector shows of a smuggler craft. Bean getters, as MASON's inspector reads them. */
public final class SmugglerCraftView {
    /** The order the inspector lists the properties in. */
    public static final List<String> ORDER = List.of(
            "Id", "Phase", "SmugglersAboard", "EscortedBoat", "PursuedBy", "Zone", "DistanceFromLibyaNm", "Position");

    private final SmugglerCraft craft;
    private final MedSim sim;

    public SmugglerCraftView(SmugglerCraft craft, MedSim sim) {
        this.craft = craft;
        this.sim = sim;
    }

    public long getId() { return craft.id(); }
    public String getPhase() { return Views.words(craft.phase()); }
    public int getSmugglersAboard() { return craft.smugglersAboard(); }
    public long getEscortedBoat() { return craft.boat().id(); }
    public String getPursuedBy() { return craft.pursuer() == null ? "none" : craft.pursuer().id(); }
    public String getZone() { return sim.zoneAt(craft.xNm(), craft.yNm()).code(); }
    public double getDistanceFromLibyaNm() { return Views.round1(sim.distanceFromLibyaNm(craft.xNm(), craft.yNm())); }
    public String getPosition() { return Views.position(sim, craft.xNm(), craft.yNm()); }

    @Override
    public String toString() { return craft.toString(); }
}
