package medsim.scenario;

import java.util.Set;

import medsim.geo.GeoPoint;

/** A named point on the coast: departure point, place of safety, base, Libyan return point. */
public record Place(String id, String name, GeoPoint location, String stateCode, Set<PlaceRole> roles) {
    public Place {
        roles = Set.copyOf(roles);
    }

    public boolean is(PlaceRole role) {
        return roles.contains(role);
    }
}
