package medsim.scenario;

import java.util.Locale;

/** What a place is used for. */
public enum PlaceRole {
    DEPARTURE, PLACE_OF_SAFETY, BASE, LIBYAN_RETURN_POINT;

    /** The state whose coast departure points and return points are on: the model's only departure coast. */
    public static final String DEPARTURE_STATE = "LBY";

    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static PlaceRole parse(String key) {
        for (PlaceRole r : values()) if (r.key().equals(key)) return r;
        return null;
    }
}
