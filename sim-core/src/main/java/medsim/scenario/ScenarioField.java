package medsim.scenario;

import medsim.yaml.Bounds;

/**
 * The declaration of one field of a scenario file: where it is, what it holds, its unit,
 * allowed range, default and meaning. {@link ScenarioFields} lists them all; the loader reads
 * and checks numbers through them ({@link FieldSection}), and the field tables of
 * {@code scenarios/README.md} are generated from them ({@link FieldTables}).
 *
 * @param section      the dotted path of the mapping that holds the field, {@code *} standing
 *                     for any id ({@code boatTypes.*}); empty at the top level
 * @param key          the field's name in that mapping
 * @param type         what it holds
 * @param unit         the unit or shape, as the table shows it ({@code nm}, {@code persons}, {@code text})
 * @param bounds       the allowed range of a number (of each number, for lists and maps of numbers); null otherwise
 * @param defaultValue the value when the field is left out: NaN if it is required, or if the
 *                     loader computes it from other fields ({@code defaultText} says how)
 * @param defaultText  the default as the table shows it ({@code required}, {@code 0.08}, {@code the id})
 * @param role         what a number in it is, for the registry of unobserved parameters
 * @param description  one or two sentences: what it means in the model
 */
public record ScenarioField(String section, String key, Type type, String unit, Bounds bounds,
        double defaultValue, String defaultText, Role role, String description) {

    /** What a field holds. */
    public enum Type {
        /** A number. */
        NUMBER,
        /** A whole number (persons, units, minutes). */
        INTEGER,
        /** A list of numbers, or of {@code [lat, lon]} pairs. */
        NUMBER_LIST,
        /** A mapping from ids or months to numbers (weights, a monthly plan). */
        NUMBER_MAP,
        /** Text, a path, a date, an id, a list or mapping of such: no number of the model. */
        OTHER;

        public boolean isNumeric() { return this != OTHER; }
    }

    /**
     * What a number in the field is. Every number in a shipped scenario is a cited fact (a
     * {@code {fact: id}} reference), an entry of the registry of unobserved parameters, or in a
     * field whose role says it needs neither.
     */
    public enum Role {
        /** A quantity of the world the model represents: a cited fact, or an unobserved parameter with a prior in the registry. */
        MODEL,
        /** How the model is run or checked (tick, raster cell, a reference point, a tolerance): a choice, not a quantity of the world. */
        SETTING,
        /** A position or boundary, checked against the land map; its source is the place's or area's note and the file's comments. */
        GEOMETRY,
        /** Not a number. */
        NONE
    }

    /** The full dotted pattern, {@code boatTypes.*.capsizeHazardPerHour}. */
    public String path() {
        return section.isEmpty() ? key : section + "." + key;
    }

    public boolean isRequired() {
        return "required".equals(defaultText);
    }

    public boolean isInteger() {
        return type == Type.INTEGER;
    }

    /** The allowed range in words ({@code 0.25 to 5}, {@code > 0}, {@code 0 to < 1}); empty for a field that is not a number. */
    public String rangeText() {
        if (bounds == null) return "";
        String low = (bounds.minInclusive() ? "" : "> ") + Bounds.fmt(bounds.min());
        boolean noMax = bounds.max() == Double.POSITIVE_INFINITY || bounds.max() >= Integer.MAX_VALUE;
        if (noMax) return bounds.min() == Double.NEGATIVE_INFINITY ? "any" : (bounds.minInclusive() ? ">= " : "> ") + Bounds.fmt(bounds.min());
        return low + " to " + (bounds.maxInclusive() ? "" : "< ") + Bounds.fmt(bounds.max());
    }
}
