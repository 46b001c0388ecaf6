package medsim.scenario;

import java.util.Locale;

/** What a place is used for. */
public enum PlaceRole {
    DEPARTURE, PLACE_OF_SAFETY, BASE, LIBYAN_RETURN_POINT;

    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static PlaceRole parse(String key) {
        for (PlaceRole r : values()) if (r.key().equals(key)) return r;
        return null;
    }
}
