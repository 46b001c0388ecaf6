package medsim.geo;

import java.util.Objects;

/**
 * The legal sea zone a point is in, with the coastal state it belongs to (null for the high seas).
 * {@link #code()} gives the form used in scenario files and output: {@code territorial:LBY},
 * {@code contiguous:LBY}, {@code high-seas}, {@code land:ITA}.
 */
public record SeaZone(ZoneKind kind, String stateCode) {
    public static final SeaZone HIGH_SEAS = new SeaZone(ZoneKind.HIGH_SEAS, null);

    public SeaZone {
        Objects.requireNonNull(kind, "kind");
        if (kind == ZoneKind.HIGH_SEAS) {
            if (stateCode != null) {
                throw new IllegalArgumentException("the high seas belong to no state, got " + stateCode);
            }
        } else if (!isStateCode(stateCode)) {
            throw new IllegalArgumentException(kind + " needs a three-letter upper-case state code, got " + stateCode);
        }
    }

    public String code() {
        return kind == ZoneKind.HIGH_SEAS ? kind.codePrefix() : kind.codePrefix() + ":" + stateCode;
    }

    /** Inverse of {@link #code()}; anything else is an IllegalArgumentException quoting the input. */
    public static SeaZone parse(String code) {
        if (code == null) {
            throw new IllegalArgumentException("sea zone code is null");
        }
        if (code.equals(ZoneKind.HIGH_SEAS.codePrefix())) {
            return HIGH_SEAS;
        }
        int colon = code.indexOf(':');
        if (colon > 0) {
            String prefix = code.substring(0, colon);
            String state = code.substring(colon + 1);
            for (ZoneKind kind : ZoneKind.values()) {
                if (kind != ZoneKind.HIGH_SEAS && kind.codePrefix().equals(prefix) && isStateCode(state)) {
                    return new SeaZone(kind, state);
                }
            }
        }
        throw new IllegalArgumentException("not a sea zone code: '" + code
                + "' (expected high-seas, or territorial:, contiguous: or land: followed by an ISO alpha-3 code such as LBY)");
    }

    static boolean isStateCode(String s) {
        if (s == null || s.length() != 3) {
            return false;
        }
        for (int i = 0; i < 3; i++) {
            char c = s.charAt(i);
            if (c < 'A' || c > 'Z') {
                return false;
            }
        }
        return true;
    }
}
