package medsim.mandate;

import medsim.geo.SeaZone;
import medsim.geo.ZoneKind;

/**
 * Which sea zones a mandate entry covers: {@code high-seas}, {@code territorial:LBY},
 * {@code contiguous:LBY}, or a wildcard state {@code territorial:*}.
 */
public record ZoneSelector(ZoneKind kind, String stateCode) {

    public boolean matches(SeaZone zone) {
        if (zone.kind() != kind) return false;
        return stateCode == null || stateCode.equals(zone.stateCode());
    }

    /** Parses a selector, or returns null if the text is not one. */
    public static ZoneSelector parse(String text) {
        if (text.equals("high-seas")) return new ZoneSelector(ZoneKind.HIGH_SEAS, null);
        int colon = text.indexOf(':');
        if (colon < 0) return null;
        String kind = text.substring(0, colon);
        String state = text.substring(colon + 1);
        if (!state.equals("*") && !state.matches("[A-Z]{3}")) return null;
        String code = state.equals("*") ? null : state;
        return switch (kind) {
            case "territorial" -> new ZoneSelector(ZoneKind.TERRITORIAL_SEA, code);
            case "contiguous" -> new ZoneSelector(ZoneKind.CONTIGUOUS_ZONE, code);
            default -> null;
        };
    }

    @Override
    public String toString() {
        if (kind == ZoneKind.HIGH_SEAS) return "high-seas";
        String k = kind == ZoneKind.TERRITORIAL_SEA ? "territorial" : "contiguous";
        return k + ":" + (stateCode == null ? "*" : stateCode);
    }
}
