package medsim.gui.inspect;

import java.util.List;
import java.util.Locale;

import medsim.actor.MigrantBoat;
import medsim.gui.map.BoatLook;
import medsim.model.MedSim;

/**
 * What the inspector shows of a migrant boat, read live from the boat and the model (the
 * time at sea and the zone need the model's clock and geography). Bean getters, as MASON's
 * inspector reads them.
 */
public final class BoatView {
    /** The order the inspector lists the properties in. */
    public static final List<String> ORDER = List.of(
            "Id", "Type", "PeopleAboard", "State", "FuelHours", "HoursAtSea", "CalledForHelp", "Responder", "Zone",
            "DistanceFromLibyaNm", "Position", "From", "HeadingFor");

    private final MigrantBoat boat;
    private final MedSim sim;

    public BoatView(MigrantBoat boat, MedSim sim) {
        this.boat = boat;
        this.sim = sim;
    }

    public long getId() { return boat.id(); }
    public String getType() { return boat.type().id(); }
    public int getPeopleAboard() { return boat.people(); }
    public String getState() { return boat.atSea() ? BoatLook.of(boat).label() : Views.words(boat.state()); }
    public double getFuelHours() { return Views.round1(boat.fuelHours()); }
    public double getHoursAtSea() { return Views.round1(sim.clock().hours(sim.tick() - boat.departedTick())); }
    public boolean getCalledForHelp() { return boat.hasCalledForHelp(); }
    public String getResponder() {
        if (boat.responder() == null) return "none";
        return boat.responder().id() + (boat.responderOnScene() ? " (alongside)" : " (on its way)");
    }
    public String getFrom() { return boat.departure().name(); }
    public String getHeadingFor() { return boat.destination().name(); }
    public String getZone() { return sim.zoneAt(boat.xNm(), boat.yNm()).code(); }
    public double getDistanceFromLibyaNm() { return Views.round1(sim.distanceFromLibyaNm(boat.xNm(), boat.yNm())); }
    public String getPosition() { return Views.position(sim, boat.xNm(), boat.yNm()); }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "Boat %d (%s, %d aboard)", boat.id(), boat.type().id(), boat.people());
    }
}
