package medsim.mandate;

import java.util.Locale;

/** Why the rules of engagement refuse an action. */
public enum Refusal {
    /** No entry of the force's mandate covers the action in this zone on this date. */
    NO_MANDATE,
    /** An aircraft only patrols and reports: it takes no people, boat or craft aboard and boards nothing. */
    NOT_BY_AIRCRAFT;

    public String key() { return name().toLowerCase(Locale.ROOT).replace('_', '-'); }

    /** The detail of a {@code refusal} event: {@code action:reason}, e.g. {@code board:no-mandate}. */
    public String detail(Action action) {
        return action.key() + ":" + key();
    }
}
