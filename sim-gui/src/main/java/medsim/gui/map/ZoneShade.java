package medsim.gui.map;

import java.awt.Color;

import medsim.geo.SeaZone;

/**
 * How the map shades the sea by legal zone. Libya's waters are the ones the mandates turn
 * on (Sophia may not enter them, the Libyan coastguard may not leave them), so they stand
 * out in warm tones; other states' waters are lighter blues than the high seas.
 */
public enum ZoneShade {
    LIBYAN_TERRITORIAL_SEA("Libyan territorial sea", new Color(0xE9A88C)),
    LIBYAN_CONTIGUOUS_ZONE("Libyan contiguous zone", new Color(0xF5D3C0)),
    OTHER_TERRITORIAL_SEA("other states' territorial seas", new Color(0xE6F0F8)),
    OTHER_CONTIGUOUS_ZONE("other states' contiguous zones", new Color(0xD3E5F3)),
    HIGH_SEAS("high seas", new Color(0xB9D5EC)),
    LAND("land", new Color(0xEAE4D3));

    /** The coastline drawn over the land fill. */
    public static final Color COAST = new Color(0x8C7E62);

    private final String label;
    private final Color color;

    ZoneShade(String label, Color color) {
        this.label = label;
        this.color = color;
    }

    public String label() { return label; }

    public Color color() { return color; }

    /**
     * The shade of a zone, {@code focusState} being the coastal state whose waters stand out
     * (Libya). The switch has no default, so a new zone kind does not compile until shaded.
     */
    public static ZoneShade of(SeaZone zone, String focusState) {
        boolean focus = focusState.equals(zone.stateCode());
        return switch (zone.kind()) {
            case LAND -> LAND;
            case HIGH_SEAS -> HIGH_SEAS;
            case TERRITORIAL_SEA -> focus ? LIBYAN_TERRITORIAL_SEA : OTHER_TERRITORIAL_SEA;
            case CONTIGUOUS_ZONE -> focus ? LIBYAN_CONTIGUOUS_ZONE : OTHER_CONTIGUOUS_ZONE;
        };
    }
}
