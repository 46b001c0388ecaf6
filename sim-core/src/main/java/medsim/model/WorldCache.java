package medsim.model;

import java.util.concurrent.ConcurrentHashMap;

import medsim.scenario.GeographySpec;

/**
 * Builds each distinct geography once per process, so sweeps of thousands of runs share
 * one raster. Owned by whoever runs many models (not a static singleton).
 */
public final class WorldCache {
    private final ConcurrentHashMap<GeographySpec, World> worlds = new ConcurrentHashMap<>();

    public World get(GeographySpec spec) {
        return worlds.computeIfAbsent(spec, World::build);
    }
}
