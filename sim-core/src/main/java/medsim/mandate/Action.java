package medsim.mandate;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What an asset may be authorised to do. The scenario names them in kebab case. */
public enum Action {
    /** Patrol and look: surveillance, situational awareness. */
    PATROL,
    /** Take people from a boat in distress aboard. */
    RESCUE,
    /** Stop a migrant boat and take its people aboard to bring them back to the coast it left. */
    INTERCEPT,
    /** Land intercepted or rescued people in Libya. */
    RETURN_TO_LIBYA,
    /** Board and search a suspected smuggling vessel. */
    BOARD,
    /** Seize a smuggling vessel and apprehend the smugglers aboard. */
    SEIZE,
    /** Destroy an emptied migrant boat, or a seized smuggler craft, so it cannot be used again. */
    DESTROY,
    /** Take a seized smuggler craft to port instead of destroying it. */
    DIVERT,
    /** Board and search a ship suspected of breaking the arms embargo on Libya. */
    INSPECT;

    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Action parse(String key) {
        for (Action a : values()) if (a.key().equals(key)) return a;
        return null;
    }

    public static String known() {
        return Arrays.stream(values()).map(Action::key).collect(Collectors.joining(", "));
    }
}
