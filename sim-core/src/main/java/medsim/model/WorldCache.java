package medsim.model;

import java.util.concurrent.ConcurrentHashMap;

import medsim.scenario.GeographySpec;

/**
 * Builds each distinct geography once per process, so sweeps of thousands of runs share
 * one raster; across processes, through a {@link WorldDiskCache}. Owned by whoever runs many
 * models (not a static singleton).
 */
public final class WorldCache {
    private final ConcurrentHashMap<GeographySpec, World> worlds = new ConcurrentHashMap<>();
    private final WorldDiskCache disk;

    /** Backed by the disk cache the environment names ({@link WorldDiskCache#fromEnvironment}). */
    public WorldCache() {
        this(WorldDiskCache.fromEnvironment());
    }

    public WorldCache(WorldDiskCache disk) {
        this.disk = disk;
    }

    public World get(GeographySpec spec) {
        return worlds.computeIfAbsent(spec, disk::world);
    }
}
