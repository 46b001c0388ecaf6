package medsim.gui.map;

import java.awt.Color;

import medsim.actor.BoatState;
import medsim.actor.MigrantBoat;

/** The colour of a migrant boat on the map: what is happening to the people aboard. */
public enum BoatLook {
    UNDERWAY("under way", new Color(0xF28E2B)),
    ADRIFT("adrift, out of fuel", new Color(0xE8B800)),
    SWAMPED("swamped, people in the water", new Color(0xD62728)),
    ALONGSIDE("rescuers or coastguard alongside", new Color(0x2CA02C));

    /** Ring drawn round a boat that has called an MRCC (a case is open) and has no one alongside yet. */
    public static final Color DISTRESS_RING = new Color(0x202020);
    public static final String DISTRESS_RING_LABEL = "distress call made, case open";

    private final String label;
    private final Color color;

    BoatLook(String label, Color color) {
        this.label = label;
        this.color = color;
    }

    public String label() { return label; }

    public Color color() { return color; }

    public static BoatLook of(MigrantBoat boat) {
        if (boat.responderOnScene()) return ALONGSIDE;
        if (boat.state() == BoatState.SWAMPED) return SWAMPED;
        if (boat.state() == BoatState.ADRIFT) return ADRIFT;
        return UNDERWAY;
    }

    public static boolean showsDistressRing(MigrantBoat boat) {
        return boat.hasCalledForHelp() && !boat.responderOnScene();
    }
}
