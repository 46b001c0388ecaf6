package medsim.scenario;

import medsim.geo.GeoPolygon;

/** A named sea area (a patrol box), with what it follows. */
public record Area(String id, GeoPolygon polygon, String note) {}
