package medsim.gui.map;

import java.awt.Color;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import medsim.scenario.Force;
import medsim.scenario.Scenario;

/**
 * One colour per force, in the scenario's order of forces. Cool and dark colours only, so
 * that assets never look like migrant boats, which are drawn in warm colours.
 */
public final class ForcePalette {
    private static final List<Color> COLORS = List.of(
            new Color(0x1F3F8F), new Color(0x6A3D9A), new Color(0x17808C), new Color(0x505050), new Color(0x8C510A),
            new Color(0xC51B7D), new Color(0x3A9BD9), new Color(0x000000), new Color(0x7A7A2E), new Color(0x9E7BB5));

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
