package medsim.gui.map;

import java.awt.Color;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import medsim.scenario.Force;
import medsim.scenario.Scenario;

/**
 * One colour per force, in the scenario's order of forces: the Okabe-Ito palette's cool
 * colours (blue, reddish purple, sky blue, bluish green, black; Okabe and Ito, "Color
 * Universal Design", 2008), Paul Tol's indigo (Tol, "Colour schemes", SRON 2021), a dark
 * brown, white (the NGOs' ships: among several dark forces a light one stands out at the
 * map's size; every symbol has a dark outline) and a dark grey, chosen so that any two differ by a CIELAB distance of
 * at least 15 for normal vision and as deuteranopes and protanopes see them (Viénot, Brettel
 * and Mollon's simulation, 1999; tested). None of them is near the warm colours of the
 * migrant boats ({@link BoatLook}), so that assets never look like boats.
 */
public final class ForcePalette {
    /** In the shipped scenarios' order: Sophia, Sea Guardian, Italian coastguard, Mare Sicuro, Frontex, Malta, Libyan coastguard, NGOs, merchant ships; then again. */
    static final List<Color> COLORS = List.of(
            new Color(0x0072B2), new Color(0xCC79A7), new Color(0x56B4E9), new Color(0x332288), new Color(0x009E73),
            new Color(0x663333), new Color(0x000000), new Color(0xFFFFFF), new Color(0x5D5D5D));

    private final Map<String, Color> byForce = new LinkedHashMap<>();
    private final Map<String, String> names = new LinkedHashMap<>();

    public ForcePalette(Scenario scenario) {
        int i = 0;
        for (Force f : scenario.forces().values()) {
            byForce.put(f.id(), COLORS.get(i++ % COLORS.size()));
            names.put(f.id(), f.name());
        }
    }

    public Color color(String forceId) {
        Color c = byForce.get(forceId);
        return c != null ? c : Color.GRAY;
    }

    /** Force ids in the scenario's order. */
    public List<String> forces() { return List.copyOf(byForce.keySet()); }

    public String name(String forceId) { return names.getOrDefault(forceId, forceId); }
}
