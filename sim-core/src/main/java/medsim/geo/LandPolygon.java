package medsim.geo;

import java.util.Objects;

/** One land mass (an island or a country's mainland piece) and the coastal state it belongs to (ISO 3166-1 alpha-3). */
public record LandPolygon(String stateCode, String name, GeoPolygon polygon) {
    public LandPolygon {
        Objects.requireNonNull(stateCode, "stateCode");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(polygon, "polygon");
        if (!SeaZone.isStateCode(stateCode)) {
            throw new IllegalArgumentException("state code must be three upper-case letters, got '" + stateCode + "'");
        }
    }
}
