package medsim.geo;

/** Legal zone of a point, as far as the model distinguishes them (UNCLOS arts. 3, 33, 86). */
public enum ZoneKind {
    TERRITORIAL_SEA("territorial"),
    CONTIGUOUS_ZONE("contiguous"),
    HIGH_SEAS("high-seas"),
    LAND("land");

    private final String codePrefix;

    ZoneKind(String codePrefix) {
        this.codePrefix = codePrefix;
    }

    /** The word used in scenario files: {@code territorial}, {@code contiguous}, {@code high-seas}, {@code land}. */
    public String codePrefix() {
        return codePrefix;
    }
}
