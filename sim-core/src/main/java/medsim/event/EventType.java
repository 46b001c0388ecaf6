package medsim.event;

import java.util.Locale;

/**
 * Kinds of things that happen at sea and are written to events.csv. Each says what its
 * {@code actor}, {@code people} and {@code detail} fields hold.
 */
public enum EventType {
    /** A migrant boat puts to sea. Actor: the departure point; people aboard; detail: the boat type. */
    DEPARTURE,
    /** A boat calls for help. Actor: {@code boat}; people aboard. */
    DISTRESS_CALL,
    /**
     * An asset sees a boat. People aboard; detail: {@code intercept} (the asset goes to
     * intercept it), {@code reported} (it reports the boat to an MRCC), {@code shared} (no
     * MRCC tasks its force: the contact goes only where the force's information links take it)
     * or {@code located} (sent on a shared contact, it has found the boat it was sent to).
     */
    SIGHTING,
    /**
     * A contact reaches a force or an MRCC through an information link (see
     * {@code informationLinks} in the scenario). Where: where the boat was seen. Actor: the
     * receiver; people aboard when it arrives; detail: the force whose asset saw the boat.
     */
    CONTACT_SHARED,
    /**
     * A boat is first in the picture of a force able to act: one whose mandate lets its ships
     * rescue or intercept where the boat is now (one per boat at most). Actor: the force;
     * people aboard; detail: whole minutes since the boat left.
     */
    ACTIONABLE_DETECTION,
    /**
     * An MRCC opens a case for a boat in distress (one open case per boat at most). Actor: the MRCC;
     * people aboard; detail: what made it known: {@code distress-call}, {@code sighting},
     * {@code shared:<force>} (a contact of that force's, through an information link), or
     * {@code interceptor-full} (an intercepting ship filled up and left people aboard).
     */
    CASE_OPENED,
    /**
     * An MRCC sends an asset to a case. A case whose asset leaves it (full, or out of its
     * mandate) is tasked again: one event per asset sent. People aboard the boat; detail: the MRCC.
     */
    TASKING,
    /**
     * The first tasking of a case. Actor: the MRCC; people aboard the boat; detail: hours from
     * the case's first report to this tasking (a number).
     */
    CASE_TASKED,
    /**
     * The first asset reaches the boat of an open case (sent by an MRCC, or one that came to
     * intercept it). Actor: the asset; people aboard; detail: hours from the case's first report.
     */
    CASE_ON_SCENE,
    /** People taken aboard from a boat in one rescue. Actor: the asset; people taken; detail: its actor group. */
    RESCUE,
    /** As {@link #RESCUE}, by a force that intercepts rather than rescues. */
    INTERCEPTION,
    /** A boat capsizes. Actor: the asset alongside, if any; people aboard before. */
    CAPSIZE,
    /** People drown or go missing in a capsize. People: the dead and missing; detail: the boat type. */
    DEATH,
    /** A boat lands unaided. Actor: the place of safety; people landed; detail: the boat type. */
    LANDING,
    /** An asset lands the people it carries at a place of safety. Actor: the asset; people; detail: the place. */
    DISEMBARKATION,
    /** An asset lands the people it carries in Libya. Actor: the asset; people; detail: the port. */
    RETURN_TO_LIBYA,
    /**
     * People the coastguard returned to Libya leave detention (behaviour mode). Actor: the
     * departure point they are held near; people; detail: {@code waiting} (they wait to cross
     * again), {@code gave-up} or {@code deported}. Where: the departure point.
     */
    DETENTION_RELEASE,
    /**
     * People waiting at a departure point under enforcement ashore leave it (behaviour mode;
     * see {@code departures.enforcementResponse}). Actor: the point they leave; people; detail:
     * the point they head for, or {@code gave-up} (they give up crossing on the way). Where:
     * the point they leave.
     */
    DISPLACEMENT,
    /**
     * The networks at a departure point decide the day's launches (behaviour mode, at the start
     * of each day). Where: the point; actor: the point; people: the people they put on the day's
     * boats (all leave during the night window, unless the run ends first); detail: the day's sea
     * state's band, {@code beaufort-0-2}, {@code beaufort-3}, {@code beaufort-4}, {@code beaufort-5}
     * or {@code beaufort-6+} (the whole Beaufort force of the day's sea state).
     */
    LAUNCH_DECISION,
    /** An asset destroys an empty boat. Actor: the asset; detail: the boat type. */
    BOAT_DESTROYED,
    /**
     * An asset seizes a smuggler craft. Boat: the one it escorted; people: smugglers
     * apprehended; detail: the craft's fate, {@code diverted}, {@code destroyed} or {@code released}.
     */
    ESCORT_SEIZED,
    /**
     * Boat drivers (and their helpers) identified among the people landed at a place of safety
     * and arrested there. Actor: the asset that landed them, or the place for a boat that landed
     * unaided; boat: that boat (0 for an asset's landing); people: those arrested; detail: the place.
     */
    DRIVERS_ARRESTED,
    /**
     * A vessel suspected of breaking a UN embargo on Libya gets under way (enters the map at a
     * sea gate, or leaves a Libyan port). Actor: the Libyan port it sails to or from; boat: the
     * vessel's number (its own series, not a migrant boat's); detail: the cargo, {@code arms} or {@code oil}.
     */
    EMBARGO_DEPARTURE,
    /** A force watching the traffic sees such a vessel for the first time (once a vessel). Actor: the asset; boat: the vessel; detail: the cargo. */
    EMBARGO_SIGHTING,
    /**
     * A vessel's first sighting reaches a force along an information link from the force that
     * saw it (see {@code EmbargoShipping#deliverDue}). Actor: the receiving force; boat: the
     * vessel; position: where it was seen; detail: the cargo.
     */
    EMBARGO_CONTACT_SHARED,
    /** An asset has boarded and searched a vessel suspected of breaking an embargo. Actor: the asset; boat: the vessel; detail: the cargo. */
    INSPECTION,
    /** An inspection finds the cargo and seizes it. Actor: the asset; boat: the vessel; detail: the cargo. */
    CARGO_SEIZED,
    /** An inspection finds the cargo and the asset diverts the vessel to its base. Actor: the asset; boat: the vessel; detail: the cargo. */
    EMBARGO_DIVERSION,
    /**
     * A vessel not stopped reaches the end of its voyage: arms landed at a Libyan port, or oil
     * carried off the map. Actor: the Libyan port; boat: the vessel; detail: the cargo.
     */
    EMBARGO_DELIVERY,
    /**
     * An asset on its way to a boat gives it up: its mandate does not allow the action where
     * the boat now is, or it reached where a shared contact put the boat without detecting it
     * ({@code contact lost}: the case is closed). Actor: the asset; people aboard the boat; detail: why.
     */
    TASKING_ABANDONED,
    /**
     * The rules of engagement refuse an action an asset had under way or was about to complete
     * (going on with a case, a pursuit, a seizure, destroying an emptied boat when its force
     * destroys boats elsewhere that day). Actor: the asset; boat: the migrant boat concerned
     * (the one a craft escorted; for an inspection or a seizure of embargoed cargo, the vessel's number); people concerned; detail:
     * {@code action:reason}, the reason {@code no-mandate} or {@code not-by-aircraft}.
     */
    REFUSAL,
    /**
     * A coastguard's serviceable boats change ({@code coastguardCapacity.boats.changes}), at the
     * start of the day it takes effect. Where: the base of its first unit; actor: the force;
     * detail: the change in boats, a signed whole number (delivered or repaired, lost).
     */
    BOAT_STOCK_CHANGE,
    /**
     * A coastguard training course ends ({@code coastguardCapacity.courses}), at the start of
     * its last day. Where: the base of the force's first unit; actor: the course's id; people:
     * its graduates (who serve at sea after the training lag); detail: the force.
     */
    COURSE_GRADUATION;

    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
