package medsim.gui.map;

import java.awt.Color;

import medsim.event.EventType;

/**
 * The events that the map marks where they happen: briefly as flashes on the live map, as
 * points on the map of a finished run. Other events (departures, sightings...) are not marked.
 */
public enum EventLook {
    RESCUE("rescue", new Color(0x1A9641)),
    INTERCEPTION("interception", new Color(0x7B3294)),
    SEIZURE("craft or cargo seized", new Color(0x2166AC)),
    DEATH("deaths", new Color(0xB2182B));

    private final String label;
    private final Color color;

    EventLook(String label, Color color) {
        this.label = label;
        this.color = color;
    }

    public String label() { return label; }

    public Color color() { return color; }

    /** The look of an event type, or null if the map does not mark it. */
    public static EventLook of(EventType type) {
        return switch (type) {
            case RESCUE -> RESCUE;
            case INTERCEPTION -> INTERCEPTION;
            case ESCORT_SEIZED, CARGO_SEIZED -> SEIZURE;
            case DEATH -> DEATH;
            default -> null;
        };
    }
}
